package io.github.ctyunjava.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Builds the CTyun response envelope for successes, business errors and gateway rejections. */
public final class ReplyEnvelope {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReplyEnvelope() {}

  /**
   * A success envelope.
   *
   * @param returnObj the payload (may be null)
   * @param topLevel fields placed beside {@code returnObj} (legacy pagination counts)
   */
  public static ObjectNode success(JsonNode returnObj, Map<String, JsonNode> topLevel) {
    ObjectNode env = F.objectNode();
    env.put("statusCode", 800);
    env.put("errorCode", "SUCCESS");
    env.put("message", "success");
    env.put("description", "成功");
    topLevel.forEach(env::set);
    env.set("returnObj", returnObj == null ? F.nullNode() : returnObj);
    return env;
  }

  /** The body of an error answer. */
  public static ObjectNode error(ApiError e) {
    ObjectNode env = F.objectNode();
    env.put("statusCode", e.statusCode());
    env.put("error", e.errorCode());
    env.put("errorCode", e.errorCode());
    env.put("message", e.getMessage());
    env.put("description", e.description());
    e.details().forEach(env::put);
    if (e.statusCode() == 900) {
      env.set("returnObj", F.nullNode());
    }
    return env;
  }
}
