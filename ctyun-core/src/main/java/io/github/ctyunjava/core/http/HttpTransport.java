package io.github.ctyunjava.core.http;

import java.io.IOException;

/**
 * Sends one signed request and reads the whole response. Implementations must keep TLS verification
 * on, must send the URL's query string unchanged, and must be thread-safe.
 */
public interface HttpTransport extends AutoCloseable {
  /**
   * Executes the request.
   *
   * @throws java.net.ConnectException or another {@link IOException} when the exchange fails
   */
  HttpResponse execute(HttpRequest request) throws IOException;

  /** Releases pooled connections; the default does nothing. */
  @Override
  default void close() {}
}
