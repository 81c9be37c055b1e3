package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.QueryStyle;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.gateway.GatewayMutationProperties.Mutation;
import io.github.ctyunjava.local.gateway.GatewayMutationProperties.Wire;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The mutation properties over real HTTP, where header names and repeats exist too: a signed header
 * sent twice (in any case, with the same or another value) is always refused; header names in
 * another case change nothing; every accepted request means what was signed.
 */
class GatewayWireProperties {
  static final AtomicLong SENT = new AtomicLong();
  static final AtomicLong ACCEPTED = new AtomicLong();
  static final AtomicLong DUPLICATES_SENT = new AtomicLong();
  static final AtomicLong FALSE_ACCEPTS = new AtomicLong();

  static Path dir;
  static CtyunLocal strict;
  static CtyunLocal lenient;

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("ctyun-wire-props");
    TestClock clock = new TestClock(GatewayMutationProperties.NOW);
    strict = Local.start(dir.resolve("s"), clock);
    lenient = Local.start(dir.resolve("l"), clock, o -> o.lenientQuery(true));
  }

  @AfterContainer
  static void stop() throws IOException {
    strict.close();
    lenient.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    System.out.printf(
        "gateway wire fuzz: %d requests sent (%d with a repeated signed header), %d accepted"
            + " (meaning unchanged), %d false accepts%n",
        SENT.get(), DUPLICATES_SENT.get(), ACCEPTED.get(), FALSE_ACCEPTS.get());
  }

  /** How the three signed headers go on the wire. */
  record HeaderPlan(int nameCase, int duplicate, boolean otherValue) {}

  @Provide
  Arbitrary<HeaderPlan> headerPlans() {
    // duplicate: -1 none, 0..2 which signed header is sent twice
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(-3, 2).map(d -> Math.max(d, -1)),
            Arbitraries.of(true, false))
        .as(HeaderPlan::new);
  }

  @Provide
  Arbitrary<List<QueryParam>> paramLists() {
    return GatewayMutationProperties.params();
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return GatewayMutationProperties.body();
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return GatewayMutationProperties.mutation().list().ofMaxSize(2);
  }

  static String caseOf(String name, int nameCase) {
    return switch (nameCase) {
      case 1 -> name.toLowerCase(Locale.ROOT);
      case 2 -> name.toUpperCase(Locale.ROOT);
      default -> name;
    };
  }

  /** Whether {@code q} can stand in a request target (no space, fragment or non-ASCII). */
  static boolean sendable(String q) {
    return q.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '#');
  }

  static RawHttp.Answer send(CtyunLocal local, Wire w, HeaderPlan plan, Wire other) {
    String[][] signed = {
      {"ctyun-eop-request-id", w.requestId(), other.requestId()},
      {"Eop-date", w.date(), other.date()},
      {"Eop-Authorization", w.authorization(), other.authorization()}
    };
    StringBuilder head = new StringBuilder();
    head.append("POST /v4/vpc/create").append(w.query().isEmpty() ? "" : "?" + w.query());
    head.append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    head.append("Content-Type: application/json\r\n");
    head.append("Content-Length: ").append(w.body().length).append("\r\n");
    for (int i = 0; i < signed.length; i++) {
      head.append(caseOf(signed[i][0], plan.nameCase())).append(": ").append(signed[i][1]);
      head.append("\r\n");
      if (plan.duplicate() == i) {
        head.append(caseOf(signed[i][0], (plan.nameCase() + 1) % 3)).append(": ");
        head.append(plan.otherValue() ? signed[i][2] : signed[i][1]).append("\r\n");
      }
    }
    head.append("\r\n");
    ByteArrayOutputStream req = new ByteArrayOutputStream();
    req.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    req.writeBytes(w.body());
    return RawHttp.exchange(local.port(), req.toByteArray());
  }

  static boolean authenticated(RawHttp.Answer a) {
    if (a.status() == 401 || a.status() == 403 || a.status() == 400) {
      return false;
    }
    String code = a.json().path("errorCode").asText();
    return !code.startsWith("Eop.Auth") && !code.startsWith("Eop.Request");
  }

  void check(
      boolean lenientMode,
      List<QueryParam> params,
      byte[] body,
      QueryStyle style,
      HeaderPlan plan,
      List<Mutation> ms) {
    Assume.that(style == QueryStyle.GO || !GatewayMutationProperties.ambiguousInSeedForm(params));
    Wire original = GatewayMutationProperties.sign(params, body, style, "w-" + SENT.get());
    Wire other = GatewayMutationProperties.sign(params, body, style, "w-other-" + SENT.get());
    Wire mutant = original;
    for (Mutation m : ms) {
      mutant = m.apply(mutant);
    }
    if (!sendable(mutant.query()) || !sendable(mutant.requestId())) {
      return; // not an HTTP request; the verifier-level properties cover such text
    }
    SENT.incrementAndGet();
    if (plan.duplicate() >= 0) {
      DUPLICATES_SENT.incrementAndGet();
    }
    RawHttp.Answer a = send(lenientMode ? lenient : strict, mutant, plan, other);
    if (!authenticated(a)) {
      return;
    }
    ACCEPTED.incrementAndGet();
    boolean sameMeaning =
        GatewayMutationProperties.meaning(mutant, lenientMode)
            .equals(GatewayMutationProperties.meaning(original, lenientMode));
    if (plan.duplicate() >= 0 || !sameMeaning) {
      FALSE_ACCEPTS.incrementAndGet();
      throw new AssertionError(
          "false accept (" + plan + "):\n signed: " + original + "\n sent:   " + mutant);
    }
  }

  @Property(tries = 400)
  void defaultMode(
      @ForAll("paramLists") List<QueryParam> params,
      @ForAll("bodies") byte[] body,
      @ForAll("headerPlans") HeaderPlan plan,
      @ForAll("mutations") List<Mutation> ms) {
    check(false, params, body, QueryStyle.GO, plan, ms);
  }

  @Property(tries = 400)
  void lenientMode(
      @ForAll("paramLists") List<QueryParam> params,
      @ForAll("bodies") byte[] body,
      @ForAll("headerPlans") HeaderPlan plan,
      @ForAll("mutations") List<Mutation> ms) {
    check(true, params, body, QueryStyle.SEED, plan, ms);
  }

  @Property(tries = 50)
  void unchangedRequestsPassWhateverTheHeaderCase(
      @ForAll("paramLists") List<QueryParam> params,
      @ForAll("bodies") byte[] body,
      @ForAll("headerPlans") HeaderPlan plan) {
    Wire w = GatewayMutationProperties.sign(params, body, QueryStyle.GO, "ok-" + params.hashCode());
    if (!sendable(w.query())) {
      return;
    }
    HeaderPlan single = new HeaderPlan(plan.nameCase(), -1, false);
    RawHttp.Answer a = send(strict, w, single, w);
    assertThat(authenticated(a)).as(a.body()).isTrue();
  }
}
