package io.github.ctyunjava.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {
  @Test
  void uniformArrivalsAreEvenlySpacedFromTheStart() {
    ArrivalSchedule s = ArrivalSchedule.of(ArrivalSchedule.Kind.UNIFORM, 4, 1);
    assertThat(new long[] {s.nextOffsetNanos(), s.nextOffsetNanos(), s.nextOffsetNanos()})
        .containsExactly(0L, 250_000_000L, 500_000_000L);
  }

  @Test
  void uniformOffsetsDoNotDriftOverMillionsOfCalls() {
    // 3/s: a gap of 333,333,333.33 ns; summing rounded gaps would lose a third of a ns per call
    ArrivalSchedule s = ArrivalSchedule.of(ArrivalSchedule.Kind.UNIFORM, 3, 1);
    long last = 0;
    for (int i = 0; i <= 3_000_000; i++) {
      last = s.nextOffsetNanos();
    }
    assertThat(last).isEqualTo(1_000_000L * 1_000_000_000L);
  }

  @Test
  void poissonArrivalsHaveTheRateAsTheirMeanAndExponentialGaps() {
    ArrivalSchedule s = ArrivalSchedule.of(ArrivalSchedule.Kind.POISSON, 1000, 42);
    int n = 200_000;
    long prev = s.nextOffsetNanos();
    assertThat(prev).isZero();
    long shorterThanMean = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      long next = s.nextOffsetNanos();
      long gap = next - prev;
      assertThat(gap).isGreaterThanOrEqualTo(0);
      if (gap < 1_000_000) {
        shorterThanMean++;
      }
      sumSquares += (gap / 1e6) * (gap / 1e6);
      prev = next;
    }
    // n gaps of mean 1 ms: the last arrival near n ms (sd of the sum is sqrt(n) ms, ~0.2%)
    assertThat(prev / 1e6 / n).isCloseTo(1.0, within(0.01));
    // exponential: P(gap < mean) = 1 - 1/e = 0.632; E[gap^2] = 2 mean^2 (uniform: 0 and 1)
    assertThat((double) shorterThanMean / n).isCloseTo(1 - Math.exp(-1), within(0.01));
    assertThat(sumSquares / n).isCloseTo(2.0, within(0.05));
  }

  @Test
  void theSameSeedGivesTheSameSchedule() {
    ArrivalSchedule a = ArrivalSchedule.of(ArrivalSchedule.Kind.POISSON, 500, 7);
    ArrivalSchedule b = ArrivalSchedule.of(ArrivalSchedule.Kind.POISSON, 500, 7);
    for (int i = 0; i < 1000; i++) {
      assertThat(a.nextOffsetNanos()).isEqualTo(b.nextOffsetNanos());
    }
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> ArrivalSchedule.of(ArrivalSchedule.Kind.UNIFORM, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArrivalSchedule.of(ArrivalSchedule.Kind.POISSON, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kindsParseCaseInsensitively() {
    assertThat(ArrivalSchedule.Kind.parse(" Poisson")).isEqualTo(ArrivalSchedule.Kind.POISSON);
    assertThat(ArrivalSchedule.Kind.parse("uniform")).isEqualTo(ArrivalSchedule.Kind.UNIFORM);
  }
}
