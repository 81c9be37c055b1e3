package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunRequest;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns request fields into a {@link CtyunRequest} the way the SDK does: each field in the query or
 * the JSON body as the catalogue says, repeated query keys for lists, a body on every non-GET.
 */
final class WireRequest {
  private WireRequest() {}

  /** The request for {@code op} with {@code fields} (wire names). */
  static CtyunRequest of(CliOperation op, ObjectNode fields) {
    CtyunRequest.Builder b =
        CtyunRequest.builder()
            .product(op.product())
            .method(op.method())
            .path(op.path())
            .idempotent(op.idempotent());
    ObjectNode body = Json.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      CliOperation.Field f = op.field(e.getKey());
      if (f == null) {
        throw new IllegalStateException(op.operationId() + " has no field " + e.getKey());
      }
      if (f.inQuery()) {
        addQuery(b, e.getKey(), e.getValue());
      } else {
        body.set(e.getKey(), e.getValue());
      }
    }
    if (!"GET".equals(op.method())) {
      b.body(Json.bytes(body), CtyunRequest.JSON);
    }
    return b.build();
  }

  private static void addQuery(CtyunRequest.Builder b, String name, JsonNode value) {
    if (value.isArray()) {
      for (JsonNode v : value) {
        b.addQueryParam(name, v.isValueNode() ? v.asText() : v.toString());
      }
    } else {
      b.addQueryParam(name, value.isValueNode() ? value.asText() : value.toString());
    }
  }
}
