package io.github.ctyunjava.local.store;

import io.github.ctyunjava.core.auth.Credentials;
import java.util.Objects;

/**
 * An emulated CTyun account with one AK/SK pair. {@link #toString()} redacts the keys.
 *
 * @param accountId the account's ID (32 hex)
 * @param email the account's e-mail (used by service whitelists)
 * @param accessKey the AK
 * @param secretKey the SK
 */
public record Account(String accountId, String email, String accessKey, String secretKey) {

  /** Checks presence. */
  public Account {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
  }

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  /** Whether {@code s} looks like an e-mail address ({@code local@domain.tld}, at most 254). */
  public static boolean isEmail(String s) {
    return s != null && s.length() <= 254 && EMAIL.matcher(s).matches();
  }

  /** The signing credentials. */
  public Credentials credentials() {
    return Credentials.of(accessKey, secretKey);
  }

  @Override
  public String toString() {
    return "Account[" + accountId + ", " + email + ", ak=" + Credentials.redact(accessKey) + "]";
  }
}
