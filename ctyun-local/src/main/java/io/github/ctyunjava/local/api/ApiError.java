package io.github.ctyunjava.local.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure answered to the client: either a gateway rejection (non-2xx HTTP status, body {@code
 * statusCode} = HTTP status) or a business error (HTTP 200, {@code statusCode} 900). Carries no
 * stack-worthy information and never secrets; stack traces are disabled.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The code CTyun uses for a parameter failure. */
  public static final String PARAMETER_ERROR = "Openapi.Parameter.Error";

  private final int httpStatus;
  private final int statusCode;
  private final String errorCode;
  private final String description;
  private final transient Map<String, String> details;

  private ApiError(
      int httpStatus,
      int statusCode,
      String errorCode,
      String message,
      String description,
      Map<String, String> details) {
    super(clip(message, MAX_MESSAGE), null, false, false);
    this.httpStatus = httpStatus;
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.description = clip(description, MAX_MESSAGE);
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** Most characters of client input an error message repeats ({@link #echo}). */
  public static final int MAX_ECHO = 200;

  /** Longest message or description: a backstop for messages quoting client input. */
  private static final int MAX_MESSAGE = 600;

  /** Client input as quoted in an error message: at most {@value #MAX_ECHO} characters. */
  public static String echo(String input) {
    return clip(input, MAX_ECHO);
  }

  private static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + "...(" + (s.length() - max) + " more characters)";
  }

  /** A business error: HTTP 200, statusCode 900. */
  public static ApiError business(String errorCode, String message, String description) {
    return new ApiError(200, 900, errorCode, message, description, Map.of());
  }

  /** A parameter error ({@value #PARAMETER_ERROR}). */
  public static ApiError parameter(String message, String description) {
    return business(PARAMETER_ERROR, message, description);
  }

  /** A gateway rejection with the given HTTP status. */
  public static ApiError gateway(int httpStatus, String errorCode, String message, String desc) {
    return new ApiError(httpStatus, httpStatus, errorCode, message, desc, Map.of());
  }

  /** A copy carrying extra diagnostic fields for the response body. */
  public ApiError withDetails(Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>(details);
    all.putAll(extra);
    return new ApiError(httpStatus, statusCode, errorCode, getMessage(), description, all);
  }

  /** A copy answering another error code. */
  public ApiError withErrorCode(String code) {
    return new ApiError(httpStatus, statusCode, code, getMessage(), description, details);
  }

  /** HTTP status of the answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@code statusCode} of the body. */
  public int statusCode() {
    return statusCode;
  }

  /** The error code. */
  public String errorCode() {
    return errorCode;
  }

  /** Chinese description. */
  public String description() {
    return description;
  }

  /** Extra diagnostic fields (never secrets). */
  public Map<String, String> details() {
    return details;
  }
}
