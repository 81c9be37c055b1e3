package io.github.ctyunjava.vpce;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.catalog.OperationInvoker;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import io.github.ctyunjava.vpce.catalog.OperationCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds a {@link VpceClient}: either over an existing {@link CtyunClient} (which the VPCE client
 * then does not close), or over a new one configured here.
 */
public final class VpceClientBuilder {
  private final CtyunClient.Builder core = CtyunClient.builder();
  private CtyunClient client;
  private Supplier<String> clientTokens = () -> UUID.randomUUID().toString();

  VpceClientBuilder() {}

  /** Uses an existing core client (shared, not closed by the VPCE client). */
  public VpceClientBuilder client(CtyunClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /** The credentials of a new core client (default: the standard chain). */
  public VpceClientBuilder credentialsProvider(CredentialsProvider provider) {
    core.credentialsProvider(provider);
    return this;
  }

  /** One base URL for every product, e.g. a ctyun-local emulator. */
  public VpceClientBuilder endpointOverride(String url) {
    core.endpointOverride(url);
    return this;
  }

  /**
   * The default {@code regionID} of operations that require one (default: {@code CTYUN_REGION},
   * else {@code region_id} of the profile).
   */
  public VpceClientBuilder regionId(String regionId) {
    core.regionId(regionId);
    return this;
  }

  /**
   * A PEM file of CA certificates trusted besides the JVM's (default: {@code CTYUN_CA_BUNDLE}, else
   * {@code ca_bundle} of the profile), e.g. ctyun-local's {@code <data-dir>/tls/ca.pem}.
   */
  public VpceClientBuilder caBundle(Path pemFile) {
    core.caBundle(pemFile);
    return this;
  }

  /**
   * The HTTP proxy of a new core client (default: JVM properties, else {@code HTTPS_PROXY} with
   * {@code NO_PROXY}, else {@code proxy} of the profile); see {@link CtyunClient.Builder#proxy}.
   */
  public VpceClientBuilder proxy(ProxyConfiguration proxy) {
    core.proxy(proxy);
    return this;
  }

  /** The profile of {@code ~/.ctyun} to fall back on (default: {@code CTYUN_PROFILE}). */
  public VpceClientBuilder profile(String profile) {
    core.profile(profile);
    return this;
  }

  /** The retry policy of a new core client. */
  public VpceClientBuilder retryPolicy(RetryPolicy policy) {
    core.retryPolicy(policy);
    return this;
  }

  /**
   * The most a whole call of a new core client may take, retries and waits included (default 2
   * min); see {@link CtyunClient.Builder#apiCallTimeout}.
   */
  public VpceClientBuilder apiCallTimeout(Duration timeout) {
    core.apiCallTimeout(timeout);
    return this;
  }

  /**
   * The most one attempt of a new core client may take, even against a server that trickles its
   * answer; see {@link CtyunClient.Builder#apiCallAttemptTimeout}.
   */
  public VpceClientBuilder apiCallAttemptTimeout(Duration timeout) {
    core.apiCallAttemptTimeout(timeout);
    return this;
  }

  /** Any other setting of a new core client. */
  public VpceClientBuilder core(Consumer<CtyunClient.Builder> customizer) {
    customizer.accept(core);
    return this;
  }

  /**
   * Where generated clientTokens come from (default: random UUIDs). A token is generated once per
   * call, before the first attempt, so retries repeat it.
   */
  public VpceClientBuilder clientTokenSupplier(Supplier<String> supplier) {
    this.clientTokens = Objects.requireNonNull(supplier, "supplier");
    return this;
  }

  /** Builds the client. */
  public VpceClient build() {
    boolean owns = client == null;
    CtyunClient c = owns ? core.build() : client;
    return new DefaultVpceClient(
        new OperationInvoker(c, owns, OperationCatalog.load(), clientTokens));
  }
}
