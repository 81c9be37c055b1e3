package io.github.ctyunjava.http.jdk;

import io.github.ctyunjava.core.http.AsyncHttpTransport;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.core.http.HttpTransportOptions;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import io.github.ctyunjava.core.internal.DaemonTimer;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link AsyncHttpTransport} on {@code java.net.http.HttpClient#sendAsync}: a waiting exchange
 * holds no thread, so thousands of calls in flight need only the client's selector thread and a
 * small fixed pool (by default as many threads as processors, at least 2) that runs the
 * completions.
 *
 * <ul>
 *   <li>HTTP/1.1, no redirects followed, the JVM's TLS trust or the options' {@link
 *       javax.net.ssl.SSLContext} (e.g. a CA bundle); certificates and host names are always
 *       verified.
 *   <li>The options' proxy (CONNECT for HTTPS targets), answering a {@code 407} with its
 *       credentials; without one, the JVM's proxy properties.
 *   <li>A request's {@link HttpRequest#timeout()} bounds the whole exchange, body included: a timer
 *       fails it with a {@link SocketTimeoutException} and cancels it.
 *   <li>Bodies over the options' limit fail with a {@link
 *       io.github.ctyunjava.core.http.ResponseTooLargeException} without being read to the end.
 *   <li>Cancelling the returned future cancels the exchange; on Java 16 and later the JDK then
 *       closes its connection, on Java 11 to 15 it only stops waiting for it.
 * </ul>
 */
public final class JdkHttpTransport implements AsyncHttpTransport {
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final HttpClient client;
  private final ExecutorService completions;
  private final ScheduledThreadPoolExecutor deadlines;
  private final long maxResponseBytes;

  private JdkHttpTransport(HttpTransportOptions options, int threads) {
    int id = INSTANCES.incrementAndGet();
    this.completions = Executors.newFixedThreadPool(threads, daemon("ctyun-http-jdk-" + id));
    this.deadlines = DaemonTimer.create("ctyun-http-jdk-timer-" + id);
    this.maxResponseBytes = options.maxResponseBytes();
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.connectTimeout())
            .executor(completions);
    if (options.sslContext() != null) {
      b.sslContext(options.sslContext());
    }
    ProxyConfiguration proxy = options.proxy();
    if (proxy != null) {
      b.proxy(ProxyRouting.selector(proxy));
      if (proxy.username() != null) {
        b.authenticator(ProxyRouting.authenticator(proxy));
      }
    } else if (ProxySelector.getDefault() != null) {
      b.proxy(ProxySelector.getDefault()); // the JVM's proxy properties, as HttpURLConnection
    }
    this.client = b.build();
  }

  /** A transport with default options: 10 s connect timeout, 64 MiB limit, the JVM's trust. */
  public static JdkHttpTransport create() {
    return create(HttpTransportOptions.builder().build());
  }

  /** A transport with these options and a completion pool of one thread per processor (min 2). */
  public static JdkHttpTransport create(HttpTransportOptions options) {
    return create(options, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** A transport with these options and {@code threads} completion threads. */
  public static JdkHttpTransport create(HttpTransportOptions options, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    return new JdkHttpTransport(options, threads);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
            .method(
                request.method(),
                request.body().length == 0
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofByteArray(request.body()));
    for (Map.Entry<String, String> h : request.headers()) {
      b.header(h.getKey(), h.getValue());
    }
    Duration timeout = request.timeout();
    if (timeout != null) {
      b.timeout(timeout); // the JDK's own limit stops the wait for the headers even on Java 11
    }
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    // The answer is taken from the body subscriber, on the completion pool. The future sendAsync
    // returns is only watched for failures: the JDK completes it through CompletableFuture's
    // default pool, which on a machine with fewer than 3 processors starts a thread per task, so
    // nothing that takes time may run there.
    CompletableFuture<java.net.http.HttpResponse<byte[]>> exchange =
        client.sendAsync(
            b.build(),
            info -> {
              LimitedBodySubscriber body =
                  new LimitedBodySubscriber(
                      maxResponseBytes,
                      info.headers().firstValueAsLong("Content-Length").orElse(-1));
              body.getBody()
                  .thenAccept(
                      bytes ->
                          onPool(
                              () ->
                                  result.complete(
                                      new HttpResponse(
                                          info.statusCode(), info.headers().map(), bytes))));
              return body;
            });
    exchange.whenComplete(
        (response, failure) -> {
          if (failure != null) {
            Throwable t = translate(failure, timeout);
            onPool(() -> result.completeExceptionally(t));
          }
        });
    if (timeout != null) {
      ScheduledFuture<?> deadline =
          deadlines.schedule(
              () -> {
                if (result.completeExceptionally(attemptTimedOut(timeout, null))) {
                  exchange.cancel(true);
                }
              },
              timeout.toNanos(),
              TimeUnit.NANOSECONDS);
      result.whenComplete((r, t) -> deadline.cancel(false));
    }
    result.whenComplete(
        (r, t) -> {
          if (result.isCancelled()) {
            exchange.cancel(true);
          }
        });
    return result;
  }

  /** Runs {@code completion} on the completion pool, or here once the pool is shut down. */
  private void onPool(Runnable completion) {
    try {
      completions.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  /** The JDK's timeouts as the {@link SocketTimeoutException}s the client expects. */
  private static Throwable translate(Throwable failure, Duration timeout) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof HttpConnectTimeoutException) {
      SocketTimeoutException e = new SocketTimeoutException("connect timed out");
      e.initCause(t);
      return e;
    }
    if (t instanceof HttpTimeoutException) {
      return attemptTimedOut(timeout, (IOException) t);
    }
    return t;
  }

  private static SocketTimeoutException attemptTimedOut(Duration timeout, IOException cause) {
    SocketTimeoutException e =
        new SocketTimeoutException(
            "no complete answer within the attempt's time limit"
                + (timeout == null ? "" : " of " + timeout.toMillis() + " ms"));
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Stops the completion pool and the timer; on Java 21 and later also closes the HTTP client (on
   * older JVMs its selector thread ends once the client is unreachable).
   */
  @Override
  public void close() {
    deadlines.shutdownNow();
    if (client instanceof AutoCloseable) {
      try {
        ((AutoCloseable) client).close();
      } catch (Exception e) {
        // closing releases connections; a failure to do so leaves nothing to recover
      }
    }
    completions.shutdownNow();
  }

  @Override
  public String toString() {
    return "JdkHttpTransport{maxResponseBytes=" + maxResponseBytes + "}";
  }
}
