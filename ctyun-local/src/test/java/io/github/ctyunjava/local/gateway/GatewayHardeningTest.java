package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.Parallel;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile variations of signed requests: duplicated signed headers, other spellings of the same
 * signature bytes, impossible dates, parameter merging in lenient mode, bodies that are not strict
 * UTF-8, and parallel replays.
 */
class GatewayHardeningTest {
  static final String REGION = "81f7728662dd11ec810800155d307d5b";
  static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  static final Credentials CREDS = Credentials.of(Local.AK, Local.SK);

  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal local;
  static CtyunLocal lenient;
  static CtyunLocal replayGuarded;

  @BeforeAll
  static void start() {
    local = Local.start(dir.resolve("a"), clock);
    lenient = Local.start(dir.resolve("b"), clock, o -> o.lenientQuery(true));
    replayGuarded = Local.start(dir.resolve("c"), clock, o -> o.rejectReplay(true));
  }

  @AfterAll
  static void stop() {
    local.close();
    lenient.close();
    replayGuarded.close();
  }

  @BeforeEach
  void resetClock() {
    clock.set(NOW);
  }

  static EopSignature sign(String method, List<QueryParam> query, byte[] body, String rid) {
    SignableRequest.Builder b =
        SignableRequest.builder().method(method).path("/v4/vpc/list").query(query);
    if (body != null) {
      b.body(body);
    }
    return EopSigner.create().sign(b.build(), CREDS, EopDate.now(clock), rid);
  }

  static EopSignature signList(String rid) {
    return sign("GET", List.of(QueryParam.of("regionID", REGION)), null, rid);
  }

  /** Sends header lines exactly as given (so names may repeat). */
  static RawHttp.Answer rawGet(CtyunLocal l, String target, List<String[]> headers) {
    StringBuilder req = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
    req.append("Host: localhost\r\nConnection: close\r\n");
    for (String[] h : headers) {
      req.append(h[0]).append(": ").append(h[1]).append("\r\n");
    }
    req.append("\r\n");
    return RawHttp.exchange(l.port(), req.toString().getBytes(StandardCharsets.UTF_8));
  }

  static List<String[]> lines(Map<String, String> headers) {
    List<String[]> out = new ArrayList<>();
    headers.forEach((k, v) -> out.add(new String[] {k, v}));
    return out;
  }

  @Test
  void theUnchangedRequestPasses() {
    EopSignature s = signList("dup-0");
    assertThat(rawGet(local, "/v4/vpc/list?regionID=" + REGION, lines(s.headers())).status())
        .isEqualTo(200);
  }

  @Test
  void aSignedHeaderTwiceIsRejectedInAnyCaseAndWithAnyValue() {
    EopSignature s = signList("dup-1");
    EopSignature other = signList("dup-2");
    for (String name : s.headers().keySet()) {
      for (String second :
          List.of(name, name.toLowerCase(java.util.Locale.ROOT), name.toUpperCase())) {
        for (String value : List.of(s.headers().get(name), other.headers().get(name))) {
          List<String[]> h = lines(s.headers());
          h.add(new String[] {second, value});
          RawHttp.Answer a = rawGet(local, "/v4/vpc/list?regionID=" + REGION, h);
          assertThat(a.status()).as(second + ": " + value).isEqualTo(401);
          assertThat(a.errorCode()).isEqualTo("Eop.Auth.DuplicateHeader");
        }
      }
    }
  }

  @Test
  void onlyTheCanonicalBase64SpellingOfTheSignatureIsAccepted() {
    EopSignature s = signList("b64-1");
    String auth = s.headers().get(EopSignature.AUTHORIZATION_HEADER);
    String sig = auth.substring(auth.indexOf("Signature=") + "Signature=".length());
    assertThat(sig).hasSize(44).endsWith("=");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    int last = alphabet.indexOf(sig.charAt(42));
    List<String> spellings = new ArrayList<>();
    spellings.add(sig.substring(0, 43)); // no padding
    for (int low = 0; low < 4; low++) {
      int v = (last & ~3) | low;
      if (v != last) {
        spellings.add(sig.substring(0, 42) + alphabet.charAt(v) + "=");
      }
    }
    byte[] bytes = Base64.getDecoder().decode(sig);
    for (String spelling : spellings) {
      // a lenient decoder reads every spelling as the same 32 bytes...
      assertThat(Base64.getDecoder().decode(spelling)).isEqualTo(bytes);
      Map<String, String> h = new LinkedHashMap<>(s.headers());
      h.put(EopSignature.AUTHORIZATION_HEADER, auth.replace(sig, spelling));
      // ...but the gateway takes only the text the signer writes
      RawHttp.Answer a = rawGet(local, "/v4/vpc/list?regionID=" + REGION, lines(h));
      assertThat(a.status()).as(spelling).isEqualTo(401);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.SignatureMismatch");
    }
  }

  @Test
  void impossibleDatesAreMalformedEvenWhenTheyResolveIntoTheWindow() {
    // Beijing 2026-06-02 00:00 and 2026-11-30 10:00: hour 24 and 31 November resolve onto them
    Map<Instant, String> cases =
        Map.of(
            Instant.parse("2026-06-01T16:00:00Z"), "20260601T240000Z",
            Instant.parse("2026-11-30T02:00:00Z"), "20261131T100000Z");
    cases.forEach(
        (now, date) -> {
          clock.set(now);
          EopSignature s =
              EopSigner.create()
                  .sign(
                      SignableRequest.builder()
                          .method("GET")
                          .path("/v4/vpc/list")
                          .query(List.of(QueryParam.of("regionID", REGION)))
                          .build(),
                      CREDS,
                      date,
                      "date-" + date);
          RawHttp.Answer a = rawGet(local, "/v4/vpc/list?regionID=" + REGION, lines(s.headers()));
          assertThat(a.status()).as(date).isEqualTo(401);
          assertThat(a.errorCode()).isEqualTo("Eop.Auth.MalformedDate");
        });
  }

  @Test
  void lenientQueryNeverMergesTwoSignedParameters() {
    EopSignature s =
        sign(
            "GET",
            List.of(QueryParam.of("regionID", REGION), QueryParam.of("pageNo", "1")),
            null,
            "len-1");
    assertThat(s.wireQuery()).isEqualTo("pageNo=1&regionID=" + REGION);
    assertThat(rawGet(lenient, "/v4/vpc/list?" + s.wireQuery(), lines(s.headers())).status())
        .isEqualTo(200);
    for (String merged :
        List.of(
            "pageNo=1%26regionID%3D" + REGION,
            "pageNo=1%26regionID=" + REGION,
            "pageNo%3D1%26regionID=" + REGION)) {
      RawHttp.Answer a = rawGet(lenient, "/v4/vpc/list?" + merged, lines(s.headers()));
      assertThat(a.status()).as(merged).isEqualTo(401);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.SignatureMismatch");
    }
  }

  static RawHttp.Answer postSigned(byte[] body) {
    SignableRequest req =
        SignableRequest.builder().method("POST").path("/v4/vpc/create").body(body).build();
    EopSignature s = EopSigner.create().sign(req, CREDS, EopDate.now(clock), "body-1");
    Map<String, String> h = new LinkedHashMap<>(s.headers());
    h.put("Content-Type", "application/json");
    return RawHttp.send(local.port(), "POST", "/v4/vpc/create", h, body);
  }

  @Test
  void overlongUtf8InTheBodyIsRejected() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"regionID\":\"".getBytes(StandardCharsets.US_ASCII));
    b.write(0xC0); // overlong two-byte spelling of '/'
    b.write(0xAF);
    b.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
    RawHttp.Answer a = postSigned(b.toByteArray());
    assertThat(a.errorCode()).isEqualTo("Openapi.Parameter.Error");
    assertThat(a.json().path("message").asText()).contains("UTF-8");
  }

  @Test
  void utf16BodiesAreRejected() {
    String json = "{\"regionID\":\"" + REGION + "\",\"name\":\"n\",\"CIDR\":\"10.0.0.0/16\"}";
    for (byte[] body :
        List.of(
            json.getBytes(StandardCharsets.UTF_16LE),
            json.getBytes(StandardCharsets.UTF_16BE),
            json.getBytes(StandardCharsets.UTF_16))) {
      RawHttp.Answer a = postSigned(body);
      assertThat(a.errorCode()).isEqualTo("Openapi.Parameter.Error");
      assertThat(a.json().path("message").asText()).contains("UTF-8");
    }
  }

  @Test
  void parallelReplaysOfOneRequestAreAcceptedExactlyOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      EopSignature s = signList("replay-" + round);
      List<RawHttp.Answer> answers =
          Parallel.send(
              32,
              i -> rawGet(replayGuarded, "/v4/vpc/list?regionID=" + REGION, lines(s.headers())));
      assertThat(Parallel.accepted(answers)).as("round " + round).isEqualTo(1);
      assertThat(answers)
          .filteredOn(a -> a.status() != 200)
          .allSatisfy(a -> assertThat(a.errorCode()).isEqualTo("Eop.Auth.ReplayedRequest"));
    }
  }
}
