package io.github.ctyunjava.core;

import static io.github.ctyunjava.core.testing.FaultServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.testing.FaultServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a server that misbehaves at the byte level (issue 9): each case asserts the
 * outcome, how many requests reached the server, and a time bound. Bounds are generous (a loaded
 * 2-core machine) but well below what an unbounded client takes. The figures of the run are printed
 * at the end.
 */
class FaultInjectionTest {
  private static final String AK = "4a4bdc57e06542199b5f98d4cd107be2";
  private static final String SK = "173615ae4177c04f8a3e2b9d1f0e6d17b1c3ed";
  private static final String OK = "{\"statusCode\":800,\"returnObj\":{\"id\":\"vpc-1\"}}";
  private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

  private FaultServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FaultServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @AfterAll
  static void report() {
    List<String> rows = new ArrayList<>(REPORT);
    Collections.sort(rows);
    System.out.println("fault run (" + rows.size() + " cases): case | outcome | requests | ms");
    rows.forEach(r -> System.out.println("  " + r));
  }

  private CtyunClient.Builder client() {
    return CtyunClient.builder()
        .credentialsProvider(StaticCredentialsProvider.create(AK, SK))
        .endpointOverride(server.endpoint())
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(20)).build());
  }

  private static CtyunRequest get() {
    return CtyunRequest.builder().product("ctvpc").method("GET").path("/v4/vpc/list").build();
  }

  private static CtyunRequest post() {
    return CtyunRequest.builder()
        .product("ctvpc")
        .method("POST")
        .path("/v4/vpc/create")
        .jsonBody("{\"name\":\"a\"}")
        .build();
  }

  /** The outcome of one call: its result or failure, and how long it took. */
  private static final class Outcome {
    final CtyunResponse response;
    final Throwable failure;
    final Duration took;

    Outcome(CtyunResponse response, Throwable failure, Duration took) {
      this.response = response;
      this.failure = failure;
      this.took = took;
    }
  }

  private Outcome run(String name, CtyunClient.Builder builder, Supplier<CtyunRequest> request) {
    long t0 = System.nanoTime();
    CtyunResponse[] response = new CtyunResponse[1];
    Throwable failure;
    try (CtyunClient c = builder.build()) {
      failure = catchThrowable(() -> response[0] = c.call(request.get()));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    String outcome =
        failure == null
            ? "success"
            : failure.getClass().getSimpleName()
                + ": "
                + truncate(
                    failure.getMessage().replaceAll("request id [0-9a-f-]+", "request id …"));
    REPORT.add(
        String.format(
            Locale.ROOT,
            "%-34s | %s | %d | %d",
            name,
            outcome,
            server.requests(),
            took.toMillis()));
    return new Outcome(response[0], failure, took);
  }

  private static String truncate(String s) {
    return s.length() > 110 ? s.substring(0, 110) + "…" : s;
  }

  @Test
  void noAnswerIsCutByTheAttemptTimeoutAndRetried() {
    server.fallback(FaultServer.silence());
    Outcome o =
        run(
            "no answer, attempt 1s x2",
            client()
                .apiCallAttemptTimeout(Duration.ofSeconds(1))
                .retryPolicy(
                    RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(20)).build()),
            FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("time limit of 1000 ms")
        .hasMessageContaining("after 2 attempts");
    assertThat(((CtyunException) o.failure).isRetryable()).isTrue();
    assertThat(server.requests()).isEqualTo(2);
    assertThat(o.took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(8));
  }

  @Test
  void theCallTimeoutComesFromTheConfigurationWhenTheBuilderSetsNone(@TempDir Path home) {
    server.fallback(FaultServer.silence());
    CtyunConfiguration config =
        CtyunConfiguration.loader()
            .environment(Map.of("HOME", home.toString(), "CTYUN_CALL_TIMEOUT", "1s"))
            .load();
    Outcome o = run("no answer, call_timeout 1s", client().configuration(config), () -> get());
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("call timed out")
        .hasMessageContaining("1000 ms");
    assertThat(o.took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  @Test
  void noAnswerIsCutByTheCallTimeout() {
    server.fallback(FaultServer.silence());
    Outcome o =
        run("no answer, call 1s", client().apiCallTimeout(Duration.ofSeconds(1)), () -> get());
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("call timed out")
        .hasMessageContaining("after 1 attempt");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  @Test
  void bodyTrickledFasterThanTheReadTimeoutIsCutAtTheDeadline() {
    // a byte every 300 ms: a 30 s read timeout never fires, the ~12 s answer would be accepted
    server.fallback(FaultServer.trickleBody(OK, Duration.ofMillis(300)));
    Outcome o =
        run(
            "trickle body 1B/300ms, attempt 1s",
            client().apiCallAttemptTimeout(Duration.ofSeconds(1)).retryPolicy(RetryPolicy.none()),
            FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("time limit of 1000 ms");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  @Test
  void bodyTrickledSlowerThanTheTimeLeftIsCutAtTheDeadline() {
    server.fallback(FaultServer.trickleBody(OK, Duration.ofSeconds(3)));
    Outcome o =
        run(
            "trickle body 1B/3s, call 1.5s",
            client().apiCallTimeout(Duration.ofMillis(1500)),
            FaultInjectionTest::get);
    assertThat(o.failure).isInstanceOf(CtyunClientException.class);
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(5));
  }

  @Test
  void trickledHeadersAreCutAtTheDeadline() {
    server.fallback(FaultServer.trickleHead(Duration.ofMillis(300)));
    Outcome o =
        run(
            "trickle headers 1B/300ms, call 1s",
            client().apiCallTimeout(Duration.ofSeconds(1)),
            FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("call timed out");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  @Test
  void resetMidBodyIsRetriedForAGet() {
    server.enqueue(FaultServer.resetMidBody(OK, 10));
    Outcome o = run("reset mid-body, then 200 (GET)", client(), FaultInjectionTest::get);
    assertThat(o.failure).isNull();
    assertThat(o.response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
    assertThat(o.took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void resetMidBodyIsNotRetriedForAPlainPost() {
    server.enqueue(FaultServer.resetMidBody(OK, 10));
    Outcome o = run("reset mid-body (POST)", client(), FaultInjectionTest::post);
    assertThat(o.failure).isInstanceOf(CtyunClientException.class);
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void truncatedBodyIsAnIoErrorRetriedForAGet() {
    server.enqueue(FaultServer.truncated(OK, 10));
    Outcome o = run("truncated body, then 200 (GET)", client(), FaultInjectionTest::get);
    assertThat(o.failure).isNull();
    assertThat(o.response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void truncatedBodyFailsAPlainPost() {
    server.enqueue(FaultServer.truncated(OK, 10));
    Outcome o = run("truncated body (POST)", client(), FaultInjectionTest::post);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("truncated: 10 of " + OK.length() + " bytes");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void html200IsNotSuccess() {
    server.fallback(answer(200, "<html><body>502 Bad Gateway</body></html>"));
    Outcome o = run("HTML 200", client(), FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("not JSON")
        .hasMessageContaining("<html><body>502 Bad Gateway");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void empty200IsNotSuccess() {
    server.fallback(answer(200, ""));
    Outcome o = run("empty 200", client(), FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("empty body");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void huge200IsRefusedWithoutReadingIt() {
    server.fallback(FaultServer.huge(200L << 20, false));
    Outcome o = run("huge 200 (200 MiB, Content-Length)", client(), FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("larger than the limit of 67108864 bytes")
        .hasMessageContaining("maxResponseBytes");
    assertThat(((CtyunException) o.failure).isRetryable()).isFalse();
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void hugeChunked200IsCutAtTheLimit() {
    server.fallback(FaultServer.huge(200L << 20, true));
    Outcome o =
        run(
            "huge 200 (200 MiB chunked, cap 1 MiB)",
            client().maxResponseBytes(1 << 20),
            FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("more than 1048576 bytes");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void unavailableThenOkSucceedsOnTheSecondAttempt() {
    server.enqueue(answer(503, "{\"statusCode\":503,\"message\":\"busy\"}"));
    Outcome o = run("503 then 200", client(), FaultInjectionTest::get);
    assertThat(o.failure).isNull();
    assertThat(o.response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
    assertThat(o.took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterSecondsIsWaited() {
    server.enqueue(answer(503, "{\"statusCode\":503}", "Retry-After: 1"));
    Outcome o = run("503 Retry-After: 1, then 200", client(), FaultInjectionTest::get);
    assertThat(o.failure).isNull();
    assertThat(server.requests()).isEqualTo(2);
    assertThat(o.took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  @Test
  void retryAfterBeyondTheDeadlineFailsAtOnce() {
    server.fallback(
        answer(429, "{\"statusCode\":429,\"errorCode\":\"Throttling\"}", "Retry-After: 60"));
    Outcome o =
        run(
            "429 Retry-After: 60, call 10s",
            client().apiCallTimeout(Duration.ofSeconds(10)),
            FaultInjectionTest::get);
    assertThat(o.failure)
        .isInstanceOfSatisfying(
            CtyunServiceException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(429);
              assertThat(e.isThrottling()).isTrue();
            });
    assertThat(server.requests()).isEqualTo(1);
    assertThat(o.took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void dateRejectionWithADateAYearOffTeachesNothing() {
    Instant local = Instant.parse("2025-03-01T04:00:00Z");
    String yearAhead =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            local.plus(Duration.ofDays(365)).atZone(ZoneOffset.UTC));
    server.fallback(
        answer(
            403,
            "{\"statusCode\":403,\"errorCode\":\"Eop.Auth.DateOutOfWindow\"}",
            "Date: " + yearAhead));
    CtyunClient.Builder b = client().clock(Clock.fixed(local, ZoneOffset.UTC));
    long t0 = System.nanoTime();
    try (CtyunClient c = b.build()) {
      Throwable failure = catchThrowable(() -> c.call(post()));
      REPORT.add(
          String.format(
              Locale.ROOT,
              "%-34s | %s | %d | %d",
              "403 date rejection, Date +1 year",
              failure.getClass().getSimpleName() + ", skew learned " + c.clockSkew(),
              server.requests(),
              (System.nanoTime() - t0) / 1_000_000));
      assertThat(failure)
          .isInstanceOfSatisfying(
              CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
      assertThat(c.clockSkew()).isZero();
    }
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void fiftyMegabyteStringIsParsed() {
    StringBuilder big = new StringBuilder(50_000_100);
    big.append("{\"statusCode\":800,\"returnObj\":{\"blob\":\"");
    for (int i = 0; i < 50_000_000; i++) {
      big.append('x');
    }
    big.append("\"}}");
    server.fallback(answer(200, big.toString()));
    big.setLength(0);
    Outcome o = run("200 with a 50 MB JSON string", client(), FaultInjectionTest::get);
    assertThat(o.failure).isNull();
    assertThat(o.response.envelope().returnObj().get("blob").textValue()).hasSize(50_000_000);
    assertThat(server.requests()).isEqualTo(1);
  }
}
