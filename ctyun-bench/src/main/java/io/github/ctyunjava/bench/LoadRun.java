package io.github.ctyunjava.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from N threads for a fixed time in a closed loop (each thread sends its next
 * call when the previous one is answered), for maximum throughput. Latency here follows throughput
 * (Little's law); {@link OpenLoopRun} measures latency at a given load. Every failure is counted.
 */
final class LoadRun {
  /** One call; throws on failure. */
  interface Call {
    void run(int thread, long sequence) throws Exception;
  }

  /** The outcome of a run. */
  record Result(
      String name, int threads, double seconds, LatencyRecorder latency, CpuMeter.PerCall cpu) {
    double perSecond() {
      return latency.okCount() / seconds;
    }

    long failed() {
      return latency.failedCount();
    }
  }

  private LoadRun() {}

  static Result run(String name, int threads, Duration warmup, Duration measure, Call call)
      throws InterruptedException {
    if (!warmup.isZero()) {
      drive(threads, warmup, call);
    }
    CpuMeter.Sample cpu = CpuMeter.now();
    long start = System.nanoTime();
    LatencyRecorder all = drive(threads, measure, call);
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter.PerCall perCall =
        CpuMeter.perCall(cpu, CpuMeter.now(), all.okCount() + all.failedCount());
    return new Result(name, threads, seconds, all, perCall);
  }

  private static LatencyRecorder drive(int threads, Duration length, Call call)
      throws InterruptedException {
    long deadline = System.nanoTime() + length.toNanos();
    CountDownLatch done = new CountDownLatch(threads);
    AtomicLong sequence = new AtomicLong();
    List<LatencyRecorder> perThread = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      LatencyRecorder recorder = new LatencyRecorder();
      perThread.add(recorder);
      Thread worker =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                      call.run(thread, sequence.getAndIncrement());
                      ok = true;
                    } catch (Exception e) {
                      ok = false;
                    }
                    recorder.record(t0, t0, System.nanoTime(), ok);
                  }
                } finally {
                  done.countDown();
                }
              },
              "load-" + t);
      worker.setDaemon(true);
      worker.start();
    }
    done.await();
    LatencyRecorder all = new LatencyRecorder();
    perThread.forEach(all::add);
    return all;
  }
}
