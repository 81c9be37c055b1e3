package io.github.ctyunjava.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3): a whole number of seconds, or an HTTP
 * date, taken relative to the server's own {@code Date} when it sent one.
 */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * The wait the server asked for, never negative; null when the value is absent or malformed.
   *
   * @param value the {@code Retry-After} header
   * @param now the server's time ({@code Date}) if known, else the local time
   */
  static Duration parse(String value, Instant now) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    Instant at = httpDate(v);
    if (at == null) {
      return null;
    }
    Duration d = Duration.between(now, at);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** An RFC 1123 date ({@code Sun, 06 Nov 1994 08:49:37 GMT}), or null. */
  static Instant httpDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
