package io.github.ctyunjava.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from N threads for a fixed time, and reports throughput and latency
 * percentiles. Bounded in time and count; every failure is counted, none is hidden.
 */
final class LoadRun {
  /** One call; throws on failure. */
  interface Call {
    void run(int thread, long sequence) throws Exception;
  }

  /** The outcome of a run. */
  record Result(
      String name, int threads, long ok, long failed, double seconds, long[] sortedNanos) {
    double perSecond() {
      return ok / seconds;
    }

    double percentileMillis(double p) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
      return sortedNanos[Math.max(i, 0)] / 1e6;
    }

    String row() {
      return String.format(
          "| %-34s | %3d | %9.0f | %7.2f | %7.2f | %7.2f | %6d |",
          name,
          threads,
          perSecond(),
          percentileMillis(50),
          percentileMillis(99),
          percentileMillis(99.9),
          failed);
    }

    static String header() {
      return "| operation                          | thr |  calls/s  | p50 ms  | p99 ms  | p99.9ms | failed |\n"
          + "|---|---|---|---|---|---|---|";
    }
  }

  private LoadRun() {}

  static Result run(String name, int threads, Duration warmup, Duration measure, Call call)
      throws InterruptedException {
    drive(threads, warmup, call, null);
    List<long[]> samples = new ArrayList<>();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    long ok = drive(threads, measure, call, samples, failed);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    return new Result(name, threads, ok, failed.get(), seconds, all);
  }

  private static long drive(int threads, Duration length, Call call, List<long[]> samples)
      throws InterruptedException {
    return drive(threads, length, call, samples, new AtomicLong());
  }

  private static long drive(
      int threads, Duration length, Call call, List<long[]> samples, AtomicLong failed)
      throws InterruptedException {
    long deadline = System.nanoTime() + length.toNanos();
    CountDownLatch done = new CountDownLatch(threads);
    AtomicLong ok = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      long[][] buffer = {new long[1 << 14]};
      int[] count = {0};
      Thread worker =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                      call.run(thread, sequence.getAndIncrement());
                      long took = System.nanoTime() - t0;
                      ok.incrementAndGet();
                      if (samples != null) {
                        if (count[0] == buffer[0].length) {
                          buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
                        }
                        buffer[0][count[0]++] = took;
                      }
                    } catch (Exception e) {
                      failed.incrementAndGet();
                    }
                  }
                } finally {
                  synchronized (perThread) {
                    perThread.add(Arrays.copyOf(buffer[0], count[0]));
                  }
                  done.countDown();
                }
              },
              "load-" + t);
      worker.setDaemon(true);
      worker.start();
    }
    done.await();
    if (samples != null) {
      samples.addAll(perThread);
    }
    return ok.get();
  }
}
