package io.github.ctyunjava.http.jdk;

import static io.github.ctyunjava.core.testing.FaultServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.CtyunResponse;
import io.github.ctyunjava.core.ExecutionContext;
import io.github.ctyunjava.core.ExecutionInterceptor;
import io.github.ctyunjava.core.ExecutionOutcome;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.ResponseTooLargeException;
import io.github.ctyunjava.core.testing.FaultServer;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CtyunClient#callAsync} on the JDK transport against a server that misbehaves on purpose:
 * the retry, deadline, skew, size and envelope rules of the blocking path, with waits scheduled on
 * the retry timer and cancellation reaching the socket.
 */
class AsyncCallFaultTest {
  private static final String OK = "{\"statusCode\":800,\"returnObj\":{\"id\":\"vpc-1\"}}";

  private FaultServer server;
  private final Recorder recorder = new Recorder();

  @BeforeEach
  void start() throws Exception {
    server = new FaultServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CtyunClient.Builder client() {
    return CtyunClient.builder()
        .credentialsProvider(
            StaticCredentialsProvider.create(
                "4a4bdc57e06542199b5f98d4cd107be2", "173615ae4177c04f8a3e2b9d1f0e6d17b1c3ed"))
        .endpointOverride(server.endpoint())
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(20)).build())
        .sleeper(
            d -> {
              throw new AssertionError("an async call must not sleep on a thread");
            })
        .addInterceptor(recorder);
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

  private static Throwable failure(CompletableFuture<?> f) {
    return org.assertj.core.api.Assertions.catchThrowable(() -> f.get(30, TimeUnit.SECONDS))
        .getCause();
  }

  /** Records the hooks: attempt threads, signed requests, the outcome. */
  static final class Recorder implements ExecutionInterceptor {
    final List<String> attemptThreads = new CopyOnWriteArrayList<>();
    final List<HttpRequest> sent = new CopyOnWriteArrayList<>();
    final CountDownLatch ended = new CountDownLatch(1);
    volatile ExecutionContext last;

    @Override
    public void beforeAttempt(ExecutionContext context) {
      attemptThreads.add(Thread.currentThread().getName());
    }

    @Override
    public void beforeTransmission(HttpRequest request) {
      sent.add(request);
    }

    @Override
    public void afterExecution(ExecutionContext context, CtyunResponse response) {
      last = context;
      ended.countDown();
    }

    @Override
    public void onExecutionFailure(ExecutionContext context) {
      last = context;
      ended.countDown();
    }
  }

  @Test
  void aRetryIsScheduledOnTheTimerAndSignedAfresh() throws Exception {
    server.enqueue(answer(503, "{\"statusCode\":503}"), answer(200, OK));
    try (CtyunClient c = client().build()) {
      assertThat(c.hasAsyncTransport()).isTrue();
      CtyunResponse r = c.callAsync(get()).get(30, TimeUnit.SECONDS);
      assertThat(r.attempts()).isEqualTo(2);
    }
    assertThat(server.requests()).isEqualTo(2);
    assertThat(recorder.attemptThreads.get(1)).isEqualTo("ctyun-retry-timer");
    assertThat(recorder.sent).hasSize(2);
    assertThat(recorder.sent.get(0).header("ctyun-eop-request-id"))
        .isNotEqualTo(recorder.sent.get(1).header("ctyun-eop-request-id"));
    assertThat(recorder.sent.get(0).header("Eop-Authorization"))
        .isNotEqualTo(recorder.sent.get(1).header("Eop-Authorization"));
    assertThat(recorder.last.outcome()).isEqualTo(ExecutionOutcome.SUCCESS);
    assertThat(recorder.last.attempts()).isEqualTo(2);
  }

  @Test
  void retryAfterIsWaitedFor() throws Exception {
    server.enqueue(answer(503, "{\"statusCode\":503}", "Retry-After: 1"), answer(200, OK));
    long start = System.nanoTime();
    try (CtyunClient c = client().build()) {
      assertThat(c.callAsync(get()).get(30, TimeUnit.SECONDS).attempts()).isEqualTo(2);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aPostIsNotRetriedAfterA503() {
    server.enqueue(answer(503, "{\"statusCode\":503,\"errorCode\":\"Busy\"}"), answer(200, OK));
    try (CtyunClient c = client().build()) {
      assertThat(failure(c.callAsync(post())))
          .isInstanceOfSatisfying(
              CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    }
    assertThat(server.requests()).isEqualTo(1);
    assertThat(recorder.last.outcome()).isEqualTo(ExecutionOutcome.SERVICE_ERROR);
  }

  @Test
  void aDateRejectionTeachesTheSkewAndTheRetrySignsWithTheServersTime() throws Exception {
    String hourAhead =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    server.enqueue(
        answer(
            403,
            "{\"statusCode\":403,\"errorCode\":\"Eop.Auth.DateOutOfWindow\"}",
            "Date: " + hourAhead),
        answer(200, OK));
    try (CtyunClient c = client().build()) {
      assertThat(c.callAsync(post()).get(30, TimeUnit.SECONDS).attempts()).isEqualTo(2);
      assertThat(c.clockSkew()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
    }
    assertThat(recorder.sent.get(0).header("Eop-date"))
        .isNotEqualTo(recorder.sent.get(1).header("Eop-date"));
  }

  @Test
  void anAttemptThatTricklesIsCutAtItsTimeLimit() {
    server.fallback(FaultServer.trickleBody(OK, Duration.ofMillis(300)));
    long start = System.nanoTime();
    try (CtyunClient c =
        client()
            .retryPolicy(RetryPolicy.none())
            .apiCallAttemptTimeout(Duration.ofSeconds(1))
            .build()) {
      Throwable e = failure(c.callAsync(get()));
      assertThat(e).isInstanceOf(CtyunClientException.class);
      assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void theCallDeadlineStopsRetries() {
    server.fallback(FaultServer.silence());
    try (CtyunClient c = client().apiCallTimeout(Duration.ofSeconds(1)).build()) {
      assertThat(failure(c.callAsync(get())))
          .isInstanceOf(CtyunClientException.class)
          .hasMessageContaining("call timed out");
    }
  }

  @Test
  void bodiesOverTheLimitAreRefused() {
    server.enqueue(FaultServer.huge(200L << 20, true), FaultServer.huge(200L << 20, false));
    try (CtyunClient c = client().maxResponseBytes(1 << 20).build()) {
      assertThat(failure(c.callAsync(get())))
          .isInstanceOf(CtyunClientException.class)
          .hasCauseInstanceOf(ResponseTooLargeException.class)
          .hasMessageContaining("more than 1048576 bytes");
      assertThat(failure(c.callAsync(get())))
          .hasCauseInstanceOf(ResponseTooLargeException.class)
          .hasMessageContaining("Content-Length 209715200");
    }
  }

  @Test
  void anAnswerThatIsNotACtyunEnvelopeIsAnError() {
    server.enqueue(answer(200, "<html><body>502 Bad Gateway</body></html>"), answer(200, "{}"));
    try (CtyunClient c = client().build()) {
      assertThat(failure(c.callAsync(get()))).hasMessageContaining("unreadable response");
      assertThat(failure(c.callAsync(get()))).hasMessageContaining("not a CTyun response");
    }
  }

  @Test
  void aRefusedConnectionIsRetriedThenReported() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (CtyunClient c = client().endpointOverride("http://127.0.0.1:" + closedPort).build()) {
      assertThat(failure(c.callAsync(post())))
          .isInstanceOf(CtyunClientException.class)
          .hasMessageContaining("cannot connect to")
          .hasMessageContaining("after 3 attempts");
    }
  }

  @Test
  void cancellingTheFutureClosesTheConnection() throws Exception {
    CountDownLatch hungUp = new CountDownLatch(1);
    CountDownLatch arrived = new CountDownLatch(1);
    server.fallback(
        (socket, out) -> {
          arrived.countDown();
          InputStream in = socket.getInputStream();
          while (in.read() != -1) {
            // nothing more comes; read() returns -1 once the client closes the connection
          }
          hungUp.countDown();
        });
    try (CtyunClient c = client().build()) {
      CompletableFuture<CtyunResponse> call = c.callAsync(get());
      assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(call.cancel(true)).isTrue();
      assertThat(hungUp.await(30, TimeUnit.SECONDS)).as("the exchange was aborted").isTrue();
      assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
    }
    assertThat(recorder.ended.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(recorder.last.outcome()).isEqualTo(ExecutionOutcome.CLIENT_ERROR);
    assertThat(recorder.last.failure()).isInstanceOf(CancellationException.class);
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void cancellingDuringARetryWaitStopsTheCall() throws Exception {
    server.enqueue(answer(503, "{\"statusCode\":503}", "Retry-After: 5"));
    try (CtyunClient c = client().build()) {
      CompletableFuture<CtyunResponse> call = c.callAsync(get());
      // the first answer arrives, then the call waits 5 s on the timer
      while (recorder.sent.isEmpty() || server.requests() == 0) {
        Thread.onSpinWait();
      }
      assertThat(call.cancel(true)).isTrue();
      assertThat(recorder.ended.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(recorder.last.failure()).isInstanceOf(CancellationException.class);
    }
    assertThat(recorder.attemptThreads).hasSize(1);
  }

  @Test
  void theFutureFailsWithTheServiceErrorAsItsCause() {
    server.enqueue(answer(400, "{\"statusCode\":900,\"errorCode\":\"Openapi.Parameter.Error\"}"));
    try (CtyunClient c = client().build()) {
      ExecutionException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              ExecutionException.class, () -> c.callAsync(get()).get(30, TimeUnit.SECONDS));
      assertThat(e.getCause())
          .isInstanceOfSatisfying(
              CtyunServiceException.class,
              s -> assertThat(s.errorCode()).isEqualTo("Openapi.Parameter.Error"));
    }
  }
}
