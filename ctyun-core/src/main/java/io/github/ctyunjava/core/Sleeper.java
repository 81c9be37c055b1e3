package io.github.ctyunjava.core;

import java.time.Duration;

/** Waits between attempts; replaceable so tests can record delays instead of waiting. */
public interface Sleeper {
  /** The real thing: {@link Thread#sleep}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /** Pauses for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
