package io.github.ctyunjava.core.signer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The {@code Eop-date} value: {@code yyyyMMdd'T'HHmmss'Z'} in Beijing wall-clock time. The trailing
 * {@code Z} is a literal; the time is UTC+8 whatever the JVM's default zone.
 */
public final class EopDate {
  /** The zone EOP dates are written in. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private EopDate() {}

  /** The date for the clock's current instant. */
  public static String now(Clock clock) {
    return format(clock.instant());
  }

  /** The date for an instant. */
  public static String format(Instant instant) {
    return FORMAT.format(LocalDateTime.ofInstant(instant, BEIJING));
  }

  /**
   * Reads a date as Beijing wall-clock time.
   *
   * @throws IllegalArgumentException when the value is not {@code yyyyMMddTHHmmssZ}
   */
  public static Instant parse(String eopDate) {
    if (!isWellFormed(eopDate)) {
      throw new IllegalArgumentException("Eop-date must look like 20240611T101530Z");
    }
    try {
      return LocalDateTime.parse(eopDate, FORMAT).atZone(BEIJING).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Eop-date is not a valid date-time: " + eopDate, e);
    }
  }

  /** Whether the value has the 16-character shape {@code yyyyMMddTHHmmssZ}. */
  public static boolean isWellFormed(String s) {
    if (s == null || s.length() != 16 || s.charAt(8) != 'T' || s.charAt(15) != 'Z') {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      if (i != 8 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }
}
