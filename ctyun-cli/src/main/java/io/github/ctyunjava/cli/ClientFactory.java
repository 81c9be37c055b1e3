package io.github.ctyunjava.cli;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.auth.ProfileFile;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParameterException;

/**
 * Builds the {@link CtyunClient} for a command from the global options, the environment and the
 * profile files.
 */
final class ClientFactory {
  /** Environment variable with the endpoint override. */
  static final String ENDPOINT_ENV = "CTYUN_ENDPOINT_URL";

  /** Config-file key with the endpoint override. */
  static final String ENDPOINT_KEY = "endpoint_url";

  private ClientFactory() {}

  /** A client with the CLI's credentials and endpoint. */
  static CtyunClient create(Ctyun top) {
    CliContext ctx = top.context();
    CredentialsProvider credentials = CredentialsResolver.resolve(ctx.env(), top.profileOption());
    String endpoint = endpointOverride(top);
    Logger log = LoggerFactory.getLogger(Logging.CLI_LOGGER);
    log.debug(
        "profile {}, credentials from {}, endpoint {}",
        top.profileName(),
        credentials,
        endpoint == null ? "https://{product}-global.ctapi.ctyun.cn" : endpoint);
    CtyunClient.Builder b =
        CtyunClient.builder()
            .credentialsProvider(credentials)
            .clock(ctx.clock())
            .userAgentSuffix("ctyun-cli/" + VersionProvider.cliVersion());
    if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
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
   * The endpoint override: {@code --endpoint-url}, else {@code $CTYUN_ENDPOINT_URL}, else {@code
   * endpoint_url} of the profile's config; null for the public endpoints.
   *
   * @throws ParameterException when {@code --endpoint-url} is not an http(s) URL
   * @throws ConfigurationException when the environment or config value is not
   */
  static String endpointOverride(Ctyun top) {
    String flag = top.endpointUrlOption();
    if (flag != null) {
      if (!isHttpUrl(flag)) {
        throw new ParameterException(
            top.spec().commandLine(), "--endpoint-url must start with http:// or https://");
      }
      return flag.trim();
    }
    Map<String, String> env = top.context().env();
    String fromEnv = env.get(ENDPOINT_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      if (!isHttpUrl(fromEnv)) {
        throw new ConfigurationException(
            ENDPOINT_ENV + " must start with http:// or https://, got: " + fromEnv);
      }
      return fromEnv.trim();
    }
    String profile = top.profileName();
    String fromConfig =
        ProfileFile.read(ProfileFile.defaultConfigPath(env)).profile(profile).get(ENDPOINT_KEY);
    if (fromConfig != null && !fromConfig.isBlank()) {
      if (!isHttpUrl(fromConfig)) {
        throw new ConfigurationException(
            ENDPOINT_KEY
                + " of profile '"
                + profile
                + "' in "
                + ProfileFile.defaultConfigPath(env)
                + " must start with http:// or https://, got: "
                + fromConfig);
      }
      return fromConfig.trim();
    }
    return null;
  }

  /** Whether the value is an {@code http://} or {@code https://} URL with a host part. */
  static boolean isHttpUrl(String value) {
    String v = value.trim();
    return (v.startsWith("http://") && v.length() > 7)
        || (v.startsWith("https://") && v.length() > 8);
  }
}
