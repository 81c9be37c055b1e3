package io.github.ctyunjava.core.auth;

/** Supplies {@link Credentials}; implementations may read them from the environment or a file. */
public interface CredentialsProvider {
  /**
   * Returns the credentials to sign with.
   *
   * @throws CredentialsException when this provider has none
   */
  Credentials resolveCredentials();
}
