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

  /** The signing credentials. */
  public Credentials credentials() {
    return Credentials.of(accessKey, secretKey);
  }

  @Override
  public String toString() {
    return "Account[" + accountId + ", " + email + ", ak=" + Credentials.redact(accessKey) + "]";
  }
}
