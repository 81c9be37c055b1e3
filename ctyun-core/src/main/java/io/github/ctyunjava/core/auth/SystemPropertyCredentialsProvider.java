package io.github.ctyunjava.core.auth;

/** Reads the JVM system properties {@code ctyun.ak} and {@code ctyun.sk}. */
public final class SystemPropertyCredentialsProvider implements CredentialsProvider {
  /** System property holding the access key. */
  public static final String AK_PROPERTY = "ctyun.ak";

  /** System property holding the secret key. */
  public static final String SK_PROPERTY = "ctyun.sk";

  /** A provider over the current system properties. */
  public static SystemPropertyCredentialsProvider create() {
    return new SystemPropertyCredentialsProvider();
  }

  @Override
  public Credentials resolveCredentials() {
    String ak = System.getProperty(AK_PROPERTY);
    String sk = System.getProperty(SK_PROPERTY);
    if (isBlank(ak) || isBlank(sk)) {
      throw new CredentialsException(
          "system properties " + AK_PROPERTY + " and " + SK_PROPERTY + " are not both set");
    }
    return Credentials.of(ak.trim(), sk.trim());
  }

  static boolean isBlank(String s) {
    return s == null || s.trim().isEmpty();
  }

  @Override
  public String toString() {
    return "SystemPropertyCredentialsProvider";
  }
}
