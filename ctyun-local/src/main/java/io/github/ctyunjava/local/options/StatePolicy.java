package io.github.ctyunjava.local.options;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * When an asynchronous resource reaches its final state: at once, after a number of reads, or after
 * a delay. Worked out when the state is read, never by a background timer.
 *
 * @param kind the rule
 * @param count reads (for {@link Kind#AFTER_READS}) or seconds (for {@link Kind#AFTER_SECONDS})
 */
public record StatePolicy(Kind kind, long count) {

  /** Rule kinds. */
  public enum Kind {
    /** Final state on creation. */
    IMMEDIATE,
    /** Final state once read {@code count} times. */
    AFTER_READS,
    /** Final state {@code count} seconds after creation. */
    AFTER_SECONDS
  }

  /** Checks the count. */
  public StatePolicy {
    if (kind == null || count < 0) {
      throw new IllegalArgumentException("invalid state policy");
    }
  }

  /** The immediate policy. */
  public static StatePolicy immediate() {
    return new StatePolicy(Kind.IMMEDIATE, 0);
  }

  /**
   * Parses {@code immediate}, {@code reads:N} or {@code seconds:N}.
   *
   * @throws IllegalArgumentException on other text
   */
  public static StatePolicy parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("immediate")) {
      return immediate();
    }
    int colon = t.indexOf(':');
    if (colon > 0) {
      long n;
      try {
        n = Long.parseLong(t.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad state policy count: " + text, e);
      }
      switch (t.substring(0, colon)) {
        case "reads":
          return new StatePolicy(Kind.AFTER_READS, n);
        case "seconds":
          return new StatePolicy(Kind.AFTER_SECONDS, n);
        default:
          break;
      }
    }
    throw new IllegalArgumentException("state policy must be immediate, reads:N or seconds:N");
  }

  /**
   * Whether the resource is complete.
   *
   * @param createdAt when the resource was created
   * @param reads how many times it has been read, this read included
   * @param now the current time
   */
  public boolean isComplete(Instant createdAt, long reads, Instant now) {
    switch (kind) {
      case AFTER_READS:
        return reads >= count;
      case AFTER_SECONDS:
        return !now.isBefore(createdAt.plus(Duration.ofSeconds(count)));
      default:
        return true;
    }
  }

  /**
   * The earliest time at which {@link #isComplete} can turn true without another read: {@code
   * createdAt} for the immediate policy, {@code count} seconds later for the timed one, and {@link
   * Instant#MAX} for the read-counting one (only a read of the resource completes it, and that read
   * stores the new count).
   */
  public Instant earliestCompletion(Instant createdAt) {
    switch (kind) {
      case AFTER_READS:
        return Instant.MAX;
      case AFTER_SECONDS:
        return createdAt.plus(Duration.ofSeconds(count));
      default:
        return createdAt;
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case AFTER_READS:
        return "reads:" + count;
      case AFTER_SECONDS:
        return "seconds:" + count;
      default:
        return "immediate";
    }
  }
}
