package io.github.ctyunjava.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * When each call of an open-loop run is meant to be sent, as offsets from the start of the run. The
 * times depend only on the rate and the arrival kind, never on how long earlier calls took: that is
 * what keeps a slow server from slowing the load down (coordinated omission). Not thread-safe.
 */
final class ArrivalSchedule {
  /** How the gaps between calls are drawn. */
  enum Kind {
    /** Independent arrivals: exponentially distributed gaps with mean 1/rate. */
    POISSON,
    /** Evenly spaced arrivals, exactly 1/rate apart. */
    UNIFORM;

    static Kind parse(String text) {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
  }

  private final Kind kind;
  private final double meanGapNanos;
  private final SplittableRandom random;
  private long index;
  private double offsetNanos;

  private ArrivalSchedule(Kind kind, double ratePerSecond, long seed) {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number of calls per second");
    }
    this.kind = kind;
    this.meanGapNanos = 1e9 / ratePerSecond;
    this.random = new SplittableRandom(seed);
  }

  /** A schedule of {@code kind} at {@code ratePerSecond}; {@code seed} fixes the Poisson draws. */
  static ArrivalSchedule of(Kind kind, double ratePerSecond, long seed) {
    return new ArrivalSchedule(kind, ratePerSecond, seed);
  }

  /** The intended send time of the next call, in nanoseconds after the start of the run. */
  long nextOffsetNanos() {
    if (kind == Kind.UNIFORM) {
      // from the index, not by adding gaps: no rounding drift over millions of calls
      return Math.round(index++ * meanGapNanos);
    }
    long at = Math.round(offsetNanos);
    // inverse transform of U in (0, 1]: never log(0)
    offsetNanos += -Math.log(1.0 - random.nextDouble()) * meanGapNanos;
    return at;
  }
}
