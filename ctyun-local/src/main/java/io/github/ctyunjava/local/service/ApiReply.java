package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A success answer: the {@code returnObj} and any fields CTyun puts beside it.
 *
 * @param returnObj the payload, may be null
 * @param topLevel extra envelope fields (legacy pagination counts, IDs)
 */
public record ApiReply(JsonNode returnObj, Map<String, JsonNode> topLevel) {
  /** Copies the map. */
  public ApiReply {
    topLevel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topLevel));
  }

  /** A reply with only a payload. */
  public static ApiReply of(JsonNode returnObj) {
    return new ApiReply(returnObj, Map.of());
  }
}
