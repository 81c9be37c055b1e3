package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.AsyncHttpTransport;
import io.github.ctyunjava.core.http.AsyncHttpTransportProvider;
import io.github.ctyunjava.core.http.HttpTransportOptions;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A client's asynchronous transport and retry timer, created on its first asynchronous call: a
 * client that never calls asynchronously (most of them, and every short CLI command) starts no HTTP
 * client, selector thread or timer thread, even with {@code ctyun-http-jdk} on the class path. A
 * transport given to the builder is used as is and never closed here. Thread-safe.
 */
final class AsyncResources {
  private final AsyncHttpTransport given;
  private final AsyncHttpTransportProvider provider;
  private final HttpTransportOptions options;
  private AsyncHttpTransport created;
  private ScheduledExecutorService timer;
  private boolean closed;

  private AsyncResources(
      AsyncHttpTransport given, AsyncHttpTransportProvider provider, HttpTransportOptions options) {
    this.given = given;
    this.provider = provider;
    this.options = options;
  }

  /** Over a transport the caller owns (null for none). */
  static AsyncResources of(AsyncHttpTransport given) {
    return new AsyncResources(given, null, null);
  }

  /** Over a transport that {@code provider} creates when first needed (null for none). */
  static AsyncResources lazy(AsyncHttpTransportProvider provider, HttpTransportOptions options) {
    return new AsyncResources(null, provider, options);
  }

  /** Whether there is, or can be, a transport. */
  boolean available() {
    return given != null || provider != null;
  }

  /** The transport, created on first use; {@link IllegalStateException} after {@link #close}. */
  synchronized AsyncHttpTransport transport() {
    checkOpen();
    if (given != null) {
      return given;
    }
    if (created == null) {
      created = provider.create(options);
    }
    return created;
  }

  /** The timer retries wait on, started on first use. */
  synchronized ScheduledExecutorService timer() {
    checkOpen();
    if (timer == null) {
      timer = AsyncTransports.retryTimer();
    }
    return timer;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the client is closed");
    }
  }

  /** Stops the timer and closes the transport if this created them. */
  synchronized void close() throws Exception {
    closed = true;
    if (timer != null) {
      timer.shutdownNow();
    }
    if (created != null) {
      created.close();
    }
  }
}
