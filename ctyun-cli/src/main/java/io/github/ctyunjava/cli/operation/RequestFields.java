package io.github.ctyunjava.cli.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.catalog.CliNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds an operation's request fields (wire names, JSON values) from {@code --cli-input-json} and
 * the flags, fills the defaults ({@code regionID} from the profile, a generated {@code
 * clientToken}) and checks required fields and allowed values. Every problem is a usage error that
 * names the flag.
 */
final class RequestFields {
  static final String REGION_ID = "regionID";
  static final String CLIENT_TOKEN = "clientToken";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final CliOperation op;
  private final CommandLine cmd;
  private final Messages messages;

  RequestFields(CliOperation op, CommandLine cmd, Messages messages) {
    this.op = op;
    this.cmd = cmd;
    this.messages = messages;
  }

  /**
   * The request: the fields of {@code input} (may be null), overridden by {@code flags} (raw flag
   * values: a String or a List of Strings per field).
   */
  ObjectNode assemble(JsonNode input, List<Map.Entry<CliOperation.Field, Object>> flags) {
    ObjectNode fields = NODES.objectNode();
    if (input != null) {
      if (!input.isObject()) {
        throw usage("field.inputNotObject", OperationSpecs.CLI_INPUT_JSON);
      }
      List<String> unknown = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = input.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (op.field(e.getKey()) == null) {
          unknown.add(e.getKey());
        } else if (!e.getValue().isNull()) {
          fields.set(e.getKey(), e.getValue());
        }
      }
      if (!unknown.isEmpty()) {
        throw usage(
            "field.inputUnknown",
            OperationSpecs.CLI_INPUT_JSON,
            op.operationId(),
            String.join(", ", unknown));
      }
    }
    for (Map.Entry<CliOperation.Field, Object> e : flags) {
      fields.set(e.getKey().name(), value(e.getKey(), e.getValue()));
    }
    for (CliOperation.Field f : op.fields()) {
      checkAllowed(f, fields.get(f.name()));
    }
    return fields;
  }

  /** Fills {@code regionID} from the profile and a missing clientToken, then checks required. */
  ObjectNode complete(ObjectNode fields, String profileRegion, Supplier<String> clientTokens) {
    if (op.field(REGION_ID) != null && !present(fields.get(REGION_ID)) && profileRegion != null) {
      fields.put(REGION_ID, profileRegion);
    }
    if (op.clientTokenAuto() && !present(fields.get(CLIENT_TOKEN))) {
      ObjectNode withToken = NODES.objectNode().put(CLIENT_TOKEN, clientTokens.get());
      fields.remove(CLIENT_TOKEN);
      withToken.setAll(fields);
      fields = withToken; // first, where the spec and the SDK put it
    }
    List<String> missing = new ArrayList<>();
    for (CliOperation.Field f : op.fields()) {
      if (f.required() && !present(fields.get(f.name()))) {
        missing.add(f.flag());
      }
    }
    if (!missing.isEmpty()) {
      String hint =
          missing.contains(CliNames.flag(REGION_ID)) ? messages.get("field.missingRegionHint") : "";
      throw new ParameterException(
          cmd, messages.get("field.missing", missing.size(), String.join(", ", missing)) + hint);
    }
    return fields;
  }

  private static boolean present(JsonNode n) {
    return n != null && !n.isNull() && !(n.isTextual() && n.asText().isEmpty());
  }

  private JsonNode value(CliOperation.Field f, Object raw) {
    if (f.isStructured()) {
      return structured(f, raw);
    }
    if (raw instanceof List<?> list) {
      ArrayNode arr = NODES.arrayNode();
      for (Object v : list) {
        arr.add(scalar(f, f.elementType(), String.valueOf(v)));
      }
      return arr;
    }
    return scalar(f, f.type(), String.valueOf(raw));
  }

  private JsonNode structured(CliOperation.Field f, Object raw) {
    List<?> values = raw instanceof List<?> list ? list : List.of(raw);
    boolean array = f.type().startsWith("array");
    ArrayNode items = NODES.arrayNode();
    JsonNode single = null;
    for (Object v : values) {
      JsonNode json = Json.parseOrNull(String.valueOf(v));
      if (json == null || !(json.isObject() || json.isArray())) {
        throw usage(array ? "field.notJsonArray" : "field.notJsonObject", f.flag(), v);
      }
      if (!array) {
        if (!json.isObject()) {
          throw usage("field.notObject", f.flag(), v);
        }
        single = json;
      } else if (json.isArray()) {
        items.addAll((ArrayNode) json);
      } else {
        items.add(json);
      }
    }
    return array ? items : single;
  }

  private JsonNode scalar(CliOperation.Field f, String type, String v) {
    switch (type) {
      case "integer", "int64" -> {
        try {
          long n = Long.parseLong(v.trim());
          // as a JSON parser would read it: int when it fits
          return n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n);
        } catch (NumberFormatException e) {
          throw usage("field.notWholeNumber", f.flag(), v);
        }
      }
      case "number" -> {
        try {
          return NODES.numberNode(new BigDecimal(v.trim()));
        } catch (NumberFormatException e) {
          throw usage("field.notNumber", f.flag(), v);
        }
      }
      case "boolean" -> {
        String b = v.trim().toLowerCase(Locale.ROOT);
        if (!b.equals("true") && !b.equals("false")) {
          throw usage("field.notBoolean", f.flag(), v);
        }
        return NODES.booleanNode(Boolean.parseBoolean(b));
      }
      default -> {
        return NODES.textNode(v);
      }
    }
  }

  private void checkAllowed(CliOperation.Field f, JsonNode value) {
    if (value == null || f.enumValues().isEmpty()) {
      return;
    }
    List<JsonNode> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(values::add);
    } else {
      values.add(value);
    }
    for (JsonNode v : values) {
      if (v.isValueNode() && !f.enumValues().contains(v.asText())) {
        throw usage("field.notAllowed", f.flag(), String.join(", ", f.enumValues()), v.asText());
      }
    }
  }

  /** A usage error with the message {@code key} of the run's language. */
  private ParameterException usage(String key, Object... args) {
    return new ParameterException(cmd, messages.get(key, args));
  }
}
