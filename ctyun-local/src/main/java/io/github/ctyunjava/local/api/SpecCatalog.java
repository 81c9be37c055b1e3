package io.github.ctyunjava.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.internal.JsonFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of every product of a {@link ProductIndex}, read from their OpenAPI documents:
 * paths, methods, query-vs-body placement and schemas are data, not code. {@code $ref}s are
 * resolved on load.
 */
public final class SpecCatalog {
  private static final int MAX_REF_DEPTH = 32;

  private final ProductIndex products;
  private final Map<String, List<Operation>> byPath = new LinkedHashMap<>();
  private final Map<String, Operation> byId = new LinkedHashMap<>();

  private SpecCatalog(ProductIndex products) {
    this.products = products;
  }

  /** Loads the catalogue of every product bundled with ctyun-local. */
  public static SpecCatalog load() {
    return load(ProductIndex.bundled());
  }

  /** Loads the catalogue of every product of {@code products}. */
  public static SpecCatalog load(ProductIndex products) {
    SpecCatalog c = new SpecCatalog(products);
    for (ProductIndex.Entry e : products.entries()) {
      c.addAll(e.product(), e.spec());
    }
    return c;
  }

  private void addAll(Product product, JsonNode root) {
    for (Map.Entry<String, JsonNode> pe : JsonFields.of(root.path("paths"))) {
      for (Map.Entry<String, JsonNode> me : JsonFields.of(pe.getValue())) {
        JsonNode op = me.getValue();
        if (!op.has("operationId")) {
          continue; // path-level parameters, not an operation
        }
        List<Operation.Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
          JsonNode rp = resolve(root, p, 0);
          if ("query".equals(rp.path("in").asText())) {
            params.add(
                new Operation.Param(
                    rp.path("name").asText(),
                    rp.path("required").asBoolean(false),
                    resolve(root, rp.path("schema"), 0)));
          }
        }
        JsonNode body =
            op.path("requestBody").path("content").path("application/json").path("schema");
        Operation o =
            new Operation(
                product,
                op.path("operationId").asText(),
                me.getKey().toUpperCase(Locale.ROOT),
                pe.getKey(),
                op.path("x-evidence").asText("unknown"),
                params,
                body.isMissingNode() ? null : resolve(root, body, 0));
        byPath.computeIfAbsent(o.path(), p -> new ArrayList<>()).add(o);
        byId.put(o.operationId() + "@" + product.code(), o);
      }
    }
  }

  /** Returns a copy of {@code node} with every {@code $ref} replaced by its target. */
  static JsonNode resolve(JsonNode root, JsonNode node, int depth) {
    if (depth > MAX_REF_DEPTH) {
      throw new IllegalStateException("$ref nesting too deep in the spec");
    }
    if (node.isObject()) {
      if (node.has("$ref")) {
        String ref = node.get("$ref").asText();
        if (!ref.startsWith("#/")) {
          throw new IllegalStateException("unsupported $ref " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        return resolve(root, target, depth + 1);
      }
      ObjectNode copy = ((ObjectNode) node).objectNode();
      for (Map.Entry<String, JsonNode> e : JsonFields.of(node)) {
        copy.set(e.getKey(), resolve(root, e.getValue(), depth));
      }
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      for (JsonNode n : node) {
        copy.add(resolve(root, n, depth));
      }
      return copy;
    }
    return node;
  }

  /** The products of this catalogue. */
  public ProductIndex products() {
    return products;
  }

  /** Every operation at a path, of any product and method, in spec order. */
  public List<Operation> atPath(String path) {
    return byPath.getOrDefault(path, List.of());
  }

  /** The operation at a product path (the first method the spec lists for it). */
  public Optional<Operation> find(Product product, String path) {
    return atPath(path).stream().filter(o -> o.product() == product).findFirst();
  }

  /** The operation with an operationId in a product. */
  public Optional<Operation> byId(Product product, String operationId) {
    return Optional.ofNullable(byId.get(operationId + "@" + product.code()));
  }

  /** Every operation. */
  public Collection<Operation> all() {
    return byId.values();
  }
}
