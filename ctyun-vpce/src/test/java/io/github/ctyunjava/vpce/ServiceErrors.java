package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.exception.CtyunServiceException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts business errors: HTTP 200, statusCode 900 and an expected errorCode. */
final class ServiceErrors {
  private ServiceErrors() {}

  static void assertServiceError(String errorCode, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CtyunServiceException.class,
            e -> {
              Assertions.assertThat(e.httpStatus()).isEqualTo(200);
              Assertions.assertThat(e.statusCode()).isEqualTo("900");
              Assertions.assertThat(e.errorCode()).isEqualTo(errorCode);
            });
  }
}
