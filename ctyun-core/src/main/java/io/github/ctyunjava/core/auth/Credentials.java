package io.github.ctyunjava.core.auth;

import java.util.Objects;

/**
 * An access key (AK) and secret key (SK) pair for the CTyun OpenAPI.
 *
 * <p>The secret never appears in {@link #toString()}: only the last four characters of the access
 * key are shown, so a credentials object can be logged safely.
 */
public final class Credentials {
  private final String accessKey;
  private final String secretKey;

  private Credentials(String accessKey, String secretKey) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /**
   * Creates credentials, refusing a missing or blank key.
   *
   * @throws IllegalArgumentException when either key is null or blank
   */
  public static Credentials of(String accessKey, String secretKey) {
    if (accessKey == null || accessKey.trim().isEmpty()) {
      throw new IllegalArgumentException("CTyun access key (AK) is empty");
    }
    if (secretKey == null || secretKey.isEmpty()) {
      throw new IllegalArgumentException("CTyun secret key (SK) is empty");
    }
    if (containsLineBreakOrSpace(accessKey)) {
      throw new IllegalArgumentException(
          "CTyun access key (AK) must not contain spaces or line breaks");
    }
    return new Credentials(accessKey, secretKey);
  }

  private static boolean containsLineBreakOrSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
        return true;
      }
    }
    return false;
  }

  /** The access key (AK); it is sent in clear in every {@code Eop-Authorization} header. */
  public String accessKey() {
    return accessKey;
  }

  /** The secret key (SK); never log it. */
  public String secretKey() {
    return secretKey;
  }

  /** The access key reduced to {@code ****} and its last four characters, for messages and logs. */
  public String redactedAccessKey() {
    return redact(accessKey);
  }

  /**
   * {@code ****} plus the last four characters of {@code value}, or {@code ****} alone if short.
   */
  public static String redact(String value) {
    if (value == null || value.length() <= 8) {
      return "****";
    }
    return "****" + value.substring(value.length() - 4);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Credentials)) {
      return false;
    }
    Credentials other = (Credentials) o;
    return accessKey.equals(other.accessKey) && secretKey.equals(other.secretKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKey, secretKey);
  }

  @Override
  public String toString() {
    return "Credentials{accessKey=" + redactedAccessKey() + ", secretKey=****}";
  }
}
