package io.github.ctyunjava.core.auth;

import io.github.ctyunjava.core.exception.CtyunClientException;

/** No usable credentials were found, or a credentials source is malformed. */
public final class CredentialsException extends CtyunClientException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that must never contain a secret. */
  public CredentialsException(String message) {
    super(message);
  }
}
