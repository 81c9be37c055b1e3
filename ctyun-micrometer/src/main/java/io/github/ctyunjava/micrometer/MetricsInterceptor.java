package io.github.ctyunjava.micrometer;

import io.github.ctyunjava.core.CtyunResponse;
import io.github.ctyunjava.core.ExecutionContext;
import io.github.ctyunjava.core.ExecutionInterceptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Records CTyun calls in a Micrometer {@link MeterRegistry}: a {@link Timer} {@value #CALLS} per
 * call, tagged {@code product}, {@code operation}, {@code outcome} ({@code success}, {@code
 * service_error}, {@code client_error}) and {@code error_code} (the service's code, else {@code
 * none}), and a {@link Counter} {@value #RETRIES} of the attempts after the first, tagged {@code
 * product} and {@code operation}.
 *
 * <pre>{@code
 * CtyunClient client = CtyunClient.builder()
 *     .addInterceptor(MetricsInterceptor.create(meterRegistry))
 *     .build();
 * }</pre>
 */
public final class MetricsInterceptor implements ExecutionInterceptor {
  /** The name of the per-call timer. */
  public static final String CALLS = "ctyun.client.calls";

  /** The name of the retry counter. */
  public static final String RETRIES = "ctyun.client.retries";

  /** The {@code error_code} tag of calls without a service error code. */
  public static final String NO_ERROR_CODE = "none";

  private final MeterRegistry registry;

  private MetricsInterceptor(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** An interceptor recording into {@code registry}. */
  public static MetricsInterceptor create(MeterRegistry registry) {
    return new MetricsInterceptor(registry);
  }

  @Override
  public void beforeAttempt(ExecutionContext context) {
    if (context.attempts() > 1) {
      Counter.builder(RETRIES)
          .description("CTyun API attempts after the first of a call")
          .tags(Tags.of("product", context.product(), "operation", context.operation()))
          .register(registry)
          .increment();
    }
  }

  @Override
  public void afterExecution(ExecutionContext context, CtyunResponse response) {
    record(context);
  }

  @Override
  public void onExecutionFailure(ExecutionContext context) {
    record(context);
  }

  private void record(ExecutionContext context) {
    String errorCode = context.errorCode();
    Timer.builder(CALLS)
        .description("CTyun API calls, all attempts and waits between them included")
        .tags(
            Tags.of(
                "product", context.product(),
                "operation", context.operation(),
                "outcome", context.outcome().name().toLowerCase(Locale.ROOT),
                "error_code", errorCode == null || errorCode.isEmpty() ? NO_ERROR_CODE : errorCode))
        .register(registry)
        .record(context.duration().toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return "MetricsInterceptor{" + registry.getClass().getSimpleName() + "}";
  }
}
