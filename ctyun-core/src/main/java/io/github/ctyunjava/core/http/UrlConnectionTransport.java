package io.github.ctyunjava.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

/**
 * The default transport, on the JDK's {@link HttpURLConnection}: no extra dependency on Java 8,
 * keep-alive connection reuse by the JDK's pool, connect and read timeouts, and the JVM's default
 * TLS trust, optionally widened by a {@link CaBundle} (verification is never disabled). Responses
 * larger than the configured limit are refused.
 */
public final class UrlConnectionTransport implements HttpTransport {
  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;
  private final long maxResponseBytes;
  private final SSLSocketFactory tls;

  private UrlConnectionTransport(
      Duration connectTimeout, Duration readTimeout, long maxBytes, SSLSocketFactory tls) {
    this.connectTimeoutMillis = toMillis(connectTimeout);
    this.readTimeoutMillis = toMillis(readTimeout);
    this.maxResponseBytes = maxBytes;
    this.tls = tls;
  }

  /** A transport with the given timeouts and a 64 MiB response limit. */
  public static UrlConnectionTransport create(Duration connectTimeout, Duration readTimeout) {
    return new UrlConnectionTransport(connectTimeout, readTimeout, 64L << 20, null);
  }

  /**
   * A transport whose HTTPS connections use {@code tls} (e.g. {@link CaBundle#socketFactory}); null
   * means the JVM's default. Host names are verified either way.
   */
  public static UrlConnectionTransport create(
      Duration connectTimeout, Duration readTimeout, SSLSocketFactory tls) {
    return new UrlConnectionTransport(connectTimeout, readTimeout, 64L << 20, tls);
  }

  private static int toMillis(Duration d) {
    long ms = d.toMillis();
    if (ms <= 0 || ms > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("timeout must be positive: " + d);
    }
    return (int) ms;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(request.url()).openConnection();
    if (tls != null && c instanceof HttpsURLConnection) {
      ((HttpsURLConnection) c).setSSLSocketFactory(tls);
    }
    c.setConnectTimeout(connectTimeoutMillis);
    c.setReadTimeout(readTimeoutMillis);
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setRequestMethod(request.method());
    for (Map.Entry<String, String> h : request.headers()) {
      c.setRequestProperty(h.getKey(), h.getValue());
    }
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
    int status = c.getResponseCode();
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    byte[] bytes = in == null ? new byte[0] : readAll(in);
    Map<String, List<String>> headers = c.getHeaderFields();
    return new HttpResponse(
        status, headers == null ? Collections.<String, List<String>>emptyMap() : headers, bytes);
  }

  private byte[] readAll(InputStream in) throws IOException {
    try (InputStream stream = in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = stream.read(buf)) != -1) {
        total += n;
        if (total > maxResponseBytes) {
          throw new IOException("response larger than " + maxResponseBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  @Override
  public String toString() {
    return "UrlConnectionTransport{connectTimeout="
        + connectTimeoutMillis
        + "ms, readTimeout="
        + readTimeoutMillis
        + "ms}";
  }
}
