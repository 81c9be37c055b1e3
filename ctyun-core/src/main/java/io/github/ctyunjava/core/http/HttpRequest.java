package io.github.ctyunjava.core.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fully signed request as it goes on the wire. The URL's query string is exactly the signed
 * canonical query: transports must send it byte for byte, never re-encode it.
 */
public final class HttpRequest {
  private final String method;
  private final String url;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;
  private final Duration timeout;

  /** Creates a request without a time limit; {@code body} may be empty but not null. */
  public HttpRequest(
      String method, String url, List<Map.Entry<String, String>> headers, byte[] body) {
    this(method, url, Collections.unmodifiableList(new ArrayList<>(headers)), body, null);
  }

  private HttpRequest(
      String method,
      String url,
      List<Map.Entry<String, String>> headers,
      byte[] body,
      Duration timeout) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = headers;
    this.body = Objects.requireNonNull(body, "body");
    this.timeout = timeout;
  }

  /**
   * This request with a time limit for the whole exchange: connecting, sending, and reading the
   * status, headers and body.
   */
  public HttpRequest withTimeout(Duration timeout) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return new HttpRequest(method, url, headers, body, timeout);
  }

  /**
   * The most the whole exchange may take, or null for no limit beyond the transport's connect and
   * read timeouts. A transport that runs out of it throws a {@link
   * java.net.SocketTimeoutException}.
   */
  public Duration timeout() {
    return timeout;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The absolute URL, with the raw (already escaped) query string. */
  public String url() {
    return url;
  }

  /** Headers in sending order. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The first value of a header (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** The body bytes, shared: do not modify. */
  public byte[] body() {
    return body;
  }

  @Override
  public String toString() {
    return "HttpRequest{" + method + " " + url + ", " + body.length + " body bytes}";
  }
}
