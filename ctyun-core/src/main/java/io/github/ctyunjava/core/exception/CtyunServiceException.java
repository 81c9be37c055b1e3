package io.github.ctyunjava.core.exception;

import java.util.Locale;

/**
 * The service answered with an error: a business failure ({@code statusCode} 900 in an HTTP 200) or
 * a gateway rejection (a non-2xx HTTP status, e.g. a bad signature or an expired date).
 *
 * <p>Tests of code that handles SDK errors can build one with {@link #builder()}.
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

  private CtyunServiceException(Builder b) {
    super(describe(b));
    this.httpStatus = b.httpStatus;
    this.statusCode = b.statusCode;
    this.errorCode = firstNonEmpty(b.errorCode, b.statusCode);
    this.serviceMessage = b.serviceMessage;
    this.description = b.description;
    this.requestId = b.requestId;
    this.traceId = b.traceId;
    this.body = b.body;
  }

  /**
   * Whether a CTyun error code means "throttled" (e.g. {@code Openapi.Request.Throttling}): worth
   * retrying after a pause.
   */
  public static boolean isThrottlingCode(String errorCode) {
    if (errorCode == null) {
      return false;
    }
    String c = errorCode.toLowerCase(Locale.ROOT);
    return c.contains("throttl") || c.contains("ratelimit") || c.contains("toomanyrequests");
  }

  /** A builder, e.g. to stand in for a service error in a test. */
  public static Builder builder() {
    return new Builder();
  }

  private static String describe(Builder b) {
    StringBuilder sb = new StringBuilder();
    String code = firstNonEmpty(b.errorCode, b.statusCode);
    sb.append(code == null ? "HTTP " + b.httpStatus : code);
    if (b.serviceMessage != null) {
      sb.append(": ").append(b.serviceMessage);
    }
    if (b.description != null && !b.description.equals(b.serviceMessage)) {
      sb.append(" (").append(b.description).append(')');
    }
    sb.append(" [HTTP ").append(b.httpStatus);
    if (b.statusCode != null) {
      sb.append(", statusCode ").append(b.statusCode);
    }
    sb.append(", request id ").append(b.requestId).append(']');
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

  /** HTTP 429, or an error code that says throttled (e.g. {@code Openapi.Request.Throttling}). */
  @Override
  public boolean isThrottling() {
    return httpStatus == 429 || isThrottlingCode(errorCode);
  }

  /**
   * Throttling, or HTTP 502, 503 or 504 (the service was busy or unreachable behind the gateway).
   */
  @Override
  public boolean isRetryable() {
    return isThrottling() || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
  }

  /** Builder of {@link CtyunServiceException}. */
  public static final class Builder {
    private int httpStatus = 200;
    private String statusCode;
    private String errorCode;
    private String serviceMessage;
    private String description;
    private String requestId;
    private String traceId;
    private String body;

    private Builder() {}

    /** The HTTP status (default 200, a business error). */
    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    /** The envelope's {@code statusCode}, e.g. {@code "900"}. */
    public Builder statusCode(String statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /** The error code, e.g. {@code Openapi.Vpc.NotFound}. */
    public Builder errorCode(String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** The English message. */
    public Builder serviceMessage(String serviceMessage) {
      this.serviceMessage = serviceMessage;
      return this;
    }

    /** The Chinese description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The {@code ctyun-eop-request-id}. */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** A trace id. */
    public Builder traceId(String traceId) {
      this.traceId = traceId;
      return this;
    }

    /** The raw body text. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** Builds the exception. */
    public CtyunServiceException build() {
      return new CtyunServiceException(this);
    }
  }
}
