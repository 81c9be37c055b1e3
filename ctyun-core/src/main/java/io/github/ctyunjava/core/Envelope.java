package io.github.ctyunjava.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The CTyun response envelope: {@code statusCode} (800 success, 900 failure; number or string),
 * {@code errorCode}, {@code error}, {@code message} (English), {@code description} (Chinese) and
 * the {@code returnObj} payload.
 */
public final class Envelope {
  /** The success status code. */
  public static final String SUCCESS = "800";

  /**
   * The CDN family's success status code (also accepted for ECX, whose envelope is not evidenced).
   */
  public static final String CDN_SUCCESS = "100000";

  private final JsonNode root;

  private Envelope(JsonNode root) {
    this.root = root;
  }

  /** Wraps a parsed JSON body. */
  public static Envelope of(JsonNode root) {
    return new Envelope(root == null ? MissingNode.getInstance() : root);
  }

  /** {@code statusCode} as text ({@code "800"}), whether it came as number or string; or null. */
  public String statusCode() {
    JsonNode n = root.get("statusCode");
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.isIntegralNumber() ? n.asText() : String.valueOf((long) n.asDouble());
    }
    return n.asText().trim();
  }

  /**
   * Whether the call succeeded: {@code statusCode} 800 (or the CDN family's 100000). Anything else,
   * including a body without a {@code statusCode}, is not success.
   */
  public boolean isSuccess() {
    String code = statusCode();
    return SUCCESS.equals(code) || CDN_SUCCESS.equals(code);
  }

  /**
   * Whether the body is a CTyun answer at all: a JSON object with a {@code statusCode}, or with an
   * error code other than {@code SUCCESS}. An empty body, {@code {}}, {@code []}, {@code null} or a
   * proxy's {@code {"message":"Internal Server Error"}} is not.
   */
  public boolean isRecognized() {
    if (!root.isObject()) {
      return false;
    }
    if (statusCode() != null) {
      return true;
    }
    String err = errorCode() != null ? errorCode() : error();
    return err != null && !err.trim().isEmpty() && !"SUCCESS".equalsIgnoreCase(err.trim());
  }

  /** {@code errorCode}, e.g. {@code Openapi.Vpc.NotFound}; null if absent. */
  public String errorCode() {
    return text("errorCode");
  }

  /** {@code error} (newer APIs repeat the error code here); null if absent. */
  public String error() {
    return text("error");
  }

  /** {@code message} (or the CDN family's {@code errorMessage}), in English; null if absent. */
  public String message() {
    String m = text("message");
    return m != null ? m : text("errorMessage");
  }

  /** {@code description}, in Chinese; null if absent. */
  public String description() {
    return text("description");
  }

  /** {@code traceID} (or the CDN family's {@code requestId}) if the service sent one; else null. */
  public String traceId() {
    String t = text("traceID");
    return t != null ? t : text("requestId");
  }

  /** The {@code returnObj} payload, or a missing node. */
  public JsonNode returnObj() {
    return root.path("returnObj");
  }

  /** The whole JSON body. */
  public JsonNode json() {
    return root;
  }

  private String text(String field) {
    JsonNode n = root.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  @Override
  public String toString() {
    return "Envelope{statusCode=" + statusCode() + ", errorCode=" + errorCode() + "}";
  }
}
