package io.github.ctyunjava.local.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.ReplyEnvelope;

/**
 * An HTTP answer: status, JSON body and the error code for the request log.
 *
 * @param httpStatus HTTP status
 * @param body JSON body
 * @param errorCode {@code SUCCESS} or the error code
 */
public record Outcome(int httpStatus, ObjectNode body, String errorCode) {
  /** A 200 answer carrying a success envelope. */
  public static Outcome ok(ObjectNode body) {
    return new Outcome(200, body, body.path("errorCode").asText("SUCCESS"));
  }

  /** The answer for an error. */
  public static Outcome error(ApiError e) {
    return new Outcome(e.httpStatus(), ReplyEnvelope.error(e), e.errorCode());
  }
}
