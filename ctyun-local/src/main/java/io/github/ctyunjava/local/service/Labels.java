package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Resource;

/** Tags kept in a resource document's internal {@code _labels} array. */
public final class Labels {
  /** Page size cap of label lists (evidenced: max 50). */
  public static final int PAGE_CAP = 50;

  private Labels() {}

  /** Binds a key (replacing the value of an existing key); returns the label ID. */
  public static String bind(ObjectNode doc, String key, String value) {
    ArrayNode labels = doc.withArray("_labels");
    for (JsonNode l : labels) {
      if (l.path("labelKey").asText().equals(key)) {
        ((ObjectNode) l).put("labelValue", value);
        return l.path("labelID").asText();
      }
    }
    String id = Ids.withPrefix("label-");
    labels.addObject().put("labelID", id).put("labelKey", key).put("labelValue", value);
    return id;
  }

  /** Whether the document holds label {@code labelId}. */
  public static boolean has(ObjectNode doc, String labelId) {
    for (JsonNode l : doc.path("_labels")) {
      if (l.path("labelID").asText().equals(labelId)) {
        return true;
      }
    }
    return false;
  }

  /** Removes a label by ID or fails with the label NotFound code. */
  public static void unbind(ObjectNode doc, String labelId) {
    ArrayNode labels = doc.withArray("_labels");
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).path("labelID").asText().equals(labelId)) {
        labels.remove(i);
        return;
      }
    }
    throw ApiError.business(
        ErrorCodes.LABEL_NOT_FOUND, "label " + labelId + " does not exist", "标签" + labelId + "不存在");
  }

  /** The spec's label page: an array holding one {@code {results, counts}} object. */
  public static ArrayNode page(ArrayNode all, Paging paging) {
    ArrayNode results = paging.slice(all);
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    page.set("results", results);
    paging.addCounts(page, all.size(), results.size());
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    out.add(page);
    return out;
  }

  /**
   * Binds ({@code labelKey}, {@code labelValue}) on a resource, stores it and answers {@code
   * {idField: id}}: the bind operation of endpoints and of endpoint services alike.
   */
  static ApiReply bindOn(ApiCall call, Resource r, String idField) {
    ObjectNode doc = r.doc();
    bind(doc, call.text("labelKey"), call.text("labelValue"));
    call.tx().update(r.withDoc(doc));
    return ApiReply.of(JsonNodeFactory.instance.objectNode().put(idField, r.id()));
  }

  /** Removes label {@code labelID} from a resource, stores it and answers {@code {idField: id}}. */
  static ApiReply unbindOn(ApiCall call, Resource r, String idField) {
    ObjectNode doc = r.doc();
    unbind(doc, call.text("labelID"));
    call.tx().update(r.withDoc(doc));
    return ApiReply.of(JsonNodeFactory.instance.objectNode().put(idField, r.id()));
  }
}
