package io.github.ctyunjava.local.gateway;

import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.options.FaultKind;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Adds latency and answers a fraction of API calls with a 503 or a throttling error. */
public final class FaultInjector {
  private final double rate;
  private final FaultKind kind;
  private final Duration latency;
  private final DoubleSupplier random;

  /** An injector; {@code random} yields values in [0, 1). */
  public FaultInjector(double rate, FaultKind kind, Duration latency, DoubleSupplier random) {
    this.rate = rate;
    this.kind = kind;
    this.latency = latency;
    this.random = random;
  }

  /** An injector using a thread-local random source. */
  public static FaultInjector of(double rate, FaultKind kind, Duration latency) {
    return new FaultInjector(rate, kind, latency, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * Applies latency, then maybe fails.
   *
   * @throws ApiError 503 or 429 when this call is chosen to fail
   */
  public void apply() {
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (rate > 0 && random.getAsDouble() < rate) {
      if (kind == FaultKind.THROTTLE) {
        throw ApiError.gateway(
            429, "Eop.Throttling", "request rate exceeded (injected fault)", "请求过于频繁，已被限流");
      }
      throw ApiError.gateway(
          503,
          "Eop.ServiceUnavailable",
          "service temporarily unavailable (injected fault)",
          "服务暂不可用");
    }
  }
}
