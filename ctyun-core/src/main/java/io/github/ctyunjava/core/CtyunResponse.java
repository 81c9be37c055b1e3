package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A successful call: HTTP status and headers, the raw body, and the parsed envelope. */
public final class CtyunResponse {
  private final HttpResponse http;
  private final Envelope envelope;
  private final String requestId;
  private final int attempts;

  CtyunResponse(HttpResponse http, Envelope envelope, String requestId, int attempts) {
    this.http = http;
    this.envelope = envelope;
    this.requestId = requestId;
    this.attempts = attempts;
  }

  /** The HTTP status code. */
  public int httpStatus() {
    return http.status();
  }

  /** The response headers (case-insensitive names). */
  public Map<String, List<String>> headers() {
    return http.headers();
  }

  /** The raw body bytes (shared; do not modify). */
  public byte[] rawBody() {
    return http.body();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return http.bodyText();
  }

  /** The parsed envelope. */
  public Envelope envelope() {
    return envelope;
  }

  /** The {@code ctyun-eop-request-id} of the attempt that succeeded. */
  public String requestId() {
    return requestId;
  }

  /** How many attempts the call took (1 without retries). */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "CtyunResponse{httpStatus="
        + http.status()
        + ", statusCode="
        + envelope.statusCode()
        + ", requestId="
        + requestId
        + "}";
  }
}
