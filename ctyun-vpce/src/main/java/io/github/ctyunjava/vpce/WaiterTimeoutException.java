package io.github.ctyunjava.vpce;

import io.github.ctyunjava.core.exception.CtyunClientException;

/** A waiter gave up: the resource did not reach the awaited state before the timeout. */
public final class WaiterTimeoutException extends CtyunClientException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public WaiterTimeoutException(String message) {
    super(message);
  }
}
