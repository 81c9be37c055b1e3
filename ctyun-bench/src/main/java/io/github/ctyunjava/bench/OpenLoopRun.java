package io.github.ctyunjava.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one operation at a fixed arrival rate (open loop): a dispatcher releases each call at its
 * scheduled time whatever happened to earlier calls, a pool of connections (one thread each) sends
 * them, and latency is measured from the scheduled time ({@link LatencyRecorder}). Calls still
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
    BlockingQueue<Long> due = new LinkedBlockingQueue<>();
    List<LatencyRecorder> recorders = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      LatencyRecorder r = new LatencyRecorder();
      recorders.add(r);
      int thread = t;
      Thread w = new Thread(() -> serve(thread, due, call, r), "open-loop-" + t);
      w.setDaemon(true);
      w.start();
      workers.add(w);
    }
    ArrivalSchedule schedule = ArrivalSchedule.of(kind, rate, seed);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
    long lengthNanos = length.toNanos();
    for (long offset = schedule.nextOffsetNanos();
        offset < lengthNanos;
        offset = schedule.nextOffsetNanos()) {
      long at = start + offset;
      for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      due.add(at);
    }
    for (int t = 0; t < connections; t++) {
      due.add(STOP);
    }
    long deadline = System.nanoTime() + DRAIN.toNanos();
    for (Thread w : workers) {
      w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    LatencyRecorder all = new LatencyRecorder();
    long end = System.nanoTime();
    List<Long> left = new ArrayList<>();
    due.drainTo(left);
    for (long at : left) {
      if (at != STOP) {
        all.recordNeverSent(at, end);
      }
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

  private static void serve(
      int thread, BlockingQueue<Long> due, LoadRun.Call call, LatencyRecorder recorder) {
    long sequence = 0;
    while (true) {
      long at;
      try {
        at = due.take();
      } catch (InterruptedException e) {
        return;
      }
      if (at == STOP) {
        return;
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
}
