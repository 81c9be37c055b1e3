package io.github.ctyunjava.core.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/** A one-thread timer whose thread does not keep the JVM alive and forgets cancelled tasks. */
public final class DaemonTimer {
  private DaemonTimer() {}

  /** A timer on one daemon thread named {@code threadName}. */
  public static ScheduledThreadPoolExecutor create(String threadName) {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
