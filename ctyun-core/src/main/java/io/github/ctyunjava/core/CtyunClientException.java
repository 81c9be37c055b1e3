package io.github.ctyunjava.core;

/**
 * The request never reached the service, or its answer could not be read: bad configuration,
 * missing credentials, connection failure, timeout, or an unparseable response.
 */
public class CtyunClientException extends CtyunException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public CtyunClientException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public CtyunClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
