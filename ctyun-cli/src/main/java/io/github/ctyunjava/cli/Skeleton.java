package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON skeleton of a request ({@code --generate-cli-skeleton}): every field with a placeholder
 * of its type, the first allowed value for enumerations.
 */
final class Skeleton {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Skeleton() {}

  /** The skeleton of {@code op}'s request. */
  static ObjectNode of(CliOperation op) {
    return object(op.fields());
  }

  private static ObjectNode object(List<CliOperation.Field> fields) {
    ObjectNode o = NODES.objectNode();
    for (CliOperation.Field f : fields) {
      o.set(f.name(), placeholder(f));
    }
    return o;
  }

  private static JsonNode placeholder(CliOperation.Field f) {
    if (f.type().startsWith("array")) {
      ArrayNode a = NODES.arrayNode();
      a.add(element(f, f.elementType()));
      return a;
    }
    return element(f, f.type());
  }

  private static JsonNode element(CliOperation.Field f, String type) {
    String first = f.enumValues().isEmpty() ? null : f.enumValues().get(0);
    return switch (type) {
      case "integer", "int64" -> NODES.numberNode(first != null ? Long.parseLong(first) : 0L);
      case "number" ->
          NODES.numberNode(
              first != null ? new java.math.BigDecimal(first) : java.math.BigDecimal.ZERO);
      case "boolean" -> NODES.booleanNode(false);
      case "object" -> object(f.fields());
      default -> NODES.textNode(first != null ? first : "");
    };
  }
}
