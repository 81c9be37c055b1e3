package io.github.ctyunjava.core.http;

import io.github.ctyunjava.core.internal.DaemonTimer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

/**
 * The default transport, on the JDK's {@link HttpURLConnection}: no extra dependency on Java 8,
 * keep-alive connection reuse by the JDK's pool, connect and read timeouts, and the JVM's default
 * TLS trust, optionally widened by a {@link CaBundle} (verification is never disabled).
 *
 * <p>A request's {@link HttpRequest#timeout()} bounds the whole exchange, even against a server
 * that trickles one byte at a time (which a read timeout alone does not stop, as it restarts with
 * every byte): until the headers are in, a timer disconnects the connection at the deadline; the
 * body is read in a loop that checks the deadline after every read, each read waiting at most the
 * time that was left when the exchange began. Bodies larger than the limit (default 64 MiB) are
 * refused with a {@link ResponseTooLargeException}; a body shorter than its {@code Content-Length}
 * is an {@link IOException}.
 */
public final class UrlConnectionTransport implements HttpTransport {
  /** The default response size limit: 64 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  /** The largest limit: the biggest byte array a JVM reliably allocates. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final int INITIAL_BUFFER = 8192;

  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;
  private final long maxResponseBytes;
  private final SSLSocketFactory tls;
  private final ProxyConfiguration proxy; // null: the JVM's default ProxySelector

  private UrlConnectionTransport(
      Duration connectTimeout, Duration readTimeout, long maxBytes, SSLSocketFactory tls) {
    this.connectTimeoutMillis = toMillis(connectTimeout);
    this.readTimeoutMillis = toMillis(readTimeout);
    if (maxBytes < 1 || maxBytes > MAX_ARRAY) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be between 1 and " + MAX_ARRAY + ": " + maxBytes);
    }
    this.maxResponseBytes = maxBytes;
    this.tls = tls;
    this.proxy = null;
  }

  private UrlConnectionTransport(UrlConnectionTransport t, ProxyConfiguration proxy) {
    this.connectTimeoutMillis = t.connectTimeoutMillis;
    this.readTimeoutMillis = t.readTimeoutMillis;
    this.maxResponseBytes = t.maxResponseBytes;
    this.tls = t.tls;
    this.proxy = proxy;
  }

  /** A transport with the given timeouts and a 64 MiB response limit. */
  public static UrlConnectionTransport create(Duration connectTimeout, Duration readTimeout) {
    return create(connectTimeout, readTimeout, DEFAULT_MAX_RESPONSE_BYTES, null);
  }

  /** A transport with the given timeouts and response size limit in bytes. */
  public static UrlConnectionTransport create(
      Duration connectTimeout, Duration readTimeout, long maxResponseBytes) {
    return create(connectTimeout, readTimeout, maxResponseBytes, null);
  }

  /**
   * A transport whose HTTPS connections use {@code tls} (e.g. {@link CaBundle#socketFactory}); null
   * means the JVM's default. Host names are verified either way.
   */
  public static UrlConnectionTransport create(
      Duration connectTimeout, Duration readTimeout, SSLSocketFactory tls) {
    return create(connectTimeout, readTimeout, DEFAULT_MAX_RESPONSE_BYTES, tls);
  }

  /** A transport with the given timeouts, response size limit and HTTPS socket factory. */
  public static UrlConnectionTransport create(
      Duration connectTimeout, Duration readTimeout, long maxResponseBytes, SSLSocketFactory tls) {
    return new UrlConnectionTransport(connectTimeout, readTimeout, maxResponseBytes, tls);
  }

  private static int toMillis(Duration d) {
    long ms = d.toMillis();
    if (ms <= 0 || ms > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("timeout must be positive: " + d);
    }
    return (int) ms;
  }

  /**
   * This transport sending through {@code proxy} (null: the JVM's default proxy selector). Basic
   * credentials go in a {@code Proxy-Authorization} header, which reaches the proxy for {@code
   * http://} targets only: for {@code https://} the JDK opens the CONNECT tunnel itself, and Java 8
   * offers no per-connection way to give it credentials (use {@code ctyun-http-jdk} for an
   * authenticating proxy in front of HTTPS).
   */
  public UrlConnectionTransport withProxy(ProxyConfiguration proxy) {
    return new UrlConnectionTransport(this, proxy);
  }

  /** The response size limit in bytes. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Duration limit = request.timeout();
    long deadline = limit == null ? 0 : System.nanoTime() + limit.toNanos();
    int budgetMillis = limit == null ? Integer.MAX_VALUE : ceilMillis(limit);
    URL url = new URL(request.url());
    ProxyConfiguration p = proxy;
    HttpURLConnection c =
        (HttpURLConnection)
            (p == null ? url.openConnection() : url.openConnection(p.proxyFor(url.getHost())));
    if (p != null
        && !p.bypasses(url.getHost())
        && p.basicAuthorization() != null
        && "http".equals(url.getProtocol())) {
      c.setRequestProperty("Proxy-Authorization", p.basicAuthorization());
    }
    if (tls != null && c instanceof HttpsURLConnection) {
      ((HttpsURLConnection) c).setSSLSocketFactory(tls);
    }
    c.setConnectTimeout(Math.min(connectTimeoutMillis, budgetMillis));
    c.setReadTimeout(Math.min(readTimeoutMillis, budgetMillis));
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setRequestMethod(request.method());
    for (Map.Entry<String, String> h : request.headers()) {
      c.setRequestProperty(h.getKey(), h.getValue());
    }
    Watchdog watchdog = limit == null ? null : Watchdog.start(c, budgetMillis);
    try {
      int status = send(c, request);
      if (watchdog != null && !watchdog.headersRead()) {
        throw timedOut(budgetMillis, null);
      }
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      boolean bodyless =
          "HEAD".equals(request.method()) || status == 204 || status == 304 || in == null;
      byte[] bytes =
          bodyless ? new byte[0] : readBody(c, in, c.getContentLengthLong(), deadline, limit);
      return new HttpResponse(status, headersOf(c), bytes);
    } catch (IOException e) {
      boolean late = watchdog != null && (watchdog.fired() || System.nanoTime() - deadline >= 0);
      if (late && !(e instanceof AttemptTimeoutException)) {
        throw timedOut(budgetMillis, e);
      }
      throw e;
    } finally {
      if (watchdog != null) {
        watchdog.cancel();
      }
    }
  }

  /**
   * The response headers in the order received, values of one name (in any case) together. Read one
   * by one: {@link HttpURLConnection#getHeaderFields()} builds two filtered copies per call.
   */
  private static Map<String, List<String>> headersOf(HttpURLConnection c) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; ; i++) {
      String value = c.getHeaderField(i);
      if (value == null) {
        return out;
      }
      String name = c.getHeaderFieldKey(i);
      if (name != null) { // the status line has none
        List<String> values = out.get(name);
        if (values == null) {
          values = new ArrayList<>(1);
          out.put(name, values);
        }
        values.add(value);
      }
    }
  }

  private static int send(HttpURLConnection c, HttpRequest request) throws IOException {
    byte[] body = request.body();
    boolean sendsBody = body.length > 0 || "POST".equals(request.method());
    if (sendsBody) {
      c.setDoOutput(true);
      // Fixed-length streaming also stops the JDK from silently re-sending a POST.
      c.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
    }
    return c.getResponseCode();
  }

  /**
   * Reads the body into one array: of exactly {@code Content-Length} bytes when announced, else
   * grown by doubling and trimmed once at the end.
   */
  private byte[] readBody(
      HttpURLConnection c, InputStream in, long contentLength, long deadline, Duration limit)
      throws IOException {
    try (InputStream stream = in) {
      if (contentLength > maxResponseBytes) {
        c.disconnect(); // do not let the JDK drain the rest for keep-alive
        throw tooLarge("Content-Length " + contentLength);
      }
      byte[] buf = new byte[contentLength >= 0 ? (int) contentLength : INITIAL_BUFFER];
      int n = 0;
      while (contentLength < 0 || n < contentLength) {
        if (n == buf.length) {
          if (n > maxResponseBytes) {
            c.disconnect();
            throw tooLarge("more than " + maxResponseBytes + " bytes");
          }
          // one byte past the limit is enough to know it is exceeded
          buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, maxResponseBytes + 1));
        }
        int r = stream.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
        if (limit != null && System.nanoTime() - deadline >= 0) {
          c.disconnect();
          throw timedOut(ceilMillis(limit), null);
        }
      }
      if (n > maxResponseBytes) {
        c.disconnect();
        throw tooLarge("more than " + maxResponseBytes + " bytes");
      }
      if (contentLength >= 0 && n < contentLength) {
        throw new IOException(
            "response truncated: " + n + " of " + contentLength + " bytes (Content-Length)");
      }
      return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
  }

  private ResponseTooLargeException tooLarge(String what) {
    return ResponseTooLargeException.over(maxResponseBytes, what);
  }

  private static AttemptTimeoutException timedOut(int budgetMillis, IOException cause) {
    AttemptTimeoutException e =
        new AttemptTimeoutException(
            "no complete answer within the attempt's time limit of " + budgetMillis + " ms");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /** The request's time limit ran out. */
  private static final class AttemptTimeoutException extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;

    AttemptTimeoutException(String message) {
      super(message);
    }
  }

  private static int ceilMillis(Duration d) {
    long ms = (d.toNanos() + 999_999) / 1_000_000;
    return (int) Math.max(1, Math.min(ms, Integer.MAX_VALUE));
  }

  @Override
  public String toString() {
    return "UrlConnectionTransport{connectTimeout="
        + connectTimeoutMillis
        + "ms, readTimeout="
        + readTimeoutMillis
        + "ms, maxResponseBytes="
        + maxResponseBytes
        + "}";
  }

  /**
   * Disconnects a connection whose headers have not arrived by the deadline. Disconnecting is only
   * safe before the body stream exists: the JDK's body stream would make {@code disconnect()} wait
   * for a blocked read, so the body loop enforces the deadline itself.
   */
  private static final class Watchdog implements Runnable {
    private static final ScheduledThreadPoolExecutor TIMER =
        DaemonTimer.create("ctyun-attempt-timer");

    private final HttpURLConnection connection;
    private ScheduledFuture<?> task;
    private boolean headersRead;
    private boolean fired;

    private Watchdog(HttpURLConnection connection) {
      this.connection = connection;
    }

    static Watchdog start(HttpURLConnection connection, int afterMillis) {
      Watchdog w = new Watchdog(connection);
      w.task = TIMER.schedule(w, afterMillis, TimeUnit.MILLISECONDS);
      return w;
    }

    @Override
    public synchronized void run() {
      if (!headersRead) {
        fired = true;
        connection.disconnect();
      }
    }

    /** Marks the headers as read; false when the timer already disconnected. */
    synchronized boolean headersRead() {
      headersRead = !fired;
      return headersRead;
    }

    synchronized boolean fired() {
      return fired;
    }

    void cancel() {
      task.cancel(false);
    }
  }
}
