package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.store.Page;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.function.Function;

/**
 * One page of a list operation, and the reply shapes CTyun puts it in: counts inside the {@code
 * returnObj} (new APIs) or beside it in the envelope (legacy APIs).
 *
 * @param items the rows of the page, rendered
 * @param total rows matching the filter
 * @param paging the page asked for
 */
public record Listing(ArrayNode items, long total, Paging paging) {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The call's page of stored rows, each rendered by {@code view}. */
  public static Listing of(
      ApiCall call, int cap, ResourceQuery query, Function<Resource, ? extends JsonNode> view) {
    Paging paging = Paging.from(call, cap);
    Page<Resource> page = call.tx().list(query, paging.offset(), paging.pageSize());
    ArrayNode items = F.arrayNode();
    page.items().forEach(r -> items.add(view.apply(r)));
    return new Listing(items, page.total(), paging);
  }

  /** The call's page of stored rows, each shown as its {@link Docs#publicView public view}. */
  public static Listing ofPublicViews(ApiCall call, int cap, ResourceQuery query) {
    return of(call, cap, query, Docs::publicView);
  }

  /** The call's page of an in-memory list. */
  public static Listing of(ApiCall call, int cap, ArrayNode all) {
    Paging paging = Paging.from(call, cap);
    return new Listing(paging.slice(all), all.size(), paging);
  }

  /** {@code {field: items, totalCount, totalPage, currentCount}}. */
  public ObjectNode withCounts(String field) {
    ObjectNode ret = F.objectNode();
    ret.set(field, items);
    return paging.addCounts(ret, total, items.size());
  }

  /** The reply {@code {field: items}} with the counts inside. */
  public ApiReply countsInside(String field) {
    return ApiReply.of(withCounts(field));
  }

  /** The reply {@code returnObj} with the counts as top-level envelope fields. */
  public ApiReply countsBeside(JsonNode returnObj) {
    return new ApiReply(returnObj, paging.topLevel(total, items.size()));
  }

  /**
   * The reply of a list operation that has a legacy and a new form: {@code {field: items}} with the
   * counts beside it (legacy) or inside it (new).
   */
  public ApiReply reply(String field, boolean newShape) {
    if (newShape) {
      return countsInside(field);
    }
    ObjectNode ret = F.objectNode();
    ret.set(field, items);
    return countsBeside(ret);
  }

  /** The reply {@code [{field: items, counts}]}: the page inside a one-element array (labels). */
  public ApiReply countsInsideArray(String field) {
    ArrayNode out = F.arrayNode();
    out.add(withCounts(field));
    return ApiReply.of(out);
  }

  /** The reply holding only the page's items, without counts. */
  public ApiReply itemsOnly() {
    return ApiReply.of(items);
  }
}
