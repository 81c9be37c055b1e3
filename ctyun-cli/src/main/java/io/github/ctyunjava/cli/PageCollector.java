package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.catalog.OperationInvoker;
import io.github.ctyunjava.vpce.paginators.Paginator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --page-all}: fetches every page of a list operation with the SDK's {@link Paginator} and
 * merges the items. Reads the catalogue's paging facts, so it handles all three paging shapes
 * (counts at the top, inside {@code returnObj}, or none).
 */
final class PageCollector {
  private PageCollector() {}

  /** All items of all pages, starting at the request's page number (or 1). */
  static ArrayNode collect(CtyunClient client, CliOperation op, ObjectNode fields) {
    CliOperation.Paging p = op.paging();
    JsonNode size = fields.get(p.sizeParam());
    int pageSize = size != null && size.canConvertToInt() ? size.asInt() : p.defaultPageSize();
    JsonNode first = fields.get(p.pageParam());
    Paginator<JsonNode, JsonNode> pages =
        new Paginator<>(
            first != null && first.canConvertToInt() ? first.asInt() : null,
            pageSize,
            page -> {
              ObjectNode f = fields.deepCopy();
              f.put(p.pageParam(), page);
              return client.call(OperationInvoker.toRequest(op.source(), f)).envelope().json();
            },
            envelope -> items(envelope, p.items()),
            envelope -> count(envelope, p.counts(), "totalPage"),
            envelope -> count(envelope, p.counts(), "totalCount"));
    ArrayNode out = Json.object().arrayNode();
    pages.items().forEach(out::add);
    return out;
  }

  /**
   * The nodes at a catalogue items path such as {@code returnObj.endpoints} or {@code
   * returnObj[].results}: {@code name[]} steps into every element of an array.
   */
  static List<JsonNode> items(JsonNode root, String path) {
    List<JsonNode> current = List.of(root);
    for (String step : path.split("\\.")) {
      boolean each = step.endsWith("[]");
      String name = each ? step.substring(0, step.length() - 2) : step;
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode n : current) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
          continue;
        }
        if (each && v.isArray()) {
          v.forEach(next::add);
        } else {
          next.add(v);
        }
      }
      current = next;
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : current) {
      if (n.isArray()) {
        n.forEach(out::add);
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /** A page count ({@code totalPage} or {@code totalCount}) where the catalogue says, or null. */
  static Integer count(JsonNode envelope, String counts, String name) {
    JsonNode returnObj = envelope.path("returnObj");
    return switch (counts) {
      case "top" -> number(envelope.get(name));
      case "returnObj" -> number(returnObj.get(name));
      case "both" -> {
        Integer inside = number(returnObj.get(name));
        yield inside != null ? inside : number(envelope.get(name));
      }
      case "returnObj[]" -> {
        for (JsonNode e : returnObj) {
          Integer v = number(e.get(name));
          if (v != null) {
            yield v;
          }
        }
        yield null;
      }
      default -> null;
    };
  }

  private static Integer number(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.canConvertToInt()) {
      return n.asInt();
    }
    if (n.isTextual() && n.asText().matches("\\d{1,9}")) {
      return Integer.parseInt(n.asText());
    }
    return null;
  }
}
