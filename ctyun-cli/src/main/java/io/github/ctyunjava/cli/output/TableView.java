package io.github.ctyunjava.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what {@code --output table|text} shows of a result, without knowing the operation: the
 * main list (the result itself when it is an array, else its only array field, flattening arrays of
 * single-list pages) with its id, name, status and similar scalar columns that have a value; for a
 * single object its fields as key/value rows.
 */
final class TableView {
  /** At most this many columns for a list. */
  static final int MAX_COLUMNS = 6;

  /** Padded with other scalar fields up to this many columns when few are important. */
  static final int MIN_COLUMNS = 4;

  private static final Pattern ID = Pattern.compile("(?i).*(id|code)");
  private static final Pattern NAME = Pattern.compile("(?i).*name");
  private static final Pattern STATUS = Pattern.compile("(?i).*(status|state)");
  private static final Pattern OTHER =
      Pattern.compile("(?i).*(cidr|ip|ipaddress|address|type|protocol|port)");

  private TableView() {}

  /** The rows to show: the main list of {@code result}, or null when it has none. */
  static List<JsonNode> mainList(JsonNode result) {
    if (result == null) {
      return null;
    }
    if (result.isArray()) {
      String inner = onlyArrayField(result);
      if (inner == null) {
        return toList(result);
      }
      List<JsonNode> flat = new ArrayList<>();
      for (JsonNode page : result) {
        page.get(inner).forEach(flat::add);
      }
      return flat;
    }
    if (result.isObject()) {
      String field = arrayField(result);
      return field == null ? null : toList(result.get(field));
    }
    return null;
  }

  /**
   * The columns for a list of objects: the important scalar fields (IDs and codes, names, statuses,
   * addresses and types), padded with other scalar fields to four, at most six.
   */
  static List<String> columns(List<JsonNode> rows) {
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode r : rows) {
      if (r.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = r.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isValueNode()) {
            keys.add(e.getKey());
          }
        }
      }
    }
    keys.removeIf(k -> rows.stream().allMatch(r -> cell(r.get(k)).isEmpty()));
    List<String> picked = new ArrayList<>();
    // the resource's own ID first, then name, status and addressing, then the other IDs
    for (String k : keys) {
      if (ID.matcher(k).matches()) {
        picked.add(k);
        break;
      }
    }
    for (Pattern p : List.of(NAME, STATUS, OTHER, ID)) {
      for (String k : keys) {
        if (picked.size() < MAX_COLUMNS && !picked.contains(k) && p.matcher(k).matches()) {
          picked.add(k);
        }
      }
    }
    for (String k : keys) {
      if (picked.size() < MIN_COLUMNS && !picked.contains(k)) {
        picked.add(k);
      }
    }
    return picked;
  }

  /** A cell: text as is, numbers and booleans as JSON, null/missing empty, structures compact. */
  static String cell(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "";
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** The one array-valued field of an object, or null when it has none or several. */
  private static String arrayField(JsonNode object) {
    String found = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isArray()) {
        if (found != null) {
          return null;
        }
        found = e.getKey();
      }
    }
    return found;
  }

  /**
   * For an array of pages (objects holding one list and nothing but numbers besides, such as {@code
   * [{"endpoints": [...], "totalCount": 3}]}), the list's field; else null.
   */
  private static String onlyArrayField(JsonNode array) {
    String common = null;
    for (JsonNode e : array) {
      if (!e.isObject()) {
        return null;
      }
      String f = arrayField(e);
      if (f == null || (common != null && !common.equals(f))) {
        return null;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = e.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getKey().equals(f) && !field.getValue().isNumber()) {
          return null;
        }
      }
      common = f;
    }
    return common;
  }
}
