package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.auth.CredentialsException;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.testing.TestEopServer;
import io.github.ctyunjava.core.testing.TestEopServer.Answer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-call hooks of {@link ExecutionInterceptor} and what their context reports. */
class ExecutionHooksTest {
  private static final ExecutionAttribute<String> TAG =
      ExecutionAttribute.of("test.tag", String.class);
  private static final ExecutionAttribute<Integer> ATTEMPTS_SEEN =
      ExecutionAttribute.of("test.attempts", Integer.class);

  private TestEopServer server;
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = TestEopServer.withSampleKeys();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  /** Records every hook, and counts attempts in an attribute it wrote before the first. */
  private static final class Recorder implements ExecutionInterceptor {
    final List<String> events = new ArrayList<>();
    final List<ExecutionContext> ended = new ArrayList<>();
    final List<Integer> attemptsSeen = new ArrayList<>();
    final List<String> tagsSeen = new ArrayList<>();
    Throwable onFailure;

    @Override
    public void beforeExecution(ExecutionContext context) {
      events.add("beforeExecution");
      assertThat(context.attributes().get(TAG)).isNull(); // every call starts empty
      context.attributes().put(TAG, "t-" + context.operation());
      context.attributes().put(ATTEMPTS_SEEN, 0);
    }

    @Override
    public void beforeAttempt(ExecutionContext context) {
      events.add("beforeAttempt " + context.attempts());
      context.attributes().put(ATTEMPTS_SEEN, context.attributes().get(ATTEMPTS_SEEN) + 1);
    }

    @Override
    public void afterExecution(ExecutionContext context, CtyunResponse response) {
      events.add("afterExecution " + response.httpStatus());
      end(context);
    }

    @Override
    public void onExecutionFailure(ExecutionContext context) {
      events.add("onExecutionFailure " + context.outcome());
      end(context);
    }

    @Override
    public void onFailure(CtyunRequest request, Throwable failure) {
      events.add("onFailure");
      onFailure = failure;
    }

    private void end(ExecutionContext context) {
      ended.add(context);
      tagsSeen.add(context.attributes().get(TAG));
      attemptsSeen.add(context.attributes().get(ATTEMPTS_SEEN));
    }
  }

  private CtyunClient.Builder client(Recorder recorder) {
    return server
        .clientBuilder()
        .sleeper(pauses::add)
        .random(new Random(7))
        .addInterceptor(recorder);
  }

  private static CtyunRequest.Builder get(String path) {
    return CtyunRequest.builder().product("ctvpc").method("GET").path(path);
  }

  @Test
  void successAfterRetriesReportsAttemptsDurationStatusAndAttributes() {
    server.enqueue(Answer.of(503, "{}"), Answer.of(502, "busy"));
    Recorder rec = new Recorder();
    try (CtyunClient c = client(rec).build()) {
      c.call(get("/v4/vpc/list").operationName("listVpcs").build());
    }
    assertThat(rec.events)
        .containsExactly(
            "beforeExecution",
            "beforeAttempt 1",
            "beforeAttempt 2",
            "beforeAttempt 3",
            "afterExecution 200");
    ExecutionContext ctx = rec.ended.get(0);
    assertThat(ctx.outcome()).isEqualTo(ExecutionOutcome.SUCCESS);
    assertThat(ctx.attempts()).isEqualTo(3);
    assertThat(ctx.retries()).isEqualTo(2);
    assertThat(ctx.httpStatus()).isEqualTo(200);
    assertThat(ctx.errorCode()).isNull();
    assertThat(ctx.failure()).isNull();
    assertThat(ctx.operation()).isEqualTo("listVpcs");
    assertThat(ctx.product()).isEqualTo("ctvpc");
    assertThat(ctx.method()).isEqualTo("GET");
    assertThat(ctx.path()).isEqualTo("/v4/vpc/list");
    assertThat(ctx.duration()).isPositive();
    assertThat(ctx.duration()).isEqualTo(ctx.duration()); // frozen once the call has ended
    assertThat(rec.tagsSeen).containsExactly("t-listVpcs");
    assertThat(rec.attemptsSeen).containsExactly(3);
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void serviceErrorReportsErrorCodeAndStillCallsOnFailure() {
    server.enqueue(Answer.failure("Openapi.Vpc.NotFound", "vpc not found", "VPC不存在"));
    Recorder rec = new Recorder();
    try (CtyunClient c = client(rec).build()) {
      assertThatThrownBy(() -> c.call(get("/v4/vpc/show").build()))
          .isInstanceOf(CtyunServiceException.class);
    }
    assertThat(rec.events)
        .containsExactly(
            "beforeExecution", "beforeAttempt 1", "onExecutionFailure SERVICE_ERROR", "onFailure");
    ExecutionContext ctx = rec.ended.get(0);
    assertThat(ctx.errorCode()).isEqualTo("Openapi.Vpc.NotFound");
    assertThat(ctx.httpStatus()).isEqualTo(200);
    assertThat(ctx.attempts()).isEqualTo(1);
    assertThat(ctx.operation()).isEqualTo("GET /v4/vpc/show"); // no operation name on the request
    assertThat(ctx.failure()).isSameAs(rec.onFailure);
    assertThat(rec.tagsSeen).containsExactly("t-GET /v4/vpc/show");
  }

  @Test
  void throttledUntilAttemptsRunOutCountsEveryAttempt() {
    server.fallback(r -> Answer.of(429, "{\"statusCode\":429,\"errorCode\":\"Throttling\"}"));
    Recorder rec = new Recorder();
    try (CtyunClient c =
        client(rec).retryPolicy(RetryPolicy.builder().maxAttempts(4).build()).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build())).isInstanceOf(CtyunServiceException.class);
    }
    ExecutionContext ctx = rec.ended.get(0);
    assertThat(ctx.outcome()).isEqualTo(ExecutionOutcome.SERVICE_ERROR);
    assertThat(ctx.attempts()).isEqualTo(4);
    assertThat(ctx.retries()).isEqualTo(3);
    assertThat(ctx.httpStatus()).isEqualTo(429);
    assertThat(ctx.errorCode()).isEqualTo("Throttling");
    assertThat(rec.attemptsSeen).containsExactly(4);
    assertThat(server.received()).hasSize(4);
  }

  @Test
  void connectFailureIsAClientErrorWithoutStatus() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Recorder rec = new Recorder();
    try (CtyunClient c = client(rec).endpointOverride("http://127.0.0.1:" + port).build()) {
      assertThatThrownBy(() -> c.call(get("/a").build())).isInstanceOf(CtyunClientException.class);
    }
    ExecutionContext ctx = rec.ended.get(0);
    assertThat(ctx.outcome()).isEqualTo(ExecutionOutcome.CLIENT_ERROR);
    assertThat(ctx.attempts()).isEqualTo(3);
    assertThat(ctx.httpStatus()).isZero();
    assertThat(ctx.errorCode()).isNull();
    assertThat(ctx.failure()).isInstanceOf(CtyunClientException.class);
    assertThat(ctx.duration()).isPositive();
  }

  @Test
  void failureBeforeTheFirstAttemptHasNoAttempts() {
    Recorder rec = new Recorder();
    try (CtyunClient c =
        client(rec)
            .credentialsProvider(
                () -> {
                  throw new CredentialsException("no credentials here");
                })
            .build()) {
      assertThatThrownBy(() -> c.call(get("/a").build())).isInstanceOf(CredentialsException.class);
    }
    assertThat(rec.events)
        .containsExactly("beforeExecution", "onExecutionFailure CLIENT_ERROR", "onFailure");
    assertThat(rec.ended.get(0).attempts()).isZero();
    assertThat(rec.ended.get(0).retries()).isZero();
    assertThat(server.received()).isEmpty();
  }

  @Test
  void attributesArePerCall() {
    Recorder rec = new Recorder();
    try (CtyunClient c = client(rec).build()) {
      c.call(get("/a").operationName("first").build());
      c.call(get("/b").operationName("second").build());
    }
    // beforeExecution asserts each call starts without the previous call's tag
    assertThat(rec.tagsSeen).containsExactly("t-first", "t-second");
    assertThat(rec.ended.get(0).attributes()).isNotSameAs(rec.ended.get(1).attributes());
  }

  @Test
  void attributesAreTypedAndNullRemoves() {
    ExecutionAttributes a = new ExecutionAttributes();
    a.put(TAG, "x");
    assertThat(a.contains(TAG)).isTrue();
    assertThat(a.get(TAG)).isEqualTo("x");
    a.put(TAG, null);
    assertThat(a.contains(TAG)).isFalse();
    // keys compare by identity: the same name is another key
    a.put(TAG, "secret-value");
    assertThat(a.get(ExecutionAttribute.of("test.tag", String.class))).isNull();
    assertThat(a.toString()).contains("test.tag").doesNotContain("secret-value");
  }

  @Test
  void anInterceptorWithOnlyTheOldHooksStillWorks() {
    List<String> seen = new ArrayList<>();
    ExecutionInterceptor old =
        new ExecutionInterceptor() {
          @Override
          public void onFailure(CtyunRequest request, Throwable failure) {
            seen.add(request.path());
          }
        };
    server.enqueue(Answer.failure("X", "y", "z"));
    try (CtyunClient c = server.clientBuilder().addInterceptor(old).build()) {
      assertThatThrownBy(() -> c.call(get("/old").build()))
          .isInstanceOf(CtyunServiceException.class);
    }
    assertThat(seen).containsExactly("/old");
  }
}
