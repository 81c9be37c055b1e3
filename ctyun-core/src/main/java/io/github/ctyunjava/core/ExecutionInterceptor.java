package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;

/**
 * Hooks around each call, for metrics, tracing or logging. Called on the calling thread (for {@link
 * CtyunClient#callAsync}, from {@link #beforeAttempt} on the transport's or the retry timer's
 * thread, one hook at a time per call); every method has a no-op default. Signed requests carry the
 * signature in {@code Eop-Authorization}: redact it before logging ({@link Redaction}).
 *
 * <p>Order of a call: {@link #modifyRequest}, {@link #beforeExecution}, then per attempt {@link
 * #beforeAttempt}, {@link #beforeTransmission} and (when an answer came) {@link
 * #afterTransmission}; finally either {@link #afterExecution} or {@link #onExecutionFailure} and
 * {@link #onFailure}. A hook that throws fails the call.
 */
public interface ExecutionInterceptor {
  /** May replace the request before it is signed; called once per call. */
  default CtyunRequest modifyRequest(CtyunRequest request) {
    return request;
  }

  /**
   * Called once per call, after {@link #modifyRequest} and before the first attempt; a place to put
   * values in {@link ExecutionContext#attributes()}.
   */
  default void beforeExecution(ExecutionContext context) {}

  /** Called before each attempt; {@link ExecutionContext#attempts()} is its number, from 1. */
  default void beforeAttempt(ExecutionContext context) {}

  /** Called before each attempt is sent, with the signed request. */
  default void beforeTransmission(HttpRequest request) {}

  /** Called after each attempt that got an HTTP response. */
  default void afterTransmission(HttpRequest request, HttpResponse response) {}

  /**
   * Called once when the call succeeded, with its attempts, duration and status in {@code context}.
   */
  default void afterExecution(ExecutionContext context, CtyunResponse response) {}

  /**
   * Called once when the call fails for good, before {@link #onFailure}; {@code context} holds the
   * outcome, attempts, duration and, for a service error, the error code.
   */
  default void onExecutionFailure(ExecutionContext context) {}

  /** Called once when the call fails for good. */
  default void onFailure(CtyunRequest request, Throwable failure) {}
}
