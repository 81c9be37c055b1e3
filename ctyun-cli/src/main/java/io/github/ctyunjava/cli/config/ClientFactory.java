package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.CliVersion;
import io.github.ctyunjava.cli.common.Logging;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.core.http.CaBundle;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParameterException;

/**
 * Builds the {@link CtyunConfiguration} of a command (the SDK's resolution table, with the global
 * flags as its explicit row) and the {@link CtyunClient} over it.
 */
public final class ClientFactory {
  private ClientFactory() {}

  /** A client with the CLI's credentials, endpoint, CA bundle and region. */
  public static CtyunClient create(TopCommand top) {
    CliContext ctx = top.context();
    CtyunConfiguration config = configuration(top);
    Logger log = LoggerFactory.getLogger(Logging.CLI_LOGGER);
    if (log.isDebugEnabled()) {
      String endpoint = config.endpointUrl();
      log.debug(
          "profile {}, credentials from {}, endpoint {} ({})",
          config.profileName(),
          config.credentialsProvider(),
          endpoint == null ? "https://{product}-global.ctapi.ctyun.cn" : endpoint,
          config.describeSource(Setting.ENDPOINT_URL));
    }
    CtyunClient.Builder b =
        CtyunClient.builder()
            .configuration(config)
            .clock(ctx.clock())
            .userAgentSuffix("ctyun-cli/" + CliVersion.cliVersion());
    Duration callTimeout = top.callTimeoutOption();
    if (callTimeout != null) {
      if (callTimeout.isZero()) {
        throw new ParameterException(top.spec().commandLine(), "--call-timeout must be positive");
      }
      b.apiCallTimeout(callTimeout);
    }
    ctx.clientCustomizer().accept(b);
    return b.build();
  }

  /**
   * The settings in effect: {@code --endpoint-url}, {@code --ca-bundle} and {@code --proxy}, then
   * the environment, then the profile ({@code --profile}, else {@code $CTYUN_PROFILE}, else
   * default).
   *
   * @throws ParameterException when a flag's value is unusable
   */
  public static CtyunConfiguration configuration(TopCommand top) {
    String endpoint = top.endpointUrlOption();
    if (endpoint != null && !isHttpUrl(endpoint)) {
      throw new ParameterException(
          top.spec().commandLine(), "--endpoint-url must start with http:// or https://");
    }
    Path caBundle = top.caBundleOption();
    if (caBundle != null) {
      try {
        CaBundle.read(caBundle);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(top.spec().commandLine(), "--ca-bundle: " + e.getMessage());
      }
    }
    String proxy = top.proxyOption();
    if (proxy != null) {
      try {
        ProxyConfiguration.parse(proxy);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(top.spec().commandLine(), "--proxy: " + e.getMessage());
      }
    }
    return CtyunConfiguration.loader()
        .environment(top.context().env())
        .profile(top.profileOption())
        .set(Setting.PROXY, proxy)
        .set(Setting.ENDPOINT_URL, endpoint == null ? null : endpoint.trim())
        .set(Setting.CA_BUNDLE, caBundle == null ? null : caBundle.toString())
        .load();
  }

  /**
   * The endpoint override in effect, or null for the public endpoints.
   *
   * @throws ParameterException when {@code --endpoint-url} is not an http(s) URL
   */
  public static String endpointOverride(TopCommand top) {
    return configuration(top).endpointUrl();
  }

  /** Whether the value is an {@code http://} or {@code https://} URL with a host part. */
  static boolean isHttpUrl(String value) {
    try {
      Setting.ENDPOINT_URL.parse(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
