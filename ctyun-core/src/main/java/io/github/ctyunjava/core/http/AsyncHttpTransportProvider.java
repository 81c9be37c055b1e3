package io.github.ctyunjava.core.http;

/**
 * Creates an {@link AsyncHttpTransport}; found with {@link java.util.ServiceLoader} (a module such
 * as {@code ctyun-http-jdk} lists its provider in {@code META-INF/services}). A client whose
 * builder sets no transport uses the first provider found.
 */
public interface AsyncHttpTransportProvider {
  /** A new transport with these options; the caller closes it. */
  AsyncHttpTransport create(HttpTransportOptions options);
}
