package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Page number and size of a list call, clamped the way CTyun's SDKs describe: 0 or absent means
 * page 1 and the default size; sizes above the cap are cut to it.
 *
 * @param pageNo 1-based page
 * @param pageSize rows per page
 */
public record Paging(int pageNo, int pageSize) {
  /** Default page size. */
  public static final int DEFAULT_SIZE = 10;

  /**
   * Reads {@code pageNo}, else {@code page}/{@code pageNumber}, and {@code pageSize}.
   *
   * @param cap largest page size (50 for VPC and label lists, 100 elsewhere)
   */
  public static Paging from(ApiCall call, int cap) {
    int no = 0;
    for (String name : new String[] {"pageNo", "pageNumber", "page"}) {
      if (call.has(name)) {
        no = call.integer(name, 0);
        break;
      }
    }
    int size = call.integer("pageSize", 0);
    if (no < 1) {
      no = 1;
    }
    if (size < 1) {
      size = DEFAULT_SIZE;
    }
    return new Paging(no, Math.min(size, cap));
  }

  /** Rows to skip. */
  public long offset() {
    return (long) (pageNo - 1) * pageSize;
  }

  /** This page of an in-memory list. */
  public ArrayNode slice(ArrayNode all) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    long from = offset();
    for (long i = from; i < Math.min(all.size(), from + pageSize); i++) {
      out.add(all.get((int) i));
    }
    return out;
  }

  /** {@code totalPage} for a total. */
  public int totalPage(long total) {
    return (int) ((total + pageSize - 1) / pageSize);
  }

  /** Adds {@code totalCount, totalPage, currentCount} to an object. */
  public ObjectNode addCounts(ObjectNode target, long total, int current) {
    target.put("totalCount", total);
    target.put("totalPage", totalPage(total));
    target.put("currentCount", current);
    return target;
  }

  /** The counts as top-level envelope fields. */
  public Map<String, JsonNode> topLevel(long total, int current) {
    return Map.of(
        "totalCount", IntNode.valueOf((int) Math.min(total, Integer.MAX_VALUE)),
        "totalPage", IntNode.valueOf(totalPage(total)),
        "currentCount", IntNode.valueOf(current));
  }
}
