package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.config.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations written as a whole number and a unit: {@code 50ms}, {@code 2s}, {@code 15m}. */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * Parses {@code <n>ms}, {@code <n>s}, {@code <n>m} or {@code <n>h} ({@link Durations}).
   *
   * @throws TypeConversionException on anything else
   */
  static Duration parse(String value) {
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
