package io.github.ctyunjava.cli.demo;

/** The emulator answered that it does not serve an operation yet (HTTP 501). */
final class NotEmulatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** For the operation with this operationId. */
  NotEmulatedException(String operationId) {
    super(operationId + " is not emulated yet");
  }
}
