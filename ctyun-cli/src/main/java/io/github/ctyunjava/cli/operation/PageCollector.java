package io.github.ctyunjava.cli.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.catalog.OperationInvoker;
import io.github.ctyunjava.vpce.paginators.Paginator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches every page of a list operation with the SDK's {@link Paginator} and merges the items into
 * the first page's answer, so the result has the shape of one page ({@code --query} works the same
 * with and without paging). Reads the catalogue's paging facts, so it handles all three paging
 * shapes (counts at the top, inside {@code returnObj}, or none).
 */
final class PageCollector {
  private PageCollector() {}

  /**
   * The answer (envelope) of the first page fetched, its items replaced by the items of every page
   * from the request's page number (or 1) on, and its {@code currentCount} (if any) by their
   * number.
   */
  static JsonNode collect(CtyunClient client, CliOperation op, ObjectNode fields) {
    CliOperation.Paging p = op.paging();
    JsonNode size = fields.get(p.sizeParam());
    int pageSize = size != null && size.canConvertToInt() ? size.asInt() : p.defaultPageSize();
    JsonNode first = fields.get(p.pageParam());
    AtomicReference<JsonNode> firstAnswer = new AtomicReference<>();
    Paginator<JsonNode, JsonNode> pages =
        new Paginator<>(
            first != null && first.canConvertToInt() ? first.asInt() : null,
            pageSize,
            page -> {
              ObjectNode f = fields.deepCopy();
              f.put(p.pageParam(), page);
              JsonNode answer =
                  client.call(OperationInvoker.toRequest(op.source(), f)).envelope().json();
              firstAnswer.compareAndSet(null, answer);
              return answer;
            },
            envelope -> items(envelope, p.items()),
            envelope -> count(envelope, p.counts(), "totalPage"),
            envelope -> count(envelope, p.counts(), "totalCount"));
    ArrayNode all = Json.object().arrayNode();
    pages.items().forEach(all::add);
    return merged(firstAnswer.get(), p.items(), all);
  }

  /**
   * {@code envelope} with the list at {@code itemsPath} replaced by {@code all}; {@code name[]}
   * keeps only the first element of that array (a legacy list's one page object).
   */
  static JsonNode merged(JsonNode envelope, String itemsPath, ArrayNode all) {
    if (envelope == null || !envelope.isObject()) {
      return Json.object().set("returnObj", all);
    }
    ObjectNode root = envelope.deepCopy();
    ObjectNode parent = root;
    String[] steps = itemsPath.split("\\.");
    for (int i = 0; i < steps.length; i++) {
      boolean each = steps[i].endsWith("[]");
      String name = each ? steps[i].substring(0, steps[i].length() - 2) : steps[i];
      if (i == steps.length - 1 && !each) {
        parent.set(name, all);
        if (parent.path("currentCount").isNumber()) {
          parent.put("currentCount", all.size());
        }
        return root;
      }
      JsonNode child = parent.get(name);
      if (each) {
        ArrayNode one = root.arrayNode();
        JsonNode firstPage = child != null && child.isArray() ? child.get(0) : null;
        one.add(firstPage != null && firstPage.isObject() ? firstPage : root.objectNode());
        parent.set(name, one);
        child = one.get(0);
      }
      if (child == null || !child.isObject()) {
        child = root.objectNode();
        parent.set(name, child);
      }
      parent = (ObjectNode) child;
    }
    return root;
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
