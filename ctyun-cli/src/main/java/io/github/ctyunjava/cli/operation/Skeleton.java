package io.github.ctyunjava.cli.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON skeleton of a request ({@code --generate-cli-skeleton [all|required]}): every field (or
 * only the required ones, also inside objects) with a placeholder of its type, the first allowed
 * value for enumerations.
 */
final class Skeleton {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Skeleton() {}

  /** The skeleton of {@code op}'s request: all fields, or only the required ones. */
  static ObjectNode of(CliOperation op, boolean requiredOnly) {
    return object(op.fields(), requiredOnly);
  }

  private static ObjectNode object(List<CliOperation.Field> fields, boolean requiredOnly) {
    ObjectNode o = NODES.objectNode();
    for (CliOperation.Field f : fields) {
      if (f.required() || !requiredOnly) {
        o.set(f.name(), placeholder(f, requiredOnly));
      }
    }
    return o;
  }

  private static JsonNode placeholder(CliOperation.Field f, boolean requiredOnly) {
    if (f.type().startsWith("array")) {
      ArrayNode a = NODES.arrayNode();
      a.add(element(f, f.elementType(), requiredOnly));
      return a;
    }
    return element(f, f.type(), requiredOnly);
  }

  private static JsonNode element(CliOperation.Field f, String type, boolean requiredOnly) {
    String first = f.enumValues().isEmpty() ? null : f.enumValues().get(0);
    return switch (type) {
      case "integer", "int64" -> NODES.numberNode(first != null ? Long.parseLong(first) : 0L);
      case "number" ->
          NODES.numberNode(
              first != null ? new java.math.BigDecimal(first) : java.math.BigDecimal.ZERO);
      case "boolean" -> NODES.booleanNode(false);
      case "object" -> object(f.fields(), requiredOnly);
      default -> NODES.textNode(first != null ? first : "");
    };
  }
}
