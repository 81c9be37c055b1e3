package io.github.ctyunjava.spring;

import io.github.ctyunjava.micrometer.MetricsInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Records CTyun calls in the application's {@link MeterRegistry} (see {@link MetricsInterceptor})
 * when there is one; {@code ctyun.metrics.enabled=false} turns it off.
 */
@AutoConfiguration(
    before = CtyunAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, MetricsInterceptor.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "ctyun.metrics", name = "enabled", matchIfMissing = true)
public class CtyunMetricsAutoConfiguration {

  /** The interceptor the auto-configured {@code CtyunClient} picks up. */
  @Bean
  @ConditionalOnMissingBean
  public MetricsInterceptor ctyunMetricsInterceptor(MeterRegistry registry) {
    return MetricsInterceptor.create(registry);
  }
}
