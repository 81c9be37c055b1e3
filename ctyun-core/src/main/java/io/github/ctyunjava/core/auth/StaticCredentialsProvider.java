package io.github.ctyunjava.core.auth;

import java.util.Objects;

/** Always returns the same credentials, given in code. */
public final class StaticCredentialsProvider implements CredentialsProvider {
  private final Credentials credentials;

  private StaticCredentialsProvider(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** A provider for the given credentials. */
  public static StaticCredentialsProvider create(Credentials credentials) {
    return new StaticCredentialsProvider(credentials);
  }

  /** A provider for the given access key and secret key. */
  public static StaticCredentialsProvider create(String accessKey, String secretKey) {
    return new StaticCredentialsProvider(Credentials.of(accessKey, secretKey));
  }

  @Override
  public Credentials resolveCredentials() {
    return credentials;
  }

  @Override
  public String toString() {
    return "StaticCredentialsProvider{" + credentials + "}";
  }
}
