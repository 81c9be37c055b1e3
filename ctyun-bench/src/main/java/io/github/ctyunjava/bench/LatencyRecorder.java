package io.github.ctyunjava.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Records the latency of calls as their users see it: from the time a call was meant to be sent
 * until its answer arrived. A call that waited for a free connection, or was sent late because the
 * client fell behind, is charged for the wait. Successful calls go into the histogram; failures are
 * counted (with their latency in a histogram of their own, so slow failures are visible too). One
 * recorder per thread; merge them with {@link #add}. Not thread-safe.
 */
final class LatencyRecorder {
  /** Highest recordable latency; a longer one is recorded as this. */
  static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(2);

  /** A send this much after its intended time counts as late (the hand-off itself takes µs). */
  static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Histogram ok = new Histogram(MAX_NANOS, 3);
  private final Histogram failed = new Histogram(MAX_NANOS, 3);
  private long lateSends;

  /**
   * Records a call.
   *
   * @param intendedNanos when the call was meant to be sent (its schedule slot)
   * @param sentNanos when it was actually sent
   * @param doneNanos when its answer (or failure) arrived
   * @param success whether it succeeded
   */
  void record(long intendedNanos, long sentNanos, long doneNanos, boolean success) {
    long latency = Math.min(MAX_NANOS, Math.max(0, doneNanos - intendedNanos));
    (success ? ok : failed).recordValue(latency);
    if (sentNanos - intendedNanos > LATE_NANOS) {
      lateSends++;
    }
  }

  /** Counts a scheduled call that was never sent (the run ended first) as a failure. */
  void recordNeverSent(long intendedNanos, long endNanos) {
    failed.recordValue(Math.min(MAX_NANOS, Math.max(0, endNanos - intendedNanos)));
  }

  /** Adds another recorder's samples to this one. */
  void add(LatencyRecorder other) {
    ok.add(other.ok);
    failed.add(other.failed);
    lateSends += other.lateSends;
  }

  /** Number of successful calls. */
  long okCount() {
    return ok.getTotalCount();
  }

  /** Number of failed (or never sent) calls. */
  long failedCount() {
    return failed.getTotalCount();
  }

  /** Number of calls sent more than {@link #LATE_NANOS} after their intended time. */
  long lateSends() {
    return lateSends;
  }

  /** The latency of successful calls at percentile {@code p} (0-100), in milliseconds. */
  double percentileMillis(double p) {
    return ok.getTotalCount() == 0 ? Double.NaN : ok.getValueAtPercentile(p) / 1e6;
  }

  /** The longest successful call, in milliseconds. */
  double maxMillis() {
    return ok.getTotalCount() == 0 ? Double.NaN : ok.getMaxValue() / 1e6;
  }
}
