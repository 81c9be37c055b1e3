package io.github.ctyunjava.spring;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.ExecutionInterceptor;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import io.github.ctyunjava.ecx.EcxAsyncClient;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.vpce.VpceAsyncClient;
import io.github.ctyunjava.vpce.VpceClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures a {@link CtyunClient} from {@link CtyunProperties}, with every {@link
 * ExecutionInterceptor} bean added, and the typed {@link VpceClient} and {@link EcxClient} (and
 * their async variants) over it. Each bean backs off when the application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(CtyunProperties.class)
public class CtyunAutoConfiguration {

  /** The core client; closed with the context. */
  @Bean
  @ConditionalOnMissingBean
  public CtyunClient ctyunClient(
      CtyunProperties properties,
      ObjectProvider<ExecutionInterceptor> interceptors,
      ObjectProvider<CtyunClientBuilderCustomizer> customizers) {
    CtyunClient.Builder b = CtyunClient.builder();
    apply(properties, b);
    interceptors.orderedStream().forEach(b::addInterceptor);
    customizers.orderedStream().forEach(c -> c.customize(b));
    return b.build();
  }

  /** {@code ctyun.proxy}: a proxy URL, or {@code none} for direct connections. */
  private static ProxyConfiguration proxy(String value) {
    if ("none".equalsIgnoreCase(value.trim())) {
      return ProxyConfiguration.none();
    }
    try {
      return ProxyConfiguration.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("ctyun.proxy: " + e.getMessage(), e); // password masked
    }
  }

  private static void apply(CtyunProperties p, CtyunClient.Builder b) {
    if ((p.getAccessKey() == null) != (p.getSecretKey() == null)) {
      throw new IllegalStateException(
          "set ctyun.access-key and ctyun.secret-key together, or neither (to use the profile"
              + " or the CTYUN_ACCESS_KEY/CTYUN_SECRET_KEY environment)");
    }
    if (p.getAccessKey() != null) {
      b.credentialsProvider(StaticCredentialsProvider.create(p.getAccessKey(), p.getSecretKey()));
    }
    PropertyMapper map = PropertyMapper.get().alwaysApplyingWhenNonNull();
    map.from(p::getProfile).to(b::profile);
    map.from(p::getEndpointUrl).to(b::endpointOverride);
    map.from(p::getRegion).to(b::regionId);
    map.from(p::getCaBundle).to(b::caBundle);
    map.from(p::getProxy).as(CtyunAutoConfiguration::proxy).to(b::proxy);
    map.from(p::getApiCallTimeout).to(b::apiCallTimeout);
    map.from(p::getApiCallAttemptTimeout).to(b::apiCallAttemptTimeout);
    map.from(p::getConnectTimeout).to(b::connectTimeout);
    map.from(p::getReadTimeout).to(b::readTimeout);
    map.from(p::getMaxAttempts)
        .as(n -> RetryPolicy.builder().maxAttempts(n).build())
        .to(b::retryPolicy);
  }

  /** The VPC Endpoint client over the core client (which it does not close). */
  @Bean
  @ConditionalOnMissingBean
  public VpceClient vpceClient(CtyunClient ctyunClient) {
    return VpceClient.builder().client(ctyunClient).build();
  }

  /** The ECX client over the core client (which it does not close). */
  @Bean
  @ConditionalOnMissingBean
  public EcxClient ecxClient(CtyunClient ctyunClient) {
    return EcxClient.builder().client(ctyunClient).build();
  }

  /** Runs {@link VpceClient} calls on a pool of {@code ctyun.async-threads} threads. */
  @Bean
  @ConditionalOnMissingBean
  public VpceAsyncClient vpceAsyncClient(VpceClient vpceClient, CtyunProperties properties) {
    return VpceAsyncClient.create(vpceClient, properties.getAsyncThreads());
  }

  /** Runs {@link EcxClient} calls on a pool of {@code ctyun.async-threads} threads. */
  @Bean
  @ConditionalOnMissingBean
  public EcxAsyncClient ecxAsyncClient(EcxClient ecxClient, CtyunProperties properties) {
    return EcxAsyncClient.create(ecxClient, properties.getAsyncThreads());
  }
}
