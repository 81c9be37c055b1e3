package io.github.ctyunjava.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenLoopRunTest {
  @Test
  void sendsEveryScheduledCallOnceOverNoMoreConnectionsThanGiven() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    OpenLoopRun.Result r =
        OpenLoopRun.run(
            "t",
            2_000,
            ArrivalSchedule.Kind.UNIFORM,
            4,
            Duration.ZERO,
            Duration.ofMillis(250),
            (thread, seq) -> {
              mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              calls.incrementAndGet();
              inFlight.decrementAndGet();
            });
    // a call every 0.5 ms for 250 ms
    assertThat(calls).hasValue(500);
    assertThat(r.latency().okCount()).isEqualTo(500);
    assertThat(r.latency().failedCount()).isZero();
    assertThat(mostInFlight.get()).isBetween(1, 4);
  }

  @Test
  void aCallThatThrowsCountsAsFailed() throws Exception {
    OpenLoopRun.Result r =
        OpenLoopRun.run(
            "t",
            1_000,
            ArrivalSchedule.Kind.UNIFORM,
            2,
            Duration.ZERO,
            Duration.ofMillis(100),
            (thread, seq) -> {
              if (seq % 2 == 0) {
                throw new IllegalStateException("refused");
              }
            });
    assertThat(r.latency().okCount() + r.latency().failedCount()).isEqualTo(100);
    assertThat(r.latency().failedCount()).isPositive();
  }

  @Test
  void callsScheduledDuringAStallAreChargedTheirWaitFromTheirScheduledTime() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    // one connection, a call every 10 ms for 200 ms; the first call takes 100 ms (a slow server)
    OpenLoopRun.Result r =
        OpenLoopRun.run(
            "t",
            100,
            ArrivalSchedule.Kind.UNIFORM,
            1,
            Duration.ZERO,
            Duration.ofMillis(200),
            (thread, seq) -> {
              if (calls.getAndIncrement() == 0) {
                Thread.sleep(100);
              }
            });
    assertThat(r.latency().okCount()).isEqualTo(20);
    // the calls meant for 10..90 ms could only go once the first was answered
    assertThat(r.latency().lateSends()).isGreaterThanOrEqualTo(9);
    assertThat(r.latency().maxMillis()).isGreaterThanOrEqualTo(100.0);
    // waits of about 90, 80, ..., 10 ms: a quarter of all calls waited 50 ms or more (a closed
    // loop would have charged the stall to the first call only)
    assertThat(r.latency().percentileMillis(75)).isGreaterThanOrEqualTo(40.0);
  }
}
