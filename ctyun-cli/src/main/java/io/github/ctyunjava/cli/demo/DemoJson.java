package io.github.ctyunjava.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the demo's answers: tolerant field access and the shapes of CTyun list answers. */
final class DemoJson {
  private DemoJson() {}

  /** The first of the fields that holds a non-empty scalar, as text; else empty. */
  static String text(JsonNode n, String... fields) {
    for (String f : fields) {
      JsonNode v = n.get(f);
      if (v != null && !v.isNull() && !v.isContainerNode() && !v.asText().isEmpty()) {
        return v.asText();
      }
    }
    return "";
  }

  /** The elements of an array, comma-separated. */
  static String joined(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return String.join(",", out);
  }

  /**
   * The items of a list answer: a returnObj that is an array of items or of page objects holding
   * {@code field} (legacy VPCE lists), or an object holding {@code field}.
   */
  static List<JsonNode> items(JsonNode returnObj, String field) {
    List<JsonNode> out = new ArrayList<>();
    if (returnObj.isArray()) {
      for (JsonNode element : returnObj) {
        if (element.has(field)) {
          element.path(field).forEach(out::add);
        } else {
          out.add(element);
        }
      }
    } else {
      returnObj.path(field).forEach(out::add);
    }
    return out;
  }

  /** {@code totalCount} of a list answer (top level or inside returnObj), else {@code dflt}. */
  static int total(JsonNode envelope, int dflt) {
    JsonNode top = envelope.get("totalCount");
    if (top != null && top.canConvertToInt()) {
      return top.asInt();
    }
    return envelope.path("returnObj").path("totalCount").asInt(dflt);
  }

  /** {@code "1 VPC"}, {@code "2 VPCs"}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
