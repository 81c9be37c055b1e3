package io.github.ctyunjava.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in flags and profiles: a whole number and a unit, {@code 50ms},
 * {@code 30s}, {@code 2m}, {@code 1h}.
 */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private Durations() {}

  /**
   * Parses {@code <n>ms}, {@code <n>s}, {@code <n>m} or {@code <n>h}.
   *
   * @throws IllegalArgumentException on anything else
   */
  public static Duration parse(String value) {
    Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a duration: use a whole number and ms, s, m or h (50ms, 2s, 15m)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2);
    if (unit.equals("ms")) {
      return Duration.ofMillis(n);
    }
    if (unit.equals("s")) {
      return Duration.ofSeconds(n);
    }
    return unit.equals("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
  }

  /** {@link #parse}, refusing zero. */
  static Duration positive(String value) {
    Duration d = parse(value);
    if (d.isZero()) {
      throw new IllegalArgumentException("must be positive");
    }
    return d;
  }
}
