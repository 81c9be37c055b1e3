package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13: users can build the SDK's exceptions for their own tests, and classify failures. */
class CtyunExceptionsTest {
  @Test
  void serviceExceptionBuilderFillsEveryFieldAndTheMessage() {
    CtyunServiceException e =
        CtyunServiceException.builder()
            .httpStatus(200)
            .statusCode("900")
            .errorCode("Openapi.Vpc.NotFound")
            .serviceMessage("vpc not found")
            .description("VPC不存在")
            .requestId("req-1")
            .traceId("trace-1")
            .body("{\"statusCode\":900}")
            .build();
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.statusCode()).isEqualTo("900");
    assertThat(e.errorCode()).isEqualTo("Openapi.Vpc.NotFound");
    assertThat(e.serviceMessage()).isEqualTo("vpc not found");
    assertThat(e.description()).isEqualTo("VPC不存在");
    assertThat(e.requestId()).isEqualTo("req-1");
    assertThat(e.traceId()).isEqualTo("trace-1");
    assertThat(e.body()).isEqualTo("{\"statusCode\":900}");
    assertThat(e.isGatewayRejection()).isFalse();
    assertThat(e.getMessage())
        .isEqualTo(
            "Openapi.Vpc.NotFound: vpc not found (VPC不存在) [HTTP 200, statusCode 900,"
                + " request id req-1]");
  }

  @Test
  void errorCodeFallsBackToTheStatusCode() {
    CtyunServiceException e =
        CtyunServiceException.builder().httpStatus(401).statusCode("401").build();
    assertThat(e.errorCode()).isEqualTo("401");
    assertThat(e.isGatewayRejection()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "429, , true, true",
    "200, Openapi.Request.Throttling, true, true",
    "400, RateLimitExceeded, true, true",
    "503, , false, true",
    "502, , false, true",
    "504, , false, true",
    "500, , false, false",
    "200, Openapi.Vpc.NotFound, false, false",
    "403, Eop.Auth.DateOutOfWindow, false, false"
  })
  void serviceExceptionsKnowWhetherTheyAreThrottlingOrRetryable(
      int status, String code, boolean throttling, boolean retryable) {
    CtyunServiceException e =
        CtyunServiceException.builder().httpStatus(status).errorCode(code).build();
    assertThat(e.isThrottling()).isEqualTo(throttling);
    assertThat(e.isRetryable()).isEqualTo(retryable);
  }

  @Test
  void clientExceptionBuilderAndRetryability() {
    IOException cause = new SocketTimeoutException("read timed out");
    CtyunClientException built =
        CtyunClientException.builder().message("timed out").cause(cause).retryable(true).build();
    assertThat(built).hasMessage("timed out").hasCause(cause);
    assertThat(built.isRetryable()).isTrue();
    assertThat(built.isThrottling()).isFalse();
    assertThat(CtyunClientException.builder().message("bad config").build().isRetryable())
        .isFalse();
    // the classic constructors: an I/O cause is a passing failure, anything else is not
    assertThat(new CtyunClientException("x", cause).isRetryable()).isTrue();
    assertThat(new CtyunClientException("x", new IllegalStateException()).isRetryable()).isFalse();
    assertThat(new CtyunClientException("x").isRetryable()).isFalse();
  }
}
