package io.github.ctyunjava.core.http;

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

  /** Creates a request; {@code body} may be empty but not null. */
  public HttpRequest(
      String method, String url, List<Map.Entry<String, String>> headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
    this.body = Objects.requireNonNull(body, "body");
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
