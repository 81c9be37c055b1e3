package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.AsyncHttpTransport;
import io.github.ctyunjava.core.http.AsyncHttpTransportProvider;
import io.github.ctyunjava.core.http.HttpTransportOptions;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Finds an asynchronous transport on the class path, and makes the timer retries wait on. */
final class AsyncTransports {
  private AsyncTransports() {}

  /** A transport from the first {@link AsyncHttpTransportProvider} found, or null. */
  static AsyncHttpTransport discover(HttpTransportOptions options) {
    Iterator<AsyncHttpTransportProvider> providers =
        ServiceLoader.load(AsyncHttpTransportProvider.class, CtyunClient.class.getClassLoader())
            .iterator();
    return providers.hasNext() ? providers.next().create(options) : null;
  }

  /** One daemon thread that starts the attempts after a wait; cancelled waits are removed. */
  static ScheduledExecutorService retryTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "ctyun-retry-timer");
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
