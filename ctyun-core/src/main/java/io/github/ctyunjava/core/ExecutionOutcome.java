package io.github.ctyunjava.core;

import io.github.ctyunjava.core.exception.CtyunServiceException;

/** How a call ended, as {@link ExecutionContext#outcome()} reports it. */
public enum ExecutionOutcome {
  /** The service answered with success. */
  SUCCESS,
  /** The service answered with an error: a {@link CtyunServiceException}. */
  SERVICE_ERROR,
  /** No usable answer: connection failure, timeout, unreadable body, bad credentials and such. */
  CLIENT_ERROR
}
