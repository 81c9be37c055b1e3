package io.github.ctyunjava.core.exception;

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

  /**
   * Whether the failure is of a passing kind (a timeout, a dropped connection, a busy or throttling
   * service), so the same call may succeed later. Says nothing about whether repeating the request
   * is safe: a create without a {@code clientToken} may have been carried out.
   */
  public boolean isRetryable() {
    return false;
  }

  /** Whether the service refused the call because of too many requests. */
  public boolean isThrottling() {
    return false;
  }
}
