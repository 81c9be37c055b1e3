package io.github.ctyunjava.core;

/** Base of every exception the SDK throws. Messages never contain a secret or a signature. */
public class CtyunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public CtyunException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public CtyunException(String message, Throwable cause) {
    super(message, cause);
  }
}
