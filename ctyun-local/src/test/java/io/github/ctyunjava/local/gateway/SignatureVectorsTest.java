package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.testing.SignatureVector;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared signature vector, sent as its client would send it, against the live gateway. */
class SignatureVectorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<SignatureVector> VECTORS = SignatureVector.all();

  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal strict;
  static CtyunLocal lenient;

  @BeforeAll
  static void start() throws Exception {
    strict = Local.start(dir.resolve("strict"), clock);
    lenient = Local.start(dir.resolve("lenient"), clock, o -> o.lenientQuery(true));
    Map<String, String> keys = new LinkedHashMap<>();
    VECTORS.forEach(v -> keys.put(v.ak, v.sk));
    for (CtyunLocal l : List.of(strict, lenient)) {
      for (Map.Entry<String, String> k : keys.entrySet()) {
        String body =
            JSON.writeValueAsString(Map.of("accessKey", k.getKey(), "secretKey", k.getValue()));
        RawHttp.Answer a =
            RawHttp.send(
                l.port(),
                "POST",
                "/_ctyun/accounts",
                Map.of("X-Ctyun-Admin-Token", "admin-token", "Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
      }
    }
  }

  @AfterAll
  static void stop() {
    strict.close();
    lenient.close();
  }

  static Stream<SignatureVector> vectors() {
    return VECTORS.stream();
  }

  static Stream<SignatureVector> seedVectors() {
    return VECTORS.stream().filter(v -> v.variant.equals("seed-python-raw"));
  }

  /** Whether the seed's raw canonical query equals what goes on the wire (per the shared file). */
  static boolean rawEqualsEncoded(SignatureVector v) {
    String base = v.name.substring(0, v.name.indexOf('/'));
    Optional<SignatureVector> twin =
        VECTORS.stream().filter(o -> o.name.equals(base + "/go-url-encoded")).findFirst();
    return twin.map(t -> t.expectedCanonical.equals(v.expectedCanonical))
        .orElse(v.expectedCanonical.equals(v.wireQuery));
  }

  private static RawHttp.Answer send(CtyunLocal local, SignatureVector v) {
    clock.set(EopDate.parse(v.eopDate));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ctyun-eop-request-id", v.requestId);
    headers.put("Eop-date", v.eopDate);
    headers.put("Eop-Authorization", v.expectedAuthorization);
    byte[] body = v.body == null ? null : v.body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    String target = v.wireQuery.isEmpty() ? v.path : v.path + "?" + v.wireQuery;
    return RawHttp.send(local.port(), v.method, target, headers, body);
  }

  private static boolean authenticated(RawHttp.Answer a) {
    return a.status() != 401 && a.status() != 403 && !a.errorCode().startsWith("Eop.Auth");
  }

  /**
   * Whether the seed's raw form hides a parameter boundary (an {@code &} inside a value): lenient
   * mode must not accept it, or {@code %26} could merge two signed parameters.
   */
  static boolean rawFormHidesBoundaries(SignatureVector v) {
    return v.variant.equals("seed-python-raw")
        && v.query.stream().anyMatch(q -> (q.name() + q.value()).contains("&"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void lenientGatewayAcceptsEveryVectorWhoseFormKeepsItsBoundaries(SignatureVector v) {
    RawHttp.Answer a = send(lenient, v);
    assertThat(authenticated(a)).as(a.body()).isEqualTo(!rawFormHidesBoundaries(v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void strictGatewayAcceptsEncodedVectorsAndSeedVectorsWhoseFormsAgree(SignatureVector v) {
    RawHttp.Answer a = send(strict, v);
    boolean expected = v.variant.equals("go-url-encoded") || rawEqualsEncoded(v);
    assertThat(authenticated(a)).as(a.body()).isEqualTo(expected);
    if (!expected) {
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.SignatureMismatch");
    }
  }

  @Test
  void someSeedVectorsReallyNeedLenientMode() {
    assertThat(seedVectors().filter(v -> !rawEqualsEncoded(v)).count()).isGreaterThan(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void mismatchDiagnosticsMatchTheVectorsStringToSignForEncodedVectors(SignatureVector v) {
    if (!v.variant.equals("go-url-encoded")) {
      return;
    }
    clock.set(EopDate.parse(v.eopDate));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ctyun-eop-request-id", v.requestId);
    headers.put("Eop-date", v.eopDate);
    headers.put(
        "Eop-Authorization",
        v.ak
            + " Headers=ctyun-eop-request-id;eop-date Signature=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    byte[] body = v.body == null ? null : v.body.getBytes(StandardCharsets.UTF_8);
    String target = v.wireQuery.isEmpty() ? v.path : v.path + "?" + v.wireQuery;
    RawHttp.Answer a = RawHttp.send(strict.port(), v.method, target, headers, body);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().path("canonicalQuery").asText()).isEqualTo(v.expectedCanonical);
    assertThat(a.json().path("stringToSign").asText()).isEqualTo(v.expectedStringToSign);
    assertThat(a.body()).doesNotContain(v.expectedSignature).doesNotContain(v.sk);
  }
}
