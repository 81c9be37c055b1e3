package io.github.ctyunjava.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ctyunjava.core.internal.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of every product, read from the bundled OpenAPI documents: paths, methods,
 * query-vs-body placement and schemas are data, not code. {@code $ref}s are resolved on load.
 */
public final class SpecCatalog {
  private static final int MAX_REF_DEPTH = 32;

  private final Map<String, Operation> byKey = new LinkedHashMap<>();
  private final Map<String, Operation> byId = new LinkedHashMap<>();

  private SpecCatalog() {}

  /** Loads the catalogue of every {@link Product}. */
  public static SpecCatalog load() {
    SpecCatalog c = new SpecCatalog();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Product p : Product.values()) {
      try (InputStream in =
          SpecCatalog.class.getClassLoader().getResourceAsStream(p.specResource())) {
        if (in == null) {
          throw new IllegalStateException("missing spec resource " + p.specResource());
        }
        c.addAll(p, yaml.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p.specResource(), e);
      }
    }
    return c;
  }

  private void addAll(Product product, JsonNode root) {
    for (Map.Entry<String, JsonNode> pe : JsonFields.of(root.path("paths"))) {
      for (Map.Entry<String, JsonNode> me : JsonFields.of(pe.getValue())) {
        JsonNode op = me.getValue();
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
        byKey.put(key(product, o.path()), o);
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

  private static String key(Product p, String path) {
    return p.code() + " " + path;
  }

  /** The operation at a product path. */
  public Optional<Operation> find(Product product, String path) {
    return Optional.ofNullable(byKey.get(key(product, path)));
  }

  /** The operation with an operationId in a product. */
  public Optional<Operation> byId(Product product, String operationId) {
    return Optional.ofNullable(byId.get(operationId + "@" + product.code()));
  }

  /** Every operation. */
  public Collection<Operation> all() {
    return byKey.values();
  }
}
