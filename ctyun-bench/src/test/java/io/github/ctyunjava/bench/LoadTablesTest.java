package io.github.ctyunjava.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadTablesTest {
  /** A one-second window of {@code calls} successful calls. */
  private static LoadTables.Max window(String name, int calls) {
    LatencyRecorder latency = new LatencyRecorder();
    for (int i = 0; i < calls; i++) {
      latency.record(0, 0, 1_000_000, true);
    }
    return new LoadTables.Max(
        new LoadRun.Result(name, 1, 1.0, latency, new CpuMeter.PerCall(Double.NaN, Double.NaN)),
        0.0);
  }

  @Test
  void medianIsTheMiddleWindowWhateverTheOrder() {
    LoadTables.Max low = window("low", 10);
    LoadTables.Max mid = window("mid", 20);
    LoadTables.Max high = window("high", 30);
    assertThat(LoadTables.median(List.of(high, low, mid))).isSameAs(mid);
    assertThat(LoadTables.median(List.of(mid, high, low))).isSameAs(mid);
    assertThat(LoadTables.median(List.of(high, low)))
        .as("even count: the lower middle")
        .isSameAs(low);
    assertThat(LoadTables.median(List.of(high))).isSameAs(high);
  }

  @Test
  void roundsListEachWindowAndEachRoundsRatio() {
    String line =
        LoadTables.rounds(
            List.of(window("n1", 100), window("n2", 200)),
            List.of(window("s1", 50), window("s2", 40)));
    assertThat(line)
        .contains("in 2 windows each")
        .contains("100/50, 200/40")
        .contains("per round 0.50, 0.20");
  }

  @Test
  void aSingleRoundNeedsNoLine() {
    assertThat(LoadTables.rounds(List.of(window("n", 1)), List.of(window("s", 1)))).isEmpty();
  }
}
