package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.testing.TestEopServer;
import io.github.ctyunjava.core.testing.TestEopServer.Answer;
import io.github.ctyunjava.core.testing.TestEopServer.Received;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CtyunClientTest {
  private static final String AK = "4a4bdc57e06542199b5f98d4cd107be2";
  private static final String SK = "173615ae4177c04f8a3e2b9d1f0e6d17b1c3ed";
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  private TestEopServer server;
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new TestEopServer(AK, SK);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CtyunClient.Builder client() {
    return CtyunClient.builder()
        .credentialsProvider(StaticCredentialsProvider.create(AK, SK))
        .endpointOverride(server.endpoint())
        .sleeper(pauses::add)
        .random(new Random(42));
  }

  private static CtyunRequest.Builder get(String path) {
    return CtyunRequest.builder().product("ctvpc").method("GET").path(path);
  }

  private static CtyunRequest.Builder post(String path, String json) {
    return CtyunRequest.builder().product("ctvpc").method("POST").path(path).jsonBody(json);
  }

  @Test
  void sendsTheSignedCanonicalQueryByteForByte() {
    try (CtyunClient c = client().build()) {
      CtyunResponse r =
          c.call(
              get("/v4/vpc/list")
                  .addQueryParam("regionID", REGION)
                  .addQueryParam("vpcName", "my vpc 测试")
                  .addQueryParam("instanceIDList", "i-b2")
                  .addQueryParam("filter", "a+b~c*d")
                  .addQueryParam("instanceIDList", "i-a1")
                  .build());
      assertThat(r.httpStatus()).isEqualTo(200);
      assertThat(r.envelope().isSuccess()).isTrue();
    }
    Received got = server.received().get(0);
    assertThat(got.signatureValid).isTrue();
    // Go url.Values.Encode(): keys sorted, repeats in order, space '+', '~' kept, '*' escaped
    assertThat(got.rawQuery)
        .isEqualTo(
            "filter=a%2Bb~c%2Ad&instanceIDList=i-b2&instanceIDList=i-a1&regionID="
                + REGION
                + "&vpcName=my+vpc+%E6%B5%8B%E8%AF%95");
    assertThat(got.header("User-Agent")).startsWith("ctyun-java/").contains(" java/");
    assertThat(got.header("Content-Type")).isNull();
  }

  @Test
  void postsTheExactBodyBytesItHashed() {
    String json = "{\"regionID\":\"" + REGION + "\",\"name\":\"网络\",\"clientToken\":\"t-1\"}";
    try (CtyunClient c = client().build()) {
      c.call(post("/v4/vpc/create", json).build());
    }
    Received got = server.received().get(0);
    assertThat(got.signatureValid).isTrue();
    assertThat(new String(got.body, StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(got.header("Content-Type")).isEqualTo("application/json");
    assertThat(got.method).isEqualTo("POST");
    assertThat(got.path).isEqualTo("/v4/vpc/create");
  }

  @Test
  void bodylessPostIsSignedOverTheEmptyString() {
    try (CtyunClient c = client().build()) {
      c.call(CtyunRequest.builder().product("ctvpc").method("POST").path("/v4/x").build());
    }
    assertThat(server.received().get(0).signatureValid).isTrue();
    assertThat(server.received().get(0).body).isEmpty();
  }

  @Test
  void eopDateIsBeijingTimeOfTheInjectedClock() {
    Instant at = Instant.parse("2024-01-16T08:00:00Z"); // eop-protocol.md §3: => 20240116T160000Z
    try (CtyunClient c = client().clock(Clock.fixed(at, ZoneOffset.UTC)).build()) {
      c.call(get("/v4/vpc/list").build());
    }
    assertThat(server.received().get(0).header("Eop-date")).isEqualTo("20240116T160000Z");
  }

  @Test
  void businessErrorBecomesServiceExceptionWithAllFields() {
    server.enqueue(Answer.failure("Openapi.Vpc.NotFound", "vpc not found", "VPC不存在"));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(get("/v4/vpc/show").build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(200);
                assertThat(e.statusCode()).isEqualTo("900");
                assertThat(e.errorCode()).isEqualTo("Openapi.Vpc.NotFound");
                assertThat(e.serviceMessage()).isEqualTo("vpc not found");
                assertThat(e.description()).isEqualTo("VPC不存在");
                assertThat(e.requestId())
                    .isEqualTo(server.received().get(0).header("ctyun-eop-request-id"));
                assertThat(e.isGatewayRejection()).isFalse();
                assertThat(e.getMessage()).contains("Openapi.Vpc.NotFound", "vpc not found");
              });
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void statusCodeAsStringIsUnderstood() {
    server.enqueue(
        Answer.of(200, "{\"statusCode\":\"800\",\"returnObj\":{\"id\":\"vpc-1\"}}"),
        Answer.of(200, "{\"statusCode\":\"900\",\"errorCode\":\"Openapi.X.Y\"}"));
    try (CtyunClient c = client().build()) {
      assertThat(c.call(get("/a").build()).envelope().returnObj().get("id").asText())
          .isEqualTo("vpc-1");
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class, e -> assertThat(e.statusCode()).isEqualTo("900"));
    }
  }

  @Test
  void gatewayRejectionKeepsHttpStatusAndBody() {
    server.enqueue(
        Answer.of(
            401,
            "{\"statusCode\":401,\"errorCode\":\"Openapi.Auth.SignatureMismatch\","
                + "\"message\":\"signature mismatch\",\"description\":\"签名错误\"}"));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.isGatewayRejection()).isTrue();
                assertThat(e.errorCode()).isEqualTo("Openapi.Auth.SignatureMismatch");
                assertThat(e.body()).contains("签名错误");
              });
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void nonJsonSuccessIsAClientError() {
    server.enqueue(Answer.of(200, "<html>proxy</html>"));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOf(CtyunClientException.class)
          .hasMessageContaining("not JSON");
    }
  }

  @Test
  void getIsRetriedOn503WithFreshSignatureEachAttempt() {
    server.enqueue(Answer.of(503, "{}"), Answer.of(502, "busy"));
    try (CtyunClient c = client().build()) {
      CtyunResponse r = c.call(get("/v4/vpc/list").addQueryParam("regionID", REGION).build());
      assertThat(r.attempts()).isEqualTo(3);
    }
    List<Received> got = server.received();
    assertThat(got).hasSize(3).allMatch(x -> x.signatureValid);
    assertThat(got.stream().map(x -> x.header("ctyun-eop-request-id")).distinct()).hasSize(3);
    assertThat(pauses).hasSize(2);
    // full jitter: retry 1 waits below 100 ms, retry 2 below 200 ms
    assertThat(pauses.get(0)).isLessThan(Duration.ofMillis(100));
    assertThat(pauses.get(1)).isLessThan(Duration.ofMillis(200));
  }

  @Test
  void throttlingIsRetriedUntilAttemptsRunOut() {
    server.fallback(r -> Answer.of(429, "{\"statusCode\":429,\"errorCode\":\"Throttling\"}"));
    try (CtyunClient c =
        client().retryPolicy(RetryPolicy.builder().maxAttempts(4).build()).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
    }
    assertThat(server.received()).hasSize(4);
    assertThat(pauses).hasSize(3);
  }

  @Test
  void throttlingCodeInBusinessEnvelopeIsRetriedForGet() {
    server.enqueue(Answer.failure("Openapi.Request.Throttling", "slow down", "请求过于频繁"));
    try (CtyunClient c = client().build()) {
      assertThat(c.call(get("/a").build()).attempts()).isEqualTo(2);
    }
  }

  @Test
  void postWithoutClientTokenIsNotRetried() {
    server.fallback(r -> Answer.of(503, "{}"));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(post("/v4/vpc/create", "{\"name\":\"a\"}").build()))
          .isInstanceOf(CtyunServiceException.class);
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void postWithClientTokenOrMarkedIdempotentIsRetried() {
    server.enqueue(Answer.of(503, "{}"), Answer.success("{}"));
    server.enqueue(Answer.of(504, "{}"), Answer.success("{}"));
    try (CtyunClient c = client().build()) {
      assertThat(c.call(post("/c", "{\"clientToken\":\"abc\"}").build()).attempts()).isEqualTo(2);
      assertThat(c.call(post("/c", "{\"a\":1}").idempotent(true).build()).attempts()).isEqualTo(2);
    }
    assertThat(server.received()).hasSize(4);
  }

  @Test
  void connectFailureIsRetriedThenReported() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CtyunClient c = client().endpointOverride("http://127.0.0.1:" + port).build();
    assertThatThrownBy(() -> c.call(post("/c", "{}").build()))
        .isInstanceOf(CtyunClientException.class)
        .hasMessageContaining("cannot connect")
        .hasMessageContaining("after 3 attempts");
    assertThat(pauses).hasSize(2); // even a POST: nothing reached the service
  }

  @Test
  void readTimeoutFailsWithinTheConfiguredTime() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.fallback(
        r -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Answer.success("{}");
        });
    try (CtyunClient c =
        client()
            .readTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .build()) {
      assertThatThrownBy(() -> c.call(get("/slow").build()))
          .isInstanceOf(CtyunClientException.class)
          .hasMessageContaining("SocketTimeoutException");
    } finally {
      release.countDown();
    }
    assertThat(server.received()).hasSize(2); // a GET is safe to retry after a read timeout
  }

  @Test
  void clockSkewIsLearnedFromTheServerAndTheNextAttemptSucceeds() {
    Instant serverNow = Instant.parse("2025-03-01T04:00:00Z");
    Instant localNow = serverNow.minus(Duration.ofHours(1));
    String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.atZone(ZoneOffset.UTC));
    server.fallback(
        r -> {
          Instant signed = EopDate.parse(r.header("Eop-date"));
          boolean inWindow = Duration.between(signed, serverNow).abs().toMinutes() <= 15;
          return inWindow
              ? Answer.success("{}")
              : Answer.of(403, "{\"statusCode\":403,\"errorCode\":\"Openapi.Auth.DateExpired\"}")
                  .header("Date", httpDate);
        });
    try (CtyunClient c = client().clock(Clock.fixed(localNow, ZoneOffset.UTC)).build()) {
      CtyunResponse r = c.call(post("/c", "{\"a\":1}").build()); // even a plain POST: rejected
      assertThat(r.attempts()).isEqualTo(2);
      assertThat(c.clockSkew()).isEqualTo(Duration.ofHours(1));
      assertThat(c.call(get("/x").build()).attempts()).isEqualTo(1); // offset is kept
    }
    List<Received> got = server.received();
    assertThat(got.get(0).header("Eop-date")).isEqualTo("20250301T110000Z");
    assertThat(got.get(1).header("Eop-date")).isEqualTo("20250301T120000Z");
    assertThat(pauses).isEmpty();
  }

  @Test
  void secretNeverAppearsInClientOrExceptionText() {
    server.enqueue(Answer.failure("Openapi.X.Y", "bad", "坏"));
    try (CtyunClient c = client().build()) {
      assertThat(c.toString()).doesNotContain(SK).doesNotContain(AK);
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .satisfies(e -> assertThat(e.toString()).doesNotContain(SK));
    }
  }

  @Test
  void userAgentCarriesSuffix() {
    try (CtyunClient c = client().userAgentSuffix("my-app/1.0").build()) {
      c.call(get("/a").build());
      assertThat(c.userAgent()).endsWith(" my-app/1.0");
    }
    assertThat(server.received().get(0).header("User-Agent")).endsWith(" my-app/1.0");
  }

  @Test
  void interceptorsSeeTheSignedRequestAndTheResponse() {
    List<String> seen = new CopyOnWriteArrayList<>();
    ExecutionInterceptor i =
        new ExecutionInterceptor() {
          @Override
          public CtyunRequest modifyRequest(CtyunRequest request) {
            return request.toBuilder().addQueryParam("added", "1").build();
          }

          @Override
          public void beforeTransmission(io.github.ctyunjava.core.http.HttpRequest request) {
            seen.add("before " + request.url());
          }

          @Override
          public void afterTransmission(
              io.github.ctyunjava.core.http.HttpRequest request,
              io.github.ctyunjava.core.http.HttpResponse response) {
            seen.add("after " + response.status());
          }
        };
    try (CtyunClient c = client().addInterceptor(i).build()) {
      c.call(get("/a").build());
    }
    assertThat(seen).containsExactly("before " + server.endpoint() + "/a?added=1", "after 200");
    assertThat(server.received().get(0).signatureValid).isTrue();
  }

  @Test
  void publicEndpointIsDerivedFromTheProduct() {
    CtyunClient c =
        CtyunClient.builder().credentialsProvider(StaticCredentialsProvider.create(AK, SK)).build();
    assertThat(c.endpointFor("ctvpc")).isEqualTo("https://ctvpc-global.ctapi.ctyun.cn");
    assertThat(c.endpointFor("ecx")).isEqualTo("https://ecx-global.ctapi.ctyun.cn");
    assertThatThrownBy(() -> c.endpointFor("evil.com/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skewIsIgnoredWhenServerDateIsClose() {
    Instant now = Instant.parse("2025-03-01T04:00:00Z");
    ZonedDateTime close = now.plusSeconds(3).atZone(ZoneOffset.UTC);
    server.enqueue(
        Answer.of(403, "{\"statusCode\":403}")
            .header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(close)));
    try (CtyunClient c = client().clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build())).isInstanceOf(CtyunServiceException.class);
      assertThat(c.clockSkew()).isZero();
    }
    assertThat(server.received()).hasSize(1);
  }

  // issue 9 item 1: a 200 that is not a CTyun envelope is not success
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"", "{}", "[]", "null", "{\"message\":\"Internal Server Error\"}"})
  void a200WithoutAnEnvelopeIsAClientErrorNamingWhatCameBack(String body) {
    server.enqueue(Answer.of(200, body));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(get("/v4/vpc/list").build()))
          .isInstanceOfSatisfying(
              CtyunClientException.class,
              e -> {
                assertThat(e.getMessage())
                    .startsWith("not a CTyun response: HTTP 200 with ")
                    .contains(body.isEmpty() ? "an empty body" : body)
                    .contains(server.received().get(0).header("ctyun-eop-request-id"));
                assertThat(e.isRetryable()).isFalse();
              });
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void theExcerptOfAnUnexpectedAnswerIsBoundedAndMasksSecrets() {
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      pad.append('y');
    }
    server.enqueue(Answer.of(200, "{\"secretKey\":\"" + SK + "\",\"note\":\"" + pad + "\"}"));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOfSatisfying(
              CtyunClientException.class,
              e ->
                  assertThat(e.getMessage())
                      .doesNotContain(SK)
                      .contains("\"secretKey\":\"****\"")
                      .contains("5064 bytes")
                      .hasSizeLessThan(400));
    }
  }

  // issue 9 item 5: Retry-After on 429/503, seconds or HTTP date, capped at maxDelay
  @Test
  void retryAfterSecondsIsWaitedInsteadOfTheBackoff() {
    server.enqueue(Answer.of(503, "{}").header("Retry-After", "7"));
    try (CtyunClient c = client().build()) {
      assertThat(c.call(get("/a").build()).attempts()).isEqualTo(2);
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterDateIsTakenRelativeToTheServersDate() {
    ZonedDateTime serverNow = ZonedDateTime.parse("2025-03-01T04:00:00Z");
    server.enqueue(
        Answer.of(429, "{\"statusCode\":429}")
            .header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow))
            .header(
                "Retry-After",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.plusSeconds(3))));
    try (CtyunClient c = client().build()) {
      assertThat(c.call(get("/a").build()).attempts()).isEqualTo(2);
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterIsCappedAtMaxDelayAndIgnoredOnOtherStatuses() {
    server.enqueue(
        Answer.of(503, "{}").header("Retry-After", "3600"),
        Answer.of(502, "{}").header("Retry-After", "3600"));
    try (CtyunClient c =
        client().retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build()) {
      assertThat(c.call(get("/a").build()).attempts()).isEqualTo(3);
    }
    assertThat(pauses.get(0)).isEqualTo(Duration.ofSeconds(20));
    assertThat(pauses.get(1)).isLessThan(Duration.ofMillis(200)); // 502: the backoff
  }

  @Test
  void noRetryWhoseWaitWouldOutlastTheCall() {
    server.fallback(r -> Answer.of(503, "{}").header("Retry-After", "10"));
    try (CtyunClient c = client().apiCallTimeout(Duration.ofSeconds(5)).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    }
    assertThat(server.received()).hasSize(1);
    assertThat(pauses).isEmpty();
  }

  // issue 9 item 3: skew is learned only from a date rejection, and only within a day
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "Eop.Auth.DateOutOfWindow, P365D", // a date rejection, but a year off
    "Openapi.Auth.AccessDenied, PT1H" // a plausible offset, but not a date rejection
  })
  void skewIsLearnedOnlyFromADateRejectionWithinADay(String errorCode, Duration offset) {
    Instant now = Instant.parse("2025-03-01T04:00:00Z");
    String serverDate =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plus(offset).atZone(ZoneOffset.UTC));
    server.fallback(
        r ->
            Answer.of(403, "{\"statusCode\":403,\"errorCode\":\"" + errorCode + "\"}")
                .header("Date", serverDate));
    try (CtyunClient c = client().clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build())).isInstanceOf(CtyunServiceException.class);
      assertThat(c.clockSkew()).isZero();
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void aResponseOverTheSizeLimitIsNotRetried() {
    server.fallback(
        r -> Answer.success("\"" + new String(new char[2000]).replace('\0', 'z') + "\""));
    try (CtyunClient c = client().maxResponseBytes(1000).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOf(CtyunClientException.class)
          .hasMessageContaining("larger than the limit of 1000 bytes");
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void aSecretCutByTheExcerptIsStillMasked() {
    StringBuilder longSecret = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      longSecret.append('s');
    }
    server.enqueue(Answer.of(200, "{\"password\":\"" + longSecret + "\"}"));
    try (CtyunClient c = client().build()) {
      assertThatThrownBy(() -> c.call(get("/a").build()))
          .isInstanceOfSatisfying(
              CtyunClientException.class,
              e ->
                  assertThat(e.getMessage()).contains("\"password\":\"****").doesNotContain("sss"));
    }
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> CtyunClient.builder().apiCallTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiCallTimeout");
    assertThatThrownBy(() -> CtyunClient.builder().apiCallAttemptTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiCallAttemptTimeout");
    assertThatThrownBy(() -> CtyunClient.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
