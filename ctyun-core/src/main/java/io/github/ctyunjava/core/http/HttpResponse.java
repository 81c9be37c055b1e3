package io.github.ctyunjava.core.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A raw HTTP response: status, headers (names case-insensitive) and the whole body. */
public final class HttpResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /** Creates a response; header names are matched case-insensitively. */
  public HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null) {
        h.put(e.getKey(), Collections.unmodifiableList(e.getValue()));
      }
    }
    this.headers = Collections.unmodifiableMap(h);
    this.body = Objects.requireNonNull(body, "body");
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** All headers; lookups ignore case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body bytes, shared: do not modify. */
  public byte[] body() {
    return body;
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HttpResponse{status=" + status + ", " + body.length + " body bytes}";
  }
}
