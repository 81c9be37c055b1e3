package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ctyunjava.core.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations of the repository's OpenAPI documents (copies of the shared ones), the golden
 * reference of the wire format.
 */
public final class SpecOperations {
  /** One operation as the spec defines it. */
  public record Spec(
      String operationId,
      String method,
      String path,
      Set<String> query,
      Set<String> requiredQuery,
      Set<String> body,
      Set<String> requiredBody) {}

  private final Map<String, Spec> byMethodAndPath = new HashMap<>();

  private SpecOperations() {}

  /** Both documents: ctvpc-vpce and ecx. */
  public static SpecOperations load() {
    SpecOperations ops = new SpecOperations();
    ops.read(RepoFiles.spec("ctvpc-vpce.openapi.yaml"));
    ops.read(RepoFiles.spec("ecx.openapi.yaml"));
    return ops;
  }

  /** The operation at that method and path. */
  public Optional<Spec> find(String method, String path) {
    return Optional.ofNullable(byMethodAndPath.get(method + " " + path));
  }

  private void read(Path file) {
    JsonNode doc;
    try {
      doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    doc.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          if (m.getValue().has("operationId")) {
                            Spec s = spec(doc, path.getKey(), m.getKey(), m.getValue());
                            byMethodAndPath.put(s.method() + " " + s.path(), s);
                          }
                        }));
  }

  private static Spec spec(JsonNode doc, String path, String method, JsonNode op) {
    Set<String> query = new LinkedHashSet<>();
    Set<String> requiredQuery = new LinkedHashSet<>();
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(doc, p);
      if ("query".equals(param.path("in").asText())) {
        query.add(param.path("name").asText());
        if (param.path("required").asBoolean(false)) {
          requiredQuery.add(param.path("name").asText());
        }
      }
    }
    Set<String> body = new LinkedHashSet<>();
    Set<String> requiredBody = new LinkedHashSet<>();
    JsonNode schema =
        resolve(
            doc, op.path("requestBody").path("content").path("application/json").path("schema"));
    schema.path("properties").fieldNames().forEachRemaining(body::add);
    schema.path("required").forEach(r -> requiredBody.add(r.asText()));
    return new Spec(
        op.path("operationId").asText(),
        method.toUpperCase(java.util.Locale.ROOT),
        path,
        query,
        requiredQuery,
        body,
        requiredBody);
  }

  private static JsonNode resolve(JsonNode doc, JsonNode node) {
    JsonNode n = node;
    while (n.has("$ref")) {
      JsonNode target = doc;
      for (String part : n.get("$ref").asText().substring(2).split("/")) {
        target = target.path(part);
      }
      n = target;
    }
    return n;
  }
}
