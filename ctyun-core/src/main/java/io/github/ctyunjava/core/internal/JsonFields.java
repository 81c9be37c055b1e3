package io.github.ctyunjava.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A JSON node's fields with Jackson 2.12's API, for ctyun-java's own modules (not API). {@code
 * JsonNode.properties()} is Jackson 2.15+ and fails with {@code NoSuchMethodError} on the older
 * Jackson many users run; {@code fields()} exists in every 2.x but is deprecated from 2.19.
 */
public final class JsonFields {
  private JsonFields() {}

  /** The fields of an object node, in order; none for other nodes. */
  @SuppressWarnings("deprecation")
  public static Iterable<Map.Entry<String, JsonNode>> of(JsonNode node) {
    return node::fields;
  }
}
