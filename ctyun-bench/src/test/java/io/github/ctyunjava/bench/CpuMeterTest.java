package io.github.ctyunjava.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuMeterTest {
  @Test
  void cpuPerCallSplitsEmulatorThreadsFromTheRest() {
    CpuMeter.PerCall c =
        CpuMeter.perCall(
            new CpuMeter.Sample(1_000_000, 400_000), new CpuMeter.Sample(9_000_000, 3_400_000), 4);
    // 8 ms of process CPU over 4 calls, 3 ms of it on emulator threads
    assertThat(c.server()).isEqualTo(750.0);
    assertThat(c.other()).isEqualTo(1250.0);
  }

  @Test
  void withoutAnEmbeddedEmulatorOnlyTheDriverIsMeasured() {
    CpuMeter.PerCall c =
        CpuMeter.perCall(new CpuMeter.Sample(0, -1), new CpuMeter.Sample(2_000_000, -1), 2);
    assertThat(c.server()).isNaN();
    assertThat(c.other()).isEqualTo(1000.0);
  }

  @Test
  void noCallsGiveNoFigure() {
    CpuMeter.PerCall c = CpuMeter.perCall(new CpuMeter.Sample(0, 0), new CpuMeter.Sample(5, 5), 0);
    assertThat(c.server()).isNaN();
    assertThat(c.other()).isNaN();
  }
}
