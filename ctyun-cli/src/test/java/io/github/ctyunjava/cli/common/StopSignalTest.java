package io.github.ctyunjava.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StopSignalTest {
  @Test
  void anInterruptedWaitStopsTheServerOnceAndRethrows() throws Exception {
    AtomicInteger stops = new AtomicInteger();
    AtomicBoolean rethrown = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              try {
                StopSignal.jvmShutdown().awaitThenRun(stops::incrementAndGet);
              } catch (InterruptedException e) {
                rethrown.set(true);
              }
            });
    waiter.start();
    waiter.interrupt(); // before or during the wait: either way the wait ends at once

    waiter.join(30_000);
    assertThat(waiter.isAlive()).isFalse();
    assertThat(rethrown).isTrue();
    assertThat(stops).hasValue(1);
  }

  @Test
  void immediateStopsOnTheCallingThread() throws Exception {
    Thread[] ran = new Thread[1];

    StopSignal.immediate().awaitThenRun(() -> ran[0] = Thread.currentThread());

    assertThat(ran[0]).isSameAs(Thread.currentThread());
  }
}
