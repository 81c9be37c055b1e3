package io.github.ctyunjava.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Learns how far the local clock is from the server's, from the HTTP {@code Date} header of a
 * response that rejected the request's date, so the next attempt signs with a corrected time.
 */
final class ClockSkew {
  private static final Duration THRESHOLD = Duration.ofSeconds(5);
  private final AtomicLong offsetMillis = new AtomicLong();

  /** The local time corrected by the learned offset. */
  Instant now(Clock clock) {
    return clock.instant().plusMillis(offsetMillis.get());
  }

  /** The current offset (server minus local). */
  Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  /**
   * Adopts the server's time if it differs from the corrected local time by more than a few
   * seconds.
   *
   * @return whether the offset changed (so a retry with a fresh date may now succeed)
   */
  boolean learn(Clock clock, String dateHeader) {
    if (dateHeader == null) {
      return false;
    }
    Instant server;
    try {
      server = ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return false;
    }
    long local = clock.instant().toEpochMilli();
    long wanted = server.toEpochMilli() - local;
    long current = offsetMillis.get();
    if (Math.abs(wanted - current) <= THRESHOLD.toMillis()) {
      return false;
    }
    offsetMillis.set(wanted);
    return true;
  }
}
