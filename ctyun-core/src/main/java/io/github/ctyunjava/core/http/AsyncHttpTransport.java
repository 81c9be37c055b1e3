package io.github.ctyunjava.core.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one signed request without holding a thread while it waits, completing with the whole
 * response. Same rules as {@link HttpTransport}: TLS verification stays on, the URL's query string
 * is sent unchanged, {@link HttpRequest#timeout()} bounds the whole exchange (failing with a {@link
 * java.net.SocketTimeoutException}), and the body limit fails with a {@link
 * ResponseTooLargeException}. Cancelling the returned future aborts the exchange. Thread-safe.
 */
public interface AsyncHttpTransport extends AutoCloseable {
  /**
   * Starts the exchange. A failed exchange completes the future exceptionally with an {@link
   * java.io.IOException} (possibly wrapped in a {@link java.util.concurrent.CompletionException}).
   */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request);

  /** Releases connections and threads; the default does nothing. */
  @Override
  default void close() {}
}
