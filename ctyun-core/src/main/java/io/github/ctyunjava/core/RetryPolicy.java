package io.github.ctyunjava.core;

import io.github.ctyunjava.core.exception.CtyunServiceException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * When and how long to wait before trying a call again: capped exponential backoff with full jitter
 * ({@code random(0, min(maxDelay, baseDelay * 2^(retry-1)))}). Connect failures are always retried
 * (nothing reached the service); HTTP 429/502/503/504, throttling error codes and read failures
 * only when the request is safe to repeat ({@link CtyunRequest#isRetrySafe()}). A 429 or 503 with a
 * {@code Retry-After} waits what the server asked, at most {@code maxDelay}.
 */
public final class RetryPolicy {
  private static final Set<Integer> DEFAULT_STATUSES =
      Collections.unmodifiableSet(new HashSet<>(Arrays.asList(429, 502, 503, 504)));

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.retryableStatuses = Collections.unmodifiableSet(new HashSet<>(b.retryableStatuses));
  }

  /** Three attempts, 100 ms base delay, 20 s cap. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A single attempt, no retries. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Total attempts, including the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The largest wait between two attempts; also the cap on a server's {@code Retry-After}. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** Whether an HTTP status is worth retrying. */
  public boolean isRetryableStatus(int httpStatus) {
    return retryableStatuses.contains(httpStatus);
  }

  /** Whether a CTyun error code means "throttled": worth retrying after a pause. */
  public boolean isThrottlingCode(String errorCode) {
    return CtyunServiceException.isThrottlingCode(errorCode);
  }

  /** The pause before retry number {@code retry} (1 for the first retry), with full jitter. */
  public Duration backoff(int retry, Random random) {
    long cap = maxDelay.toMillis();
    long exp = baseDelay.toMillis() << Math.min(Math.max(retry - 1, 0), 20);
    long bound = Math.max(1, Math.min(cap, exp));
    return Duration.ofMillis((long) (random.nextDouble() * bound));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + "}";
  }

  /** Builder of {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(100);
    private Duration maxDelay = Duration.ofSeconds(20);
    private Set<Integer> retryableStatuses = DEFAULT_STATUSES;

    private Builder() {}

    /** Total attempts including the first; at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The delay cap for the first retry, doubled for each further one. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = Objects.requireNonNull(baseDelay, "baseDelay");
      return this;
    }

    /** The largest delay between two attempts. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
      return this;
    }

    /** The HTTP statuses to retry (default 429, 502, 503, 504). */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = new HashSet<>(statuses);
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
