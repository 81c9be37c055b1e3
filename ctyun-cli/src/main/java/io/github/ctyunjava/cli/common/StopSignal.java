package io.github.ctyunjava.cli.common;

import java.util.concurrent.CountDownLatch;

/**
 * How a foreground command ({@code ctyun local start}) learns that it should stop. The real one is
 * {@link #jvmShutdown()}: SIGINT/SIGTERM run a shutdown hook. Tests inject their own so they can
 * stop an in-process server.
 */
@FunctionalInterface
public interface StopSignal {
  /**
   * Blocks until a stop is requested, runs {@code stop} (on any thread) and returns once it has
   * finished.
   *
   * @throws InterruptedException when the waiting thread is interrupted; {@code stop} has then run
   */
  void awaitThenRun(Runnable stop) throws InterruptedException;

  /** Stops at once: {@code stop} runs on the calling thread. */
  static StopSignal immediate() {
    return Runnable::run;
  }

  /** Stops on JVM shutdown (SIGINT, SIGTERM, {@code System.exit}): a shutdown hook runs it. */
  static StopSignal jvmShutdown() {
    return stop -> {
      CountDownLatch done = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                try {
                  stop.run();
                } finally {
                  done.countDown();
                }
              },
              "ctyun-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        done.await();
      } catch (InterruptedException e) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
          stop.run();
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or has run: it stops the server
        }
        throw e;
      }
    };
  }
}
