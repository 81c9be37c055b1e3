package io.github.ctyunjava.local.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.local.options.FaultKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredExtensionTest {
  @RegisterExtension
  static final CtyunLocalExtension LOCAL =
      CtyunLocalExtension.withOptions(o -> o.failRate(1.0).failWith(FaultKind.THROTTLE));

  @Test
  void optionsReachTheEmulator() {
    assertThatThrownBy(
            () ->
                LOCAL
                    .client()
                    .call(
                        CtyunRequest.builder()
                            .product("ctvpc")
                            .method("GET")
                            .path("/v4/vpc/list")
                            .addQueryParam("regionID", "81f7728662dd11ec810800155d307d5b")
                            .build()))
        .isInstanceOfSatisfying(
            CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
  }

  @Test
  void accessorsWorkWhileRunning() {
    assertThat(LOCAL.endpoint().toString()).startsWith("http://127.0.0.1:");
    assertThat(LOCAL.local().credentials()).isEqualTo(LOCAL.credentials());
  }
}
