package io.github.ctyunjava.http.jdk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the JVM's live threads while a run goes on and keeps the most seen at once, leaving out
 * the in-process emulator's own pool ({@code ctyun-local-*}), which a real service would not put in
 * the client's JVM.
 */
final class ThreadSampler implements AutoCloseable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final AtomicInteger peakClientSide = new AtomicInteger();
  private final Thread sampler;
  private volatile boolean running = true;

  ThreadSampler() {
    THREADS.resetPeakThreadCount();
    sampler =
        new Thread(
            () -> {
              while (running) {
                List<String> names = clientSideNames();
                if (names.size() > peakClientSide.get()) {
                  peakNames = names;
                }
                peakClientSide.accumulateAndGet(names.size(), Math::max);
                LockSupport.parkNanos(1_000_000); // sampling rate: 1 kHz at most
              }
            },
            "thread-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Live threads not belonging to the emulator. */
  static int clientSideThreads() {
    return clientSideNames().size();
  }

  /** The names of the live threads not belonging to the emulator. */
  static List<String> clientSideNames() {
    List<String> n = new ArrayList<>();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && !t.getThreadName().startsWith("ctyun-local")) {
        n.add(t.getThreadName());
      }
    }
    return n;
  }

  private volatile List<String> peakNames = List.of();

  /** The names of the threads at the peak, to say which grew. */
  List<String> peakNames() {
    return peakNames;
  }

  /** The most client-side threads seen at once. */
  int peakClientSide() {
    return peakClientSide.get();
  }

  /** The JVM's peak thread count since this sampler started, the emulator's pool included. */
  static int peakAll() {
    return THREADS.getPeakThreadCount();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }
}
