package io.github.ctyunjava.cli.common;

/**
 * A setting from the environment or the profile files is missing or malformed (exit code {@value
 * ExitCodes#CONFIGURATION}).
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message must not contain a secret. */
  public ConfigurationException(String message) {
    super(message);
  }
}
