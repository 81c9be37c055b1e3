package io.github.ctyunjava.local.store;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a PostgreSQL transaction again when the database rejected it because of a concurrent one
 * (possibly on another emulator): a unique key another transaction took first (one clientToken or
 * one address used by two accounts' calls at once, a random ID drawn twice), a deadlock between
 * rows locked in different orders, or a serialization failure. The rerun sees what the winner
 * committed, so it answers as if it had come second. Attempts are spaced by a short random back-off
 * and stop after {@link #BUDGET_MILLIS}.
 */
final class PostgresRetry {
  /** How long a transaction keeps being retried before its conflict is reported. */
  static final long BUDGET_MILLIS = 30_000;

  private static final Set<String> RETRYABLE =
      Set.of(
          "40001", // serialization_failure
          "40P01", // deadlock_detected
          "23505"); // unique_violation

  /** Races settle in one or two reruns; a key that keeps clashing is a bug, not a race. */
  static final int MAX_ATTEMPTS = 10;

  private static final long MAX_BACKOFF_MICROS = 20_000;

  private PostgresRetry() {}

  /** Runs {@code attempt} until it succeeds, fails otherwise, or the budget is spent. */
  static <T> T run(Supplier<T> attempt) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
    for (int n = 1; ; n++) {
      try {
        return attempt.get();
      } catch (StoreException e) {
        if (!isConflict(e) || n >= MAX_ATTEMPTS || System.nanoTime() > deadline) {
          throw e;
        }
      }
      pause(n);
    }
  }

  /** Whether the failure is a conflict with a concurrent transaction, worth one more attempt. */
  static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return RETRYABLE.contains(sql.getSQLState());
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    long cap = Math.min(MAX_BACKOFF_MICROS, 500L << Math.min(attempt, 10));
    long micros = ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
    try {
      TimeUnit.MICROSECONDS.sleep(micros);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while retrying a transaction", e);
    }
  }
}
