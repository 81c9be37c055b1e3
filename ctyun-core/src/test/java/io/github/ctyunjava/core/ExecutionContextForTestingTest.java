package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a user's interceptor test gets from {@link ExecutionContext#forTesting}. */
class ExecutionContextForTestingTest {
  private static final CtyunRequest REQUEST =
      CtyunRequest.builder()
          .product("ctvpc")
          .operationName("listVpcs")
          .method("GET")
          .path("/v4/vpc/list")
          .build();

  /** An interceptor as a user would write one: it reads the context's end state. */
  static final class OutcomeRecorder implements ExecutionInterceptor {
    String line;

    @Override
    public void afterExecution(ExecutionContext c, CtyunResponse response) {
      line = c.operation() + " " + c.outcome() + " " + c.retries() + " " + c.duration().toMillis();
    }

    @Override
    public void onExecutionFailure(ExecutionContext c) {
      line = c.operation() + " " + c.outcome() + " " + c.errorCode() + " " + c.httpStatus();
    }
  }

  @Test
  void aSucceededContextCarriesTheGivenAttemptsStatusAndDuration() {
    ExecutionContext c =
        ExecutionContext.forTesting(REQUEST)
            .attempts(3)
            .httpStatus(200)
            .duration(Duration.ofMillis(40))
            .succeeded();
    OutcomeRecorder recorder = new OutcomeRecorder();
    recorder.afterExecution(c, null);
    assertThat(recorder.line).isEqualTo("listVpcs SUCCESS 2 40");
    assertThat(c.httpStatus()).isEqualTo(200);
    assertThat(c.duration()).isEqualTo(Duration.ofMillis(40));
    assertThat(c.failure()).isNull();
  }

  @Test
  void aServiceFailureGivesItsCodeAndStatus() {
    CtyunServiceException e =
        CtyunServiceException.builder()
            .httpStatus(400)
            .statusCode("900")
            .errorCode("Openapi.Vpc.NotFound")
            .serviceMessage("no such vpc")
            .build();
    ExecutionContext c = ExecutionContext.forTesting(REQUEST).failed(e);
    OutcomeRecorder recorder = new OutcomeRecorder();
    recorder.onExecutionFailure(c);
    assertThat(recorder.line).isEqualTo("listVpcs SERVICE_ERROR Openapi.Vpc.NotFound 400");
    assertThat(c.failure()).isSameAs(e);
  }

  @Test
  void aClientFailureAndARunningCall() {
    ExecutionContext failed =
        ExecutionContext.forTesting(REQUEST).failed(new CtyunClientException("no route"));
    assertThat(failed.outcome()).isEqualTo(ExecutionOutcome.CLIENT_ERROR);
    assertThat(failed.errorCode()).isNull();
    ExecutionContext running = ExecutionContext.forTesting(REQUEST).attempts(2).running();
    assertThat(running.outcome()).isNull();
    assertThat(running.attempts()).isEqualTo(2);
    running.attributes().put(ExecutionAttribute.of("k", String.class), "v");
  }
}
