package io.github.ctyunjava.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.internal.JsonFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks request parameters against the operation's schema (required, type, enum, length, pattern,
 * range, item count) and returns them as one JSON object with typed values. Query strings are
 * coerced to the declared type; JSON bodies must already carry it. Paging values are not
 * range-checked: the handlers clamp them as CTyun does. Unset values as CTyun's Go clients write
 * them (empty strings, JSON null, a zero page number) count as absent; a GET whose parameters
 * travel in a JSON body is read from the body; a required field the spec marks as inferred is not
 * enforced.
 */
public final class RequestValidator {
  /** Code for a value that does not match the declared format. */
  public static final String PATTERN_ERROR = "Openapi.PatternCheck.NotValid";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Set<String> PAGING = Set.of("page", "pageNo", "pageNumber", "pageSize");
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private RequestValidator() {}

  /**
   * Validates one call.
   *
   * @param op the operation
   * @param query decoded query pairs in order
   * @param body the parsed JSON body, or null when there is none
   * @return the parameters, typed
   * @throws ApiError a parameter error naming the first offending field
   */
  public static ObjectNode validate(
      Operation op, List<Map.Entry<String, String>> query, JsonNode body) {
    ObjectNode out = F.objectNode();
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : query) {
      grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    for (Operation.Param p : op.queryParams()) {
      List<String> values = grouped.remove(p.name());
      if (values == null || values.isEmpty() || isUnsetValue(values, p.schema(), p.required())) {
        continue;
      }
      out.set(p.name(), coerce(p.name(), values, p.schema()));
    }
    if (op.bodySchema() != null) {
      body = withQueryFields(op, body, grouped);
      if (body == null || body.isNull()) {
        throw ApiError.parameter("a JSON object request body is required", "请求体不能为空");
      }
      if (!body.isObject()) {
        throw ApiError.parameter("the request body must be a JSON object", "请求体必须是JSON对象");
      }
      ObjectNode checked = (ObjectNode) check("", body, op.bodySchema());
      out.setAll(checked);
    } else if (body != null && body.isObject()) {
      // GET with a JSON body (list-backends is generated that way): fill in what the query lacks
      for (Operation.Param p : op.queryParams()) {
        JsonNode v = body.get(p.name());
        if (v != null && !isUnset(v) && !out.has(p.name())) {
          out.set(p.name(), check(p.name(), v, p.schema()));
        }
      }
    }
    for (Operation.Param p : op.queryParams()) {
      if (p.required() && !out.has(p.name())) {
        throw missing(p.name());
      }
    }
    for (Map.Entry<String, List<String>> extra : grouped.entrySet()) {
      if (!out.has(extra.getKey())) {
        out.put(extra.getKey(), extra.getValue().get(0));
      }
    }
    return out;
  }

  /**
   * Body fields may also arrive in the query (ECX's official sample sends nodeCode that way): a
   * query value fills a body property the body lacks. The query is signed, so this is safe.
   */
  private static JsonNode withQueryFields(
      Operation op, JsonNode body, Map<String, List<String>> grouped) {
    if (grouped.isEmpty() || body != null && !body.isObject()) {
      return body;
    }
    ObjectNode merged = body == null ? F.objectNode() : ((ObjectNode) body).deepCopy();
    JsonNode props = op.bodySchema().path("properties");
    boolean changed = false;
    for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
      JsonNode ps = props.get(e.getKey());
      if (ps != null && !merged.has(e.getKey())) {
        merged.set(e.getKey(), coerce(e.getKey(), e.getValue(), ps));
        changed = true;
      }
    }
    return changed ? merged : body;
  }

  private static JsonNode coerce(String name, List<String> values, JsonNode rawSchema) {
    JsonNode schema = flatten(rawSchema);
    String type = schema.path("type").asText("string");
    if (type.equals("array")) {
      ArrayNode arr = F.arrayNode();
      values.forEach(arr::add);
      return check(name, arr, schema);
    }
    if (values.size() > 1) {
      throw ApiError.parameter(
          "parameter " + name + " is given more than once", "参数" + name + "重复");
    }
    String v = values.get(0);
    JsonNode node;
    switch (type) {
      case "integer":
        try {
          node = F.numberNode(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
          throw wrongType(name, "an integer");
        }
        break;
      case "number":
        try {
          node = F.numberNode(new java.math.BigDecimal(v.trim()));
        } catch (NumberFormatException e) {
          throw wrongType(name, "a number");
        }
        break;
      case "boolean":
        if (!v.equals("true") && !v.equals("false")) {
          throw wrongType(name, "true or false");
        }
        node = F.booleanNode(Boolean.parseBoolean(v));
        break;
      default:
        node = F.textNode(v);
    }
    return check(name, node, schema);
  }

  /** Folds {@code allOf} members into one schema (enough for the specs' usage). */
  private static JsonNode flatten(JsonNode schema) {
    JsonNode all = schema.get("allOf");
    if (all == null || !all.isArray()) {
      return schema;
    }
    ObjectNode merged = F.objectNode();
    for (JsonNode member : all) {
      merged.setAll((ObjectNode) flatten(member));
    }
    JsonFields.of(schema)
        .forEach(
            e -> {
              if (!e.getKey().equals("allOf")) {
                merged.set(e.getKey(), e.getValue());
              }
            });
    return merged;
  }

  private static JsonNode check(String name, JsonNode value, JsonNode rawSchema) {
    JsonNode schema = flatten(rawSchema);
    String type = schema.path("type").asText("");
    switch (type) {
      case "string":
        if (!value.isTextual()) {
          throw wrongType(name, "a string");
        }
        checkString(name, value.textValue(), schema);
        break;
      case "integer":
        if (!value.isIntegralNumber() && !(value.isNumber() && value.canConvertToExactIntegral())) {
          throw wrongType(name, "an integer");
        }
        if ("int32".equals(schema.path("format").asText()) && !value.canConvertToInt()) {
          throw ApiError.parameter(
              "parameter " + name + " is out of range", "参数" + name + "超出取值范围");
        }
        value =
            value.canConvertToInt() ? F.numberNode(value.asInt()) : F.numberNode(value.asLong());
        checkRange(name, value, schema);
        break;
      case "number":
        if (!value.isNumber()) {
          throw wrongType(name, "a number");
        }
        checkRange(name, value, schema);
        break;
      case "boolean":
        if (!value.isBoolean()) {
          throw wrongType(name, "true or false");
        }
        break;
      case "array":
        if (!value.isArray()) {
          throw wrongType(name, "an array");
        }
        value = checkArray(name, (ArrayNode) value, schema);
        break;
      case "object":
        if (!value.isObject()) {
          throw wrongType(name, "an object");
        }
        value = checkObject(name, (ObjectNode) value, schema);
        break;
      default:
        break;
    }
    checkEnum(name, value, schema);
    return value;
  }

  private static ObjectNode checkObject(String prefix, ObjectNode value, JsonNode schema) {
    ObjectNode out = F.objectNode();
    JsonNode props = schema.path("properties");
    for (JsonNode req : schema.path("required")) {
      if (isInferred(props.path(req.asText()))) {
        continue; // a guess of the spec's authors, absent from CTyun's own clients: not enforced
      }
      JsonNode v = value.get(req.asText());
      if (v == null || isUnset(v)) {
        throw missing(join(prefix, req.asText()));
      }
    }
    for (Map.Entry<String, JsonNode> e : JsonFields.of(value)) {
      if (isUnset(e.getValue())) {
        continue;
      }
      JsonNode ps = props.get(e.getKey());
      out.set(
          e.getKey(),
          ps == null ? e.getValue() : check(join(prefix, e.getKey()), e.getValue(), ps));
    }
    return out;
  }

  private static ArrayNode checkArray(String name, ArrayNode value, JsonNode schema) {
    int n = value.size();
    if (schema.has("maxItems") && n > schema.get("maxItems").asInt()) {
      throw ApiError.parameter(
          "parameter " + name + " has more than " + schema.get("maxItems").asInt() + " items",
          "参数" + name + "元素个数超过上限" + schema.get("maxItems").asInt());
    }
    if (schema.has("minItems") && n < schema.get("minItems").asInt()) {
      throw ApiError.parameter(
          "parameter " + name + " needs at least " + schema.get("minItems").asInt() + " items",
          "参数" + name + "元素个数不足" + schema.get("minItems").asInt());
    }
    ArrayNode out = F.arrayNode();
    JsonNode items = schema.path("items");
    for (int i = 0; i < n; i++) {
      JsonNode item = value.get(i);
      out.add(items.isObject() ? check(name + "[" + i + "]", item, items) : item);
    }
    return out;
  }

  private static void checkString(String name, String s, JsonNode schema) {
    int len = s.codePointCount(0, s.length());
    if (schema.has("minLength") && len < schema.get("minLength").asInt()
        || schema.has("maxLength") && len > schema.get("maxLength").asInt()) {
      String range =
          schema.path("minLength").asInt(0) + "-" + schema.path("maxLength").asText("unbounded");
      throw ApiError.parameter(
          "parameter " + name + " must be " + range + " characters long",
          "参数" + name + "长度应为" + range + "个字符");
    }
    if (schema.has("pattern")) {
      Pattern p = PATTERNS.computeIfAbsent(schema.get("pattern").asText(), Pattern::compile);
      if (!p.matcher(s).find()) {
        throw ApiError.business(
            PATTERN_ERROR,
            "parameter " + name + " does not have the required format",
            "参数" + name + "格式不合法");
      }
    }
  }

  private static void checkRange(String name, JsonNode value, JsonNode schema) {
    if (PAGING.contains(name)) {
      return;
    }
    double d = value.asDouble();
    if (schema.has("minimum") && d < schema.get("minimum").asDouble()
        || schema.has("maximum") && d > schema.get("maximum").asDouble()) {
      throw ApiError.parameter(
          "parameter "
              + name
              + " must be between "
              + schema.path("minimum").asText("-inf")
              + " and "
              + schema.path("maximum").asText("inf"),
          "参数" + name + "超出取值范围");
    }
  }

  private static void checkEnum(String name, JsonNode value, JsonNode schema) {
    JsonNode en = schema.get("enum");
    if (en == null || !en.isArray()) {
      return;
    }
    for (JsonNode allowed : en) {
      if (allowed.isNumber() && value.isNumber()
          ? allowed.decimalValue().compareTo(value.decimalValue()) == 0
          : allowed.asText().equals(value.asText()) && allowed.isTextual() == value.isTextual()) {
        return;
      }
    }
    throw ApiError.parameter(
        "parameter " + name + " must be one of " + en, "参数" + name + "取值应为" + en + "之一");
  }

  /**
   * Whether a value stands for "not set": CTyun's Go clients write unset fields as JSON {@code
   * null} (generated layer) or {@code ""} (hand-written SDK), and the real cloud evidently reads
   * both as absent. A required field so written is reported missing.
   */
  private static boolean isUnset(JsonNode v) {
    return v.isNull() || v.isTextual() && v.textValue().isEmpty();
  }

  /**
   * Whether query values stand for "not set": the hand-written Go SDK always sends {@code vpcID=}
   * and {@code pageNumber=0} for fields the caller left unset. An empty value is absent; a zero
   * only for an optional number (zero can be a real value of a required one).
   */
  private static boolean isUnsetValue(List<String> values, JsonNode rawSchema, boolean required) {
    if (values.size() != 1) {
      return false;
    }
    String v = values.get(0);
    String type = flatten(rawSchema).path("type").asText("string");
    boolean number = type.equals("integer") || type.equals("number");
    return v.isEmpty() || !required && number && v.equals("0");
  }

  private static boolean isInferred(JsonNode propertySchema) {
    return "inferred".equals(propertySchema.path("x-evidence").asText());
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  private static ApiError missing(String name) {
    return ApiError.parameter("parameter " + name + " is required", "参数" + name + "不能为空");
  }

  private static ApiError wrongType(String name, String what) {
    return ApiError.parameter("parameter " + name + " must be " + what, "参数" + name + "类型错误");
  }
}
