package io.github.ctyunjava.spring;

import io.github.ctyunjava.ecx.EcxClient;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Adds {@link CtyunHealthIndicator} ({@code ctyun} in {@code /actuator/health}) when Actuator is on
 * the classpath and {@code ctyun.health.enabled=true}. Off by default: every health poll makes a
 * signed call, which costs API quota and, with a load balancer polling, adds up.
 */
@AutoConfiguration(after = CtyunAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(EcxClient.class)
@ConditionalOnProperty(prefix = "ctyun.health", name = "enabled", havingValue = "true")
public class CtyunHealthAutoConfiguration {

  /** The indicator, named {@code ctyun} after its bean. */
  @Bean
  @ConditionalOnMissingBean(name = "ctyunHealthIndicator")
  public CtyunHealthIndicator ctyunHealthIndicator(EcxClient ecxClient) {
    return new CtyunHealthIndicator(ecxClient);
  }
}
