package io.github.ctyunjava.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
  private static final long MS = 1_000_000;

  @Test
  void latencyRunsFromTheIntendedTimeNotFromTheSend() {
    LatencyRecorder r = new LatencyRecorder();
    // meant for t=100 ms, sent at 150 ms (no free connection), answered at 152 ms
    r.record(100 * MS, 150 * MS, 152 * MS, true);
    assertThat(r.percentileMillis(50)).isCloseTo(52.0, within(0.1));
    assertThat(r.lateSends()).isEqualTo(1);
    assertThat(r.okCount()).isEqualTo(1);
  }

  @Test
  void aStallIsChargedToEveryCallScheduledDuringIt() {
    // one connection, a call every 10 ms, the first call stalls 100 ms, the rest take 1 ms each:
    // a closed loop would record one slow call and nine fast ones (coordinated omission)
    LatencyRecorder r = new LatencyRecorder();
    long free = 0;
    for (int i = 0; i < 10; i++) {
      long intended = i * 10 * MS;
      long sent = Math.max(intended, free);
      long done = sent + (i == 0 ? 100 * MS : MS);
      r.record(intended, sent, done, true);
      free = done;
    }
    // answers at 100, 101, ..., 109 ms for calls meant at 0, 10, ..., 90 ms: latencies 100, 91,
    // 82, ..., 19 ms (a closed loop would have recorded 100 ms once and 1 ms nine times)
    assertThat(r.okCount()).isEqualTo(10);
    assertThat(r.lateSends()).isEqualTo(9);
    assertThat(r.percentileMillis(50)).isCloseTo(55.0, within(0.1));
    assertThat(r.maxMillis()).isCloseTo(100.0, within(0.1));
    assertThat(r.percentileMillis(0)).isCloseTo(19.0, within(0.1));
  }

  @Test
  void failuresAndCallsNeverSentAreCountedApartFromTheLatencies() {
    LatencyRecorder r = new LatencyRecorder();
    r.record(0, 0, 3 * MS, true);
    r.record(0, 0, 500 * MS, false);
    r.recordNeverSent(10 * MS, 40 * MS);
    assertThat(r.okCount()).isEqualTo(1);
    assertThat(r.failedCount()).isEqualTo(2);
    assertThat(r.maxMillis()).isCloseTo(3.0, within(0.01));
  }

  @Test
  void mergingAddsCountsAndSamples() {
    LatencyRecorder a = new LatencyRecorder();
    LatencyRecorder b = new LatencyRecorder();
    a.record(0, 0, MS, true);
    b.record(0, 5 * MS, 9 * MS, true);
    b.record(0, 0, MS, false);
    a.add(b);
    assertThat(a.okCount()).isEqualTo(2);
    assertThat(a.failedCount()).isEqualTo(1);
    assertThat(a.lateSends()).isEqualTo(1);
    assertThat(a.maxMillis()).isCloseTo(9.0, within(0.01));
  }

  @Test
  void outOfRangeLatenciesAreClampedNotThrown() {
    LatencyRecorder r = new LatencyRecorder();
    r.record(10 * MS, 10 * MS, 5 * MS, true); // clock went backwards
    r.record(0, 0, 10 * LatencyRecorder.MAX_NANOS, true);
    assertThat(r.okCount()).isEqualTo(2);
    assertThat(r.percentileMillis(0)).isEqualTo(0.0);
    assertThat(r.maxMillis()).isCloseTo(LatencyRecorder.MAX_NANOS / 1e6, within(200.0));
  }

  @Test
  void noSamplesGiveNaNNotZero() {
    assertThat(new LatencyRecorder().percentileMillis(99)).isNaN();
  }
}
