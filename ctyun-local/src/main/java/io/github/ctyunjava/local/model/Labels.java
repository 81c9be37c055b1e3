package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.service.DocFields;
import io.github.ctyunjava.local.service.ErrorCodes;
import io.github.ctyunjava.local.service.Ids;

/** Tags kept in a resource document's internal {@link DocFields#LABELS} array. */
public final class Labels {
  /** Page size cap of label lists (evidenced: max 50). */
  public static final int PAGE_CAP = 50;

  private Labels() {}

  /** Binds a key (replacing the value of an existing key); returns the label ID. */
  public static String bind(ObjectNode doc, String key, String value) {
    ArrayNode labels = doc.withArray(DocFields.LABELS);
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
    for (JsonNode l : doc.path(DocFields.LABELS)) {
      if (l.path("labelID").asText().equals(labelId)) {
        return true;
      }
    }
    return false;
  }

  /** Removes a label by ID or fails with the label NotFound code. */
  public static void unbind(ObjectNode doc, String labelId) {
    ArrayNode labels = doc.withArray(DocFields.LABELS);
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).path("labelID").asText().equals(labelId)) {
        labels.remove(i);
        return;
      }
    }
    throw ApiError.business(
        ErrorCodes.LABEL_NOT_FOUND, "label " + labelId + " does not exist", "标签" + labelId + "不存在");
  }

  /** The labels of a document (a copy). */
  public static ArrayNode of(ObjectNode doc) {
    return doc.withArray(DocFields.LABELS).deepCopy();
  }
}
