package io.github.ctyunjava.core.exception;

/**
 * The request never reached the service, or its answer could not be read: bad configuration,
 * missing credentials, connection failure, timeout, or an answer that is not a CTyun response.
 *
 * <p>Tests of code that handles SDK errors can build one with {@link #builder()}.
 */
public class CtyunClientException extends CtyunException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /** Creates an exception with a message; not retryable. */
  public CtyunClientException(String message) {
    this(message, null, false);
  }

  /**
   * Creates an exception with a message and a cause; retryable when the cause is an I/O failure
   * ({@link java.io.IOException}).
   */
  public CtyunClientException(String message, Throwable cause) {
    this(message, cause, cause instanceof java.io.IOException);
  }

  /** Creates an exception with a message, a cause (may be null) and whether it is retryable. */
  public CtyunClientException(String message, Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** A builder, e.g. to stand in for a timeout in a test. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the failure was a passing one: a timeout, a refused or dropped connection. */
  @Override
  public boolean isRetryable() {
    return retryable;
  }

  /** Builder of {@link CtyunClientException}. */
  public static final class Builder {
    private String message;
    private Throwable cause;
    private boolean retryable;

    private Builder() {}

    /** The message (must not contain a secret). */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** The underlying failure, if any. */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /** Whether {@link #isRetryable()} answers true (default false). */
    public Builder retryable(boolean retryable) {
      this.retryable = retryable;
      return this;
    }

    /** Builds the exception. */
    public CtyunClientException build() {
      return new CtyunClientException(message, cause, retryable);
    }
  }
}
