package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;

/**
 * Hooks around each call, for metrics, tracing or logging. Called on the calling thread; every
 * method has a no-op default. Signed requests carry the signature in {@code Eop-Authorization}:
 * redact it before logging ({@link Redaction}).
 */
public interface ExecutionInterceptor {
  /** May replace the request before it is signed; called once per call. */
  default CtyunRequest modifyRequest(CtyunRequest request) {
    return request;
  }

  /** Called before each attempt is sent, with the signed request. */
  default void beforeTransmission(HttpRequest request) {}

  /** Called after each attempt that got an HTTP response. */
  default void afterTransmission(HttpRequest request, HttpResponse response) {}

  /** Called once when the call fails for good. */
  default void onFailure(CtyunRequest request, Throwable failure) {}
}
