package io.github.ctyunjava.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredServiceTest {
  @Test
  void availableServiceLetsTheTestRunInAndOutsideCi() {
    assertThatCode(() -> RequiredService.check(true, "pg", "true")).doesNotThrowAnyException();
    assertThatCode(() -> RequiredService.check(true, "pg", null)).doesNotThrowAnyException();
  }

  @Test
  void missingServiceSkipsOutsideCiWithTheReason() {
    assertThatThrownBy(() -> RequiredService.check(false, "no PostgreSQL configured", null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("no PostgreSQL configured");
    assertThatThrownBy(() -> RequiredService.check(false, "x", "false"))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void missingServiceFailsInCi() {
    assertThatThrownBy(() -> RequiredService.check(false, "no python3 with requests", "true"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("no python3 with requests")
        .hasMessageContaining("CI must provide");
  }

  @Test
  void ciIsAnyValueButEmptyFalseOrZero() {
    assertThat(RequiredService.isCi("true")).isTrue();
    assertThat(RequiredService.isCi("1")).isTrue();
    assertThat(RequiredService.isCi(null)).isFalse();
    assertThat(RequiredService.isCi("")).isFalse();
    assertThat(RequiredService.isCi("false")).isFalse();
    assertThat(RequiredService.isCi("0")).isFalse();
  }
}
