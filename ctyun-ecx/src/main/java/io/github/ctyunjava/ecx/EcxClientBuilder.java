package io.github.ctyunjava.ecx;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.catalog.OperationInvoker;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import io.github.ctyunjava.ecx.catalog.OperationCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds a {@link EcxClient}: either over an existing {@link CtyunClient} (which the ECX client
 * then does not close), or over a new one configured here.
 */
public final class EcxClientBuilder {
  private final CtyunClient.Builder core = CtyunClient.builder();
  private CtyunClient client;

  EcxClientBuilder() {}

  /** Uses an existing core client (shared, not closed by the ECX client). */
  public EcxClientBuilder client(CtyunClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /** The credentials of a new core client (default: the standard chain). */
  public EcxClientBuilder credentialsProvider(CredentialsProvider provider) {
    core.credentialsProvider(provider);
    return this;
  }

  /** One base URL for every product, e.g. a ctyun-local emulator. */
  public EcxClientBuilder endpointOverride(String url) {
    core.endpointOverride(url);
    return this;
  }

  /**
   * The default {@code regionID} of operations that require one (default: {@code CTYUN_REGION},
   * else {@code region_id} of the profile).
   */
  public EcxClientBuilder regionId(String regionId) {
    core.regionId(regionId);
    return this;
  }

  /**
   * A PEM file of CA certificates trusted besides the JVM's (default: {@code CTYUN_CA_BUNDLE}, else
   * {@code ca_bundle} of the profile), e.g. ctyun-local's {@code <data-dir>/tls/ca.pem}.
   */
  public EcxClientBuilder caBundle(Path pemFile) {
    core.caBundle(pemFile);
    return this;
  }

  /**
   * The HTTP proxy of a new core client (default: JVM properties, else {@code HTTPS_PROXY} with
   * {@code NO_PROXY}, else {@code proxy} of the profile); see {@link CtyunClient.Builder#proxy}.
   */
  public EcxClientBuilder proxy(ProxyConfiguration proxy) {
    core.proxy(proxy);
    return this;
  }

  /** The profile of {@code ~/.ctyun} to fall back on (default: {@code CTYUN_PROFILE}). */
  public EcxClientBuilder profile(String profile) {
    core.profile(profile);
    return this;
  }

  /** The retry policy of a new core client. */
  public EcxClientBuilder retryPolicy(RetryPolicy policy) {
    core.retryPolicy(policy);
    return this;
  }

  /**
   * The most a whole call of a new core client may take, retries and waits included (default 2
   * min); see {@link CtyunClient.Builder#apiCallTimeout}.
   */
  public EcxClientBuilder apiCallTimeout(Duration timeout) {
    core.apiCallTimeout(timeout);
    return this;
  }

  /**
   * The most one attempt of a new core client may take, even against a server that trickles its
   * answer; see {@link CtyunClient.Builder#apiCallAttemptTimeout}.
   */
  public EcxClientBuilder apiCallAttemptTimeout(Duration timeout) {
    core.apiCallAttemptTimeout(timeout);
    return this;
  }

  /** Any other setting of a new core client. */
  public EcxClientBuilder core(Consumer<CtyunClient.Builder> customizer) {
    customizer.accept(core);
    return this;
  }

  /** Builds the client. */
  public EcxClient build() {
    boolean owns = client == null;
    CtyunClient c = owns ? core.build() : client;
    return new DefaultEcxClient(
        new OperationInvoker(c, owns, OperationCatalog.load(), () -> UUID.randomUUID().toString()));
  }
}
