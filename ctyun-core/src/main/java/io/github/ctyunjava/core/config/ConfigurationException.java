package io.github.ctyunjava.core.config;

import io.github.ctyunjava.core.exception.CtyunClientException;

/**
 * A setting from the environment or a profile file is malformed. The message names the setting and
 * where it came from, never a secret. A {@link CtyunClientException} (not retryable), like missing
 * credentials.
 */
public final class ConfigurationException extends CtyunClientException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ConfigurationException(String message) {
    super(message);
  }
}
