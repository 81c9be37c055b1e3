package io.github.ctyunjava.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one operation at a fixed arrival rate (open loop): each call is sent at its scheduled time
 * whatever happened to earlier calls, by whichever of a pool of connections (one thread each) is
 * free, and latency is measured from the scheduled time ({@link LatencyRecorder}). Calls still
 * unanswered when the drain time after the run is over count as failures.
 */
final class OpenLoopRun {
  private static final long STOP = Long.MIN_VALUE;
  private static final Duration DRAIN = Duration.ofSeconds(30);

  /** The outcome of a run. */
  record Result(
      String name,
      double targetRate,
      int connections,
      double seconds,
      LatencyRecorder latency,
      CpuMeter.PerCall cpu) {
    /** Successful calls per second of the measured window. */
    double perSecond() {
      return latency.okCount() / seconds;
    }
  }

  private OpenLoopRun() {}

  /**
   * Warms up, then measures.
   *
   * @param ratePerSecond arrival rate
   * @param kind Poisson or uniform arrivals
   * @param connections concurrent connections (calls in flight at most; the rest queue, and their
   *     wait counts as latency)
   */
  static Result run(
      String name,
      double ratePerSecond,
      ArrivalSchedule.Kind kind,
      int connections,
      Duration warmup,
      Duration measure,
      LoadRun.Call call)
      throws InterruptedException {
    if (!warmup.isZero()) {
      drive(ratePerSecond, kind, connections, warmup, call, 1);
    }
    CpuMeter.Sample cpu = CpuMeter.now();
    LatencyRecorder recorded = drive(ratePerSecond, kind, connections, measure, call, 2);
    CpuMeter.PerCall perCall =
        CpuMeter.perCall(cpu, CpuMeter.now(), recorded.okCount() + recorded.failedCount());
    return new Result(name, ratePerSecond, connections, measure.toNanos() / 1e9, recorded, perCall);
  }

  private static LatencyRecorder drive(
      double rate,
      ArrivalSchedule.Kind kind,
      int connections,
      Duration length,
      LoadRun.Call call,
      long seed)
      throws InterruptedException {
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
    Slots slots = new Slots(ArrivalSchedule.of(kind, rate, seed), start, length.toNanos());
    List<LatencyRecorder> recorders = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      LatencyRecorder r = new LatencyRecorder();
      recorders.add(r);
      int thread = t;
      Thread w = new Thread(() -> serve(thread, slots, call, r), "open-loop-" + t);
      w.setDaemon(true);
      w.start();
      workers.add(w);
    }
    long deadline = start + length.toNanos() + DRAIN.toNanos();
    for (Thread w : workers) {
      w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    LatencyRecorder all = new LatencyRecorder();
    long end = System.nanoTime();
    for (long at : slots.close()) {
      all.recordNeverSent(at, end);
    }
    for (int t = 0; t < connections; t++) {
      LatencyRecorder r = recorders.get(t);
      synchronized (r) {
        all.add(r);
      }
      if (workers.get(t).isAlive()) {
        workers.get(t).interrupt();
        all.recordNeverSent(start, end); // the call it is stuck in
      }
    }
    return all;
  }

  /**
   * A connection that is free takes the next send time and sends at that time (or at once, when it
   * is late). No dispatcher thread hands calls over: each call costs the driver one wake-up, not
   * two, which on a machine the emulator shares leaves more of the cores to the emulator.
   */
  private static void serve(int thread, Slots slots, LoadRun.Call call, LatencyRecorder recorder) {
    long sequence = 0;
    for (long at = slots.claim(); at != STOP; at = slots.claim()) {
      for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
        LockSupport.parkNanos(wait);
        if (Thread.interrupted()) {
          return;
        }
      }
      long sent = System.nanoTime();
      boolean ok;
      try {
        call.run(thread, sequence++);
        ok = true;
      } catch (Exception e) {
        ok = false;
      }
      long done = System.nanoTime();
      synchronized (recorder) {
        recorder.record(at, sent, done, ok);
      }
    }
  }

  /** The run's send times, taken in order by whichever connection is free first. */
  private static final class Slots {
    private final ArrivalSchedule schedule;
    private final long start;
    private final long lengthNanos;
    private boolean closed;

    Slots(ArrivalSchedule schedule, long start, long lengthNanos) {
      this.schedule = schedule;
      this.start = start;
      this.lengthNanos = lengthNanos;
    }

    /** The next send time, or {@link #STOP} once the run's length is reached or it is closed. */
    synchronized long claim() {
      if (closed) {
        return STOP;
      }
      long offset = schedule.nextOffsetNanos();
      if (offset >= lengthNanos) {
        closed = true;
        return STOP;
      }
      return start + offset;
    }

    /** Closes the schedule and returns the send times nobody took (connections all stuck). */
    synchronized List<Long> close() {
      List<Long> left = new ArrayList<>();
      if (!closed) {
        for (long offset = schedule.nextOffsetNanos();
            offset < lengthNanos;
            offset = schedule.nextOffsetNanos()) {
          left.add(start + offset);
        }
        closed = true;
      }
      return left;
    }
  }
}
