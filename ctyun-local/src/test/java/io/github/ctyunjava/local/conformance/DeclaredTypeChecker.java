package io.github.ctyunjava.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks an answer against what a client decodes: every declared key present, not null and of its
 * declared JSON type (array items too, RFC 3339 for Go {@code time.Time}), at every depth. Keys the
 * client does not declare are collected as information, not failures.
 */
public final class DeclaredTypeChecker {
  /** Envelope keys a success answer need not carry although clients declare them. */
  private static final Set<String> ERROR_ONLY = Set.of("error");

  private DeclaredTypeChecker() {}

  /** The outcome: problems fail a test, undeclared keys are only reported. */
  public record Findings(List<String> problems, List<String> undeclared) {}

  /** Checks a success envelope against the record's declarations. */
  public static Findings check(ContractRecord record, JsonNode envelope) {
    List<String> problems = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    Set<String> declaredTop = new HashSet<>();
    declaredTop.add("returnObj");
    for (JsonNode field : record.topLevel()) {
      String name = field.path("name").asText();
      declaredTop.add(name);
      JsonNode v = envelope.get(name);
      if (v == null || v.isNull()) {
        if (!ERROR_ONLY.contains(name)) {
          problems.add(name + ": missing or null");
        }
      } else {
        checkValue(name, field, v, problems, undeclared);
      }
    }
    envelope
        .fieldNames()
        .forEachRemaining(
            n -> {
              if (!declaredTop.contains(n)) {
                undeclared.add(n);
              }
            });
    JsonNode declared = record.returnObj();
    if (declared.isObject()) {
      JsonNode v = envelope.get("returnObj");
      boolean emptyStruct =
          "object".equals(declared.path("jsonType").asText())
              && declared.path("children").size() == 0;
      if (v == null || v.isNull()) {
        if (!emptyStruct && !"any".equals(declared.path("jsonType").asText())) {
          problems.add("returnObj: missing or null");
        }
      } else {
        checkValue("returnObj", declared, v, problems, undeclared);
      }
    }
    return new Findings(problems, undeclared);
  }

  private static void checkValue(
      String where, JsonNode field, JsonNode v, List<String> problems, List<String> undeclared) {
    String type = field.path("jsonType").asText();
    if (!hasType(v, type)) {
      problems.add(where + ": declared " + type + ", got " + v.getNodeType() + " " + clip(v));
      return;
    }
    if (field.has("format") && v.isTextual() && !isRfc3339(v.textValue())) {
      problems.add(where + ": not an RFC 3339 timestamp: " + v.textValue());
    }
    if (v.isArray()) {
      String itemType = field.path("itemJsonType").asText("any");
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        String at = where + "[" + i + "]";
        if (item.isNull() || !hasType(item, itemType)) {
          problems.add(at + ": declared " + itemType + ", got " + clip(item));
        } else if (item.isObject() && field.has("children")) {
          checkObject(at, field.path("children"), item, problems, undeclared);
        }
      }
    } else if (v.isObject() && field.has("children")) {
      checkObject(where, field.path("children"), v, problems, undeclared);
    }
  }

  private static void checkObject(
      String where,
      JsonNode children,
      JsonNode obj,
      List<String> problems,
      List<String> undeclared) {
    Set<String> names = new HashSet<>();
    for (JsonNode child : children) {
      String name = child.path("name").asText();
      names.add(name);
      JsonNode v = obj.get(name);
      String at = where + "." + name;
      if (v == null || v.isNull()) {
        problems.add(at + ": missing or null");
      } else {
        checkValue(at, child, v, problems, undeclared);
      }
    }
    if (children.size() == 0) {
      return;
    }
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (!names.contains(n)) {
        undeclared.add(where + "." + n);
      }
    }
  }

  private static boolean hasType(JsonNode v, String type) {
    switch (type) {
      case "string":
        return v.isTextual();
      case "number":
        return v.isNumber();
      case "boolean":
        return v.isBoolean();
      case "array":
        return v.isArray();
      case "object":
        return v.isObject();
      default:
        return true;
    }
  }

  private static boolean isRfc3339(String s) {
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String clip(JsonNode v) {
    String s = v.toString();
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
