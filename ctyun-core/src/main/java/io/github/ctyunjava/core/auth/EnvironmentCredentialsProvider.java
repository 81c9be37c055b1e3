package io.github.ctyunjava.core.auth;

import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code CTYUN_AK}/{@code CTYUN_SK}, or {@code CTYUN_ACCESS_KEY}/{@code CTYUN_SECRET_KEY},
 * from the environment.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
  private final Map<String, String> environment;

  private EnvironmentCredentialsProvider(Map<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** A provider over the process environment. */
  public static EnvironmentCredentialsProvider create() {
    return new EnvironmentCredentialsProvider(System.getenv());
  }

  /** A provider over the given variables (for tests and embedding). */
  public static EnvironmentCredentialsProvider create(Map<String, String> environment) {
    return new EnvironmentCredentialsProvider(environment);
  }

  @Override
  public Credentials resolveCredentials() {
    String ak = first("CTYUN_AK", "CTYUN_ACCESS_KEY");
    String sk = first("CTYUN_SK", "CTYUN_SECRET_KEY");
    if (ak == null || sk == null) {
      throw new CredentialsException(
          "environment variables CTYUN_AK and CTYUN_SK (or CTYUN_ACCESS_KEY and CTYUN_SECRET_KEY)"
              + " are not both set");
    }
    return Credentials.of(ak, sk);
  }

  private String first(String name, String alternative) {
    String value = environment.get(name);
    if (SystemPropertyCredentialsProvider.isBlank(value)) {
      value = environment.get(alternative);
    }
    return SystemPropertyCredentialsProvider.isBlank(value) ? null : value.trim();
  }

  @Override
  public String toString() {
    return "EnvironmentCredentialsProvider";
  }
}
