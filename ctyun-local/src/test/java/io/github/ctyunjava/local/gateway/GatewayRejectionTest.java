package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.testing.EopClient;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gateway rejections: headers, dates, keys, signatures, sizes, media types, malformed input. */
class GatewayRejectionTest {
  static final String REGION = "81f7728662dd11ec810800155d307d5b";
  static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal local;
  static CtyunLocal replayGuarded;
  static EopClient client;

  @BeforeAll
  static void start() {
    local = Local.start(dir.resolve("a"), clock, o -> o.maxBodyBytes(4096));
    replayGuarded =
        Local.start(dir.resolve("b"), clock, o -> o.rejectReplay(true).acceptUtcDates(true));
    client = new EopClient(local.port(), Credentials.of(Local.AK, Local.SK), clock);
  }

  @AfterAll
  static void stop() {
    local.close();
    replayGuarded.close();
  }

  @BeforeEach
  void resetClock() {
    clock.set(NOW);
  }

  /** A correctly signed GET of list VPCs, as headers plus target. */
  static Map<String, String> signedHeaders(String eopDate, String requestId, String query) {
    SignableRequest req =
        SignableRequest.builder()
            .method("GET")
            .path("/v4/vpc/list")
            .query(List.of(QueryParam.of("regionID", REGION)))
            .build();
    EopSignature s =
        EopSigner.create().sign(req, Credentials.of(Local.AK, Local.SK), eopDate, requestId);
    assertThat(s.wireQuery()).isEqualTo(query);
    return new LinkedHashMap<>(s.headers());
  }

  static RawHttp.Answer get(CtyunLocal l, Map<String, String> headers) {
    return RawHttp.send(l.port(), "GET", "/v4/vpc/list?regionID=" + REGION, headers, null);
  }

  @Test
  void signedRequestIsAcceptedAndEchoesRequestId() {
    Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-1", "regionID=" + REGION);
    RawHttp.Answer a = get(local, h);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.statusCode()).isEqualTo(800);
    assertThat(a.headers()).containsEntry("ctyun-eop-request-id", "rid-1");
    assertThat(a.headers().get("content-type")).startsWith("application/json");
  }

  @Test
  void missingHeadersAre401WithEnvelope() {
    for (String header : List.of("Eop-Authorization", "Eop-date", "ctyun-eop-request-id")) {
      Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-2", "regionID=" + REGION);
      h.remove(header);
      RawHttp.Answer a = get(local, h);
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.json().path("statusCode").asInt()).isEqualTo(401);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.MissingHeader");
      assertThat(a.json().path("error").asText()).isEqualTo("Eop.Auth.MissingHeader");
      assertThat(a.json().path("message").asText()).contains(header);
      assertThat(a.json().path("description").asText()).isNotEmpty();
    }
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-3", "regionID=" + REGION);
    Map<String, String> lower = new LinkedHashMap<>();
    h.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    assertThat(get(local, lower).status()).isEqualTo(200);
  }

  @Test
  void malformedAuthorizationIs401() {
    Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-4", "regionID=" + REGION);
    String good = h.get("Eop-Authorization");
    for (String bad :
        List.of(
            good.replace(" Headers=", "  Headers="),
            good.replace("Headers=ctyun-eop-request-id;eop-date", "Headers=eop-date"),
            good.replace(" Signature=", " Sig="),
            "Bearer abc")) {
      h.put("Eop-Authorization", bad);
      RawHttp.Answer a = get(local, h);
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.MalformedAuthorization");
    }
  }

  @Test
  void malformedDateIs401() {
    for (String bad : List.of("2026-06-01T10:00:00Z", "20261301T100000Z", "20260601T100000")) {
      Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-5", "regionID=" + REGION);
      h.put("Eop-date", bad);
      RawHttp.Answer a = get(local, h);
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.MalformedDate");
    }
  }

  @Test
  void dateWindowIsFifteenMinutesOfBeijingTime() {
    Instant[] inside = {NOW.minus(Duration.ofMinutes(15)), NOW.plus(Duration.ofMinutes(15))};
    for (Instant t : inside) {
      assertThat(
              get(local, signedHeaders(EopDate.format(t), "rid-6", "regionID=" + REGION)).status())
          .isEqualTo(200);
    }
    Instant[] outside = {
      NOW.minus(Duration.ofMinutes(15)).minusSeconds(1),
      NOW.plus(Duration.ofMinutes(15)).plusSeconds(1)
    };
    for (Instant t : outside) {
      RawHttp.Answer a =
          get(local, signedHeaders(EopDate.format(t), "rid-7", "regionID=" + REGION));
      assertThat(a.status()).isEqualTo(403);
      assertThat(a.errorCode()).isEqualTo("Eop.Auth.DateOutOfWindow");
    }
  }

  @Test
  void utcStampedDateIsRejectedUnlessOptedIn() {
    // 02:00 UTC written as if it were the wall-clock value (what a UTC client sends)
    String utcStamp = "20260601T020000Z";
    assertThat(get(local, signedHeaders(utcStamp, "rid-8", "regionID=" + REGION)).status())
        .isEqualTo(403);
    assertThat(get(replayGuarded, signedHeaders(utcStamp, "rid-8", "regionID=" + REGION)).status())
        .isEqualTo(200);
  }

  @Test
  void unknownAccessKeyIs401() {
    Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-9", "regionID=" + REGION);
    h.put(
        "Eop-Authorization",
        h.get("Eop-Authorization").replace(Local.AK, "ffff" + Local.AK.substring(4)));
    RawHttp.Answer a = get(local, h);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("Eop.Auth.UnknownAccessKey");
  }

  @Test
  void signatureMismatchShowsServerSideStringToSignButNoSecrets() {
    Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-10", "regionID=" + REGION);
    RawHttp.Answer a =
        RawHttp.send(local.port(), "GET", "/v4/vpc/list?regionID=" + REGION + "&x=1", h, null);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("Eop.Auth.SignatureMismatch");
    assertThat(a.json().path("canonicalQuery").asText()).isEqualTo("regionID=" + REGION + "&x=1");
    assertThat(a.json().path("stringToSign").asText())
        .isEqualTo(
            "ctyun-eop-request-id:rid-10\neop-date:"
                + EopDate.format(NOW)
                + "\n\nregionID="
                + REGION
                + "&x=1\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(a.body()).doesNotContain(Local.SK);
  }

  @Test
  void replayedRequestIdIsRejectedWhenEnabled() {
    Map<String, String> h = signedHeaders(EopDate.format(NOW), "rid-11", "regionID=" + REGION);
    assertThat(get(replayGuarded, h).status()).isEqualTo(200);
    RawHttp.Answer again = get(replayGuarded, h);
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.errorCode()).isEqualTo("Eop.Auth.ReplayedRequest");
    // without the flag the same request passes twice
    assertThat(get(local, h).status()).isEqualTo(200);
    assertThat(get(local, h).status()).isEqualTo(200);
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    RawHttp.Answer a = client.get("/v4/vpc/no-such-thing", "regionID", REGION);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.errorCode()).isEqualTo("Eop.Route.NotFound");
    RawHttp.Answer b = client.get("/v4/vpc/create", "regionID", REGION);
    assertThat(b.status()).isEqualTo(405);
    assertThat(b.errorCode()).isEqualTo("Eop.Route.MethodNotAllowed");
  }

  @Test
  void bodyOverTheLimitIs413() {
    String big = "{\"regionID\":\"" + "a".repeat(5000) + "\"}";
    RawHttp.Answer a = client.post("/v4/vpc/create", big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.errorCode()).isEqualTo("Eop.Request.BodyTooLarge");
  }

  @Test
  void nonJsonBodyIs415() {
    RawHttp.Answer a =
        client.send(
            "POST",
            "/v4/vpc/create",
            List.of(),
            "regionID=x",
            Map.of("Content-Type", "application/x-www-form-urlencoded"));
    assertThat(a.status()).isEqualTo(415);
    assertThat(a.errorCode()).isEqualTo("Eop.Request.UnsupportedMediaType");
  }

  @Test
  void malformedJsonIsAParameterError() {
    for (String body :
        List.of(
            "{", "{\"regionID\": }", "[1,2]", "{\"a\":1} trailing", "{\"a\":1,\"a\":2}", "null")) {
      RawHttp.Answer a = client.post("/v4/vpc/create", body);
      assertThat(a.status()).as(body).isEqualTo(200);
      assertThat(a.statusCode()).as(body).isEqualTo(900);
      assertThat(a.errorCode()).as(body).isEqualTo("Openapi.Parameter.Error");
      assertThat(a.json().path("message").asText()).isNotEmpty();
      assertThat(a.json().path("description").asText()).isNotEmpty();
    }
  }

  @Test
  void deeplyNestedJsonIsAParameterError() {
    String deep = "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    RawHttp.Answer a = client.post("/v4/vpc/create", deep);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.errorCode()).isEqualTo("Openapi.Parameter.Error");
    assertThat(a.json().path("message").asText()).contains("nested");
  }

  @Test
  void invalidUtf8BodyIsAParameterError() {
    byte[] bad = {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    SignableRequest req =
        SignableRequest.builder().method("POST").path("/v4/vpc/create").body(bad).build();
    EopSignature s =
        EopSigner.create()
            .sign(req, Credentials.of(Local.AK, Local.SK), EopDate.format(NOW), "rid-u");
    Map<String, String> h = new LinkedHashMap<>(s.headers());
    h.put("Content-Type", "application/json");
    RawHttp.Answer a = RawHttp.send(local.port(), "POST", "/v4/vpc/create", h, bad);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.errorCode()).isEqualTo("Openapi.Parameter.Error");
  }

  @Test
  void invalidUtf8QueryIsAParameterError() {
    String q = "regionID=%C3%28";
    SignableRequest req = SignableRequest.builder().method("GET").path("/v4/vpc/list").build();
    // sign the raw query by hand: the server canonicalizes raw pairs
    String date = EopDate.format(NOW);
    String sts = EopSigner.stringToSign("rid-q", date, q, EopSigner.sha256Hex(new byte[0]));
    String sig =
        java.util.Base64.getEncoder()
            .encodeToString(
                EopSigner.create().signatureBytes(Credentials.of(Local.AK, Local.SK), date, sts));
    assertThat(req.method()).isEqualTo("GET");
    Map<String, String> h = new LinkedHashMap<>();
    h.put("ctyun-eop-request-id", "rid-q");
    h.put("Eop-date", date);
    h.put(
        "Eop-Authorization", Local.AK + " Headers=ctyun-eop-request-id;eop-date Signature=" + sig);
    RawHttp.Answer a = RawHttp.send(local.port(), "GET", "/v4/vpc/list?" + q, h, null);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.errorCode()).isEqualTo("Openapi.Parameter.Error");
  }

  @Test
  void wrongTypesAndMissingFieldsAreParameterErrors() {
    RawHttp.Answer missing = client.post("/v4/vpc/create", "{\"regionID\":\"" + REGION + "\"}");
    assertThat(missing.errorCode()).isEqualTo("Openapi.Parameter.Error");
    assertThat(missing.json().path("message").asText()).contains("is required");
    RawHttp.Answer wrongType =
        client.post(
            "/v4/vpc/create",
            "{\"clientToken\":\"t\",\"regionID\":\""
                + REGION
                + "\",\"name\":\"ok-name\",\"CIDR\":42}");
    assertThat(wrongType.errorCode()).isEqualTo("Openapi.Parameter.Error");
    assertThat(wrongType.json().path("message").asText()).contains("CIDR").contains("string");
    RawHttp.Answer badInt = client.get("/v4/vpc/list", "regionID", REGION, "pageSize", "ten");
    assertThat(badInt.errorCode()).isEqualTo("Openapi.Parameter.Error");
    assertThat(badInt.json().path("message").asText()).contains("pageSize");
  }

  @Test
  void malformedHttpGetsJsonNotHtml() {
    RawHttp.Answer a =
        RawHttp.exchange(
            local.port(),
            "GET /v4/vpc/list HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).doesNotContain("<html");
  }

  @Test
  void oversizedHeadersAndBadUrisGetJsonToo() {
    RawHttp.Answer big =
        RawHttp.send(
            local.port(), "GET", "/v4/vpc/list", Map.of("X-Big", "a".repeat(20_000)), null);
    assertThat(big.status()).isEqualTo(431);
    assertThat(big.json().path("statusCode").asInt()).isEqualTo(431);
    RawHttp.Answer badUri =
        RawHttp.exchange(
            local.port(),
            "GET /v4/vpc/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(badUri.status()).isEqualTo(400);
    assertThat(badUri.json().path("errorCode").asText()).isEqualTo("Eop.Request.Malformed");
  }

  @Test
  void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 3; i++) {
      Map<String, String> h = signedHeaders(EopDate.format(NOW), "ka-" + i, "regionID=" + REGION);
      java.net.http.HttpRequest.Builder b =
          java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(local.endpoint() + "/v4/vpc/list?regionID=" + REGION));
      h.forEach(b::header);
      java.net.http.HttpResponse<String> r =
          http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
    }
  }
}
