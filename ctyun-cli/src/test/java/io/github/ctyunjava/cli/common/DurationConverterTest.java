package io.github.ctyunjava.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  @ParameterizedTest
  @CsvSource({"50ms, PT0.05S", "2s, PT2S", "15m, PT15M", "1h, PT1H", "0ms, PT0S", "' 15M ', PT15M"})
  void readsAWholeNumberAndAUnit(String text, String iso) {
    assertThat(DurationConverter.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "15", "1.5s", "-1s", "5x", "ms", "PT15M", "2 s"})
  void rejectsAnythingElse(String text) {
    assertThatThrownBy(() -> DurationConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("50ms, 2s, 15m");
  }
}
