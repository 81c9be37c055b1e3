package io.github.ctyunjava.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ctyunjava.core.exception.CtyunClientException;
import java.io.IOException;

/**
 * The CTyun response envelope: {@code statusCode} (800 success, 900 failure; number or string),
 * {@code errorCode}, {@code error}, {@code message} (English), {@code description} (Chinese) and
 * the {@code returnObj} payload.
 *
 * <p>The client reads an answer of up to 64 KiB into its tree at once. Of a larger answer, an
 * envelope holds the body bytes and only its top-level status fields; the whole tree ({@link
 * #json()}, {@link #returnObj()}) is built on first use, so a caller that only needs the bytes (the
 * CLI's {@code api} command) never pays for a tree of a large answer.
 */
public final class Envelope {
  /** The success status code. */
  public static final String SUCCESS = "800";

  /**
   * The CDN family's success status code (also accepted for ECX, whose envelope is not evidenced).
   */
  public static final String CDN_SUCCESS = "100000";

  /** The status fields; the whole tree once built. */
  private final JsonNode head;

  private final byte[] body;
  private volatile JsonNode root;

  private Envelope(JsonNode head, byte[] body, JsonNode root) {
    this.head = head;
    this.body = body;
    this.root = root;
  }

  /** Wraps a parsed JSON body. */
  public static Envelope of(JsonNode root) {
    JsonNode r = root == null ? MissingNode.getInstance() : root;
    return new Envelope(r, null, r);
  }

  /**
   * An envelope over body bytes whose top-level status fields are already read ({@code head}: an
   * object node for an object body, else a missing node); the tree is parsed from {@code body} when
   * first needed.
   */
  static Envelope lazy(JsonNode head, byte[] body) {
    return new Envelope(head, body, null);
  }

  /** {@code statusCode} as text ({@code "800"}), whether it came as number or string; or null. */
  public String statusCode() {
    JsonNode n = head.get("statusCode");
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
    if (!head.isObject()) {
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

  /**
   * The {@code returnObj} payload, or a missing node.
   *
   * @throws CtyunClientException in the rare case that the body, read lazily, turns out malformed
   */
  public JsonNode returnObj() {
    return json().path("returnObj");
  }

  /**
   * The whole JSON body.
   *
   * @throws CtyunClientException in the rare case that the body, read lazily, turns out malformed
   */
  public JsonNode json() {
    JsonNode r = root;
    if (r == null) {
      synchronized (this) {
        r = root;
        if (r == null) {
          try {
            JsonNode parsed = ResponseJson.read(body);
            r = parsed == null ? MissingNode.getInstance() : parsed;
          } catch (IOException e) {
            throw new CtyunClientException(
                "unreadable response body: " + ResponseJson.describe(body), e, false);
          }
          root = r;
        }
      }
    }
    return r;
  }

  private String text(String field) {
    JsonNode n = head.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  @Override
  public String toString() {
    return "Envelope{statusCode=" + statusCode() + ", errorCode=" + errorCode() + "}";
  }
}
