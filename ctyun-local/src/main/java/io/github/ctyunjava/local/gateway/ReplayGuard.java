package io.github.ctyunjava.local.gateway;

import java.time.Instant;

/**
 * Remembers request ids to refuse their reuse ({@code --reject-replay}). Implementations decide
 * atomically: of many concurrent calls with one key, exactly one gets true.
 */
@FunctionalInterface
public interface ReplayGuard {
  /**
   * Records {@code key} until {@code until}.
   *
   * @return false when the key is already recorded and not expired at {@code now}
   */
  boolean firstUse(String key, Instant until, Instant now);

  /** A guard for one emulator process. */
  static ReplayGuard inMemory() {
    return new MemoryReplayGuard();
  }
}
