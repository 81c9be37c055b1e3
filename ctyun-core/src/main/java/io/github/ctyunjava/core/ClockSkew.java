package io.github.ctyunjava.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Learns how far the local clock is from the server's, from the HTTP {@code Date} header of a
 * response that rejected the request's date, so the next attempt signs with a corrected time.
 * Offsets beyond {@link #MAX_OFFSET} are refused: a clock a day off is a configuration problem, and
 * a bogus {@code Date} (a year ahead) must not make the client sign with next year's date.
 */
final class ClockSkew {
  /** The largest offset that is learned. */
  static final Duration MAX_OFFSET = Duration.ofDays(1);

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
   * Adopts the server's time if it differs from the corrected local time by more than a few seconds
   * and from the local time by at most {@link #MAX_OFFSET}.
   *
   * @return whether the offset changed (so a retry with a fresh date may now succeed)
   */
  boolean learn(Clock clock, String dateHeader) {
    Instant server = RetryAfter.httpDate(dateHeader);
    if (server == null) {
      return false;
    }
    long wanted = server.toEpochMilli() - clock.instant().toEpochMilli();
    if (Math.abs(wanted) > MAX_OFFSET.toMillis()) {
      return false;
    }
    long current = offsetMillis.get();
    if (Math.abs(wanted - current) <= THRESHOLD.toMillis()) {
      return false;
    }
    offsetMillis.set(wanted);
    return true;
  }
}
