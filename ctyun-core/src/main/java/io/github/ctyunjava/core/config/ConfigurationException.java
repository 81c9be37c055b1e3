package io.github.ctyunjava.core.config;

/**
 * A setting from the environment or a profile file is malformed. The message names the setting and
 * where it came from, never a secret. An {@link IllegalArgumentException}, like a bad value given
 * to a builder.
 */
public final class ConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ConfigurationException(String message) {
    super(message);
  }
}
