package io.github.ctyunjava.core.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The default chain: system properties, then environment variables, then the profile file. The
 * first provider that has credentials wins; the result is not cached, so rotated keys are picked up
 * on the next call.
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
  private final List<CredentialsProvider> chain;

  private DefaultCredentialsProvider(List<CredentialsProvider> chain) {
    this.chain = Collections.unmodifiableList(new ArrayList<>(chain));
  }

  /** The standard chain over the real environment and the default profile. */
  public static DefaultCredentialsProvider create() {
    return create(System.getenv());
  }

  /**
   * The standard chain over the given environment variables: they supply the keys, the profile file
   * location ({@code CTYUN_SHARED_CREDENTIALS_FILE}) and the profile ({@code CTYUN_PROFILE}).
   */
  public static DefaultCredentialsProvider create(Map<String, String> env) {
    return of(
        SystemPropertyCredentialsProvider.create(),
        EnvironmentCredentialsProvider.create(env),
        ProfileCredentialsProvider.create(
            ProfileFile.defaultCredentialsPath(env), ProfileFile.defaultProfileName(env)));
  }

  /** A chain of the given providers, tried in order. */
  public static DefaultCredentialsProvider of(CredentialsProvider... providers) {
    return new DefaultCredentialsProvider(Arrays.asList(providers));
  }

  @Override
  public Credentials resolveCredentials() {
    StringBuilder reasons = new StringBuilder();
    for (CredentialsProvider provider : chain) {
      try {
        return provider.resolveCredentials();
      } catch (CredentialsException | IllegalArgumentException e) {
        reasons.append("\n  - ").append(e.getMessage());
      }
    }
    throw new CredentialsException(
        "no CTyun credentials found (run 'ctyun configure' or set CTYUN_AK and CTYUN_SK):"
            + reasons);
  }

  @Override
  public String toString() {
    return "DefaultCredentialsProvider" + chain;
  }
}
