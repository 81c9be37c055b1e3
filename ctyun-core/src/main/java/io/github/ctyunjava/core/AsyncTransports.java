package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.AsyncHttpTransportProvider;
import io.github.ctyunjava.core.internal.DaemonTimer;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledExecutorService;

/** Finds an asynchronous transport on the class path, and makes the timer retries wait on. */
final class AsyncTransports {
  private AsyncTransports() {}

  /** The first {@link AsyncHttpTransportProvider} on the class path, or null. */
  static AsyncHttpTransportProvider discover() {
    Iterator<AsyncHttpTransportProvider> providers =
        ServiceLoader.load(AsyncHttpTransportProvider.class, CtyunClient.class.getClassLoader())
            .iterator();
    return providers.hasNext() ? providers.next() : null;
  }

  /** One daemon thread that starts the attempts after a wait; cancelled waits are removed. */
  static ScheduledExecutorService retryTimer() {
    return DaemonTimer.create("ctyun-retry-timer");
  }
}
