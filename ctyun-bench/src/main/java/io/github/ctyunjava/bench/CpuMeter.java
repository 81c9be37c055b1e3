package io.github.ctyunjava.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of this process, split into the embedded emulator's threads (named {@code ctyun-local*})
 * and the rest (the driver's threads, and the JVM's garbage collector and compilers, which work for
 * both). CPU per call moves far less than calls per second when other work shares the machine, so
 * it is the figure to compare between runs on a busy machine.
 */
final class CpuMeter {
  private static final String SERVER_THREADS = "ctyun-local";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU used so far, in nanoseconds; {@code server} is -1 without an embedded emulator. */
  record Sample(long process, long server) {}

  /** CPU per call between two samples, in microseconds: emulator threads and everything else. */
  record PerCall(double server, double other) {}

  private CpuMeter() {}

  static Sample now() {
    long server = -1; // no emulator threads: the emulator runs elsewhere
    long[] ids = THREADS.getAllThreadIds();
    ThreadInfo[] infos = THREADS.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] != null && infos[i].getThreadName().startsWith(SERVER_THREADS)) {
        server = Math.max(0, server) + Math.max(0, THREADS.getThreadCpuTime(ids[i]));
      }
    }
    return new Sample(processCpu(), server);
  }

  /**
   * CPU per call between {@code a} and {@code b}. Server threads that ended in between lose their
   * time (the emulator's pool keeps its threads); driver threads do not (it is the process's).
   */
  static PerCall perCall(Sample a, Sample b, long calls) {
    if (calls <= 0) {
      return new PerCall(Double.NaN, Double.NaN);
    }
    double process = (b.process() - a.process()) / 1e3 / calls;
    if (a.server() < 0 || b.server() < 0) {
      return new PerCall(Double.NaN, process);
    }
    double server = (b.server() - a.server()) / 1e3 / calls;
    return new PerCall(server, process - server);
  }

  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
