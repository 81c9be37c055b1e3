package io.github.ctyunjava.core;

/**
 * The service answered with an error: a business failure ({@code statusCode} 900 in an HTTP 200) or
 * a gateway rejection (a non-2xx HTTP status, e.g. a bad signature or an expired date).
 */
public final class CtyunServiceException extends CtyunException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String statusCode;
  private final String errorCode;
  private final String serviceMessage;
  private final String description;
  private final String requestId;
  private final String traceId;
  private final String body;

  CtyunServiceException(
      int httpStatus, Envelope envelope, String requestId, String traceId, String body) {
    super(describe(httpStatus, envelope, requestId));
    this.httpStatus = httpStatus;
    this.statusCode = envelope.statusCode();
    this.errorCode = firstNonEmpty(envelope.errorCode(), envelope.error(), statusCode);
    this.serviceMessage = envelope.message();
    this.description = envelope.description();
    this.requestId = requestId;
    this.traceId = traceId;
    this.body = body;
  }

  private static String describe(int httpStatus, Envelope e, String requestId) {
    StringBuilder sb = new StringBuilder();
    String code = firstNonEmpty(e.errorCode(), e.error(), e.statusCode());
    sb.append(code == null ? "HTTP " + httpStatus : code);
    if (e.message() != null) {
      sb.append(": ").append(e.message());
    }
    if (e.description() != null && !e.description().equals(e.message())) {
      sb.append(" (").append(e.description()).append(')');
    }
    sb.append(" [HTTP ").append(httpStatus);
    if (e.statusCode() != null) {
      sb.append(", statusCode ").append(e.statusCode());
    }
    sb.append(", request id ").append(requestId).append(']');
    return sb.toString();
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /** The HTTP status: 200 for business errors, 4xx/5xx for gateway rejections. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The envelope's {@code statusCode} as text (usually {@code "900"}); null if absent. */
  public String statusCode() {
    return statusCode;
  }

  /** The error code ({@code errorCode}, else {@code error}, else {@code statusCode}). */
  public String errorCode() {
    return errorCode;
  }

  /** The service's English message; null if absent. */
  public String serviceMessage() {
    return serviceMessage;
  }

  /** The service's Chinese description; null if absent. */
  public String description() {
    return description;
  }

  /** The {@code ctyun-eop-request-id} this client sent. */
  public String requestId() {
    return requestId;
  }

  /** A trace id from the body or headers, if the service sent one. */
  public String traceId() {
    return traceId;
  }

  /** The raw response body, for diagnosis. */
  public String body() {
    return body;
  }

  /** Whether this is a gateway rejection (non-2xx HTTP) rather than a business error. */
  public boolean isGatewayRejection() {
    return httpStatus < 200 || httpStatus > 299;
  }
}
