package io.github.ctyunjava.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ctyunjava.core.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks success envelopes against the 200-response schemas of the repository's OpenAPI files (read
 * from spec/, independently of the emulator's bundled resources): every field the emulator sends
 * must be declared, with the declared JSON type; null only where the spec says nullable. Where
 * CTyun's own clients read a field differently from the spec
 * (conformance/ctvpc-client-contracts.json, header disagreements), the client's reading is accepted
 * too: alternate spellings beside the spec's name, and the show-VPC client's array {@code
 * dhcpOptionsSetID}.
 */
public final class SpecShapes {
  /** A client's spelling of a field, and the spec's name whose schema applies to it. */
  private static final Map<String, String> CLIENT_SPELLINGS =
      Map.of(
          "secondaryCIDRs", "secondaryCIDRS",
          "gateway", "gatewayIP",
          "availableIpCount", "availableIPCount",
          "createAt", "createdAt",
          "updateAt", "updatedAt");

  /** Fields one client declares with another JSON type than the spec: path and JSON path. */
  private static final Map<String, String> CLIENT_TYPES =
      Map.of("/v4/vpc/query $.returnObj.dhcpOptionsSetID", "array");

  private static final Map<String, JsonNode> RESPONSES = new HashMap<>();
  private static final Map<String, JsonNode> ROOTS = new HashMap<>();

  static {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (String[] f :
        new String[][] {{"ctvpc", "ctvpc-vpce.openapi.yaml"}, {"ecx", "ecx.openapi.yaml"}}) {
      try {
        JsonNode root = yaml.readTree(RepoFiles.spec(f[1]).toFile());
        ROOTS.put(f[0], root);
        for (Map.Entry<String, JsonNode> p : root.path("paths").properties()) {
          for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
            JsonNode schema =
                m.getValue()
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            if (!schema.isMissingNode()) {
              RESPONSES.put(f[0] + " " + p.getKey(), schema);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private SpecShapes() {}

  /** Checks the envelope answered for {@code target} (path with optional query). */
  public static void check(String target, JsonNode envelope) {
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    String product = path.startsWith("/v4/") || path.startsWith("/ctvpc/") ? "ctvpc" : "ecx";
    path = path.replaceFirst("^/(ctvpc|ecx)/", "/");
    JsonNode schema = RESPONSES.get(product + " " + path);
    if (schema == null) {
      return; // admin endpoints
    }
    List<String> problems = new ArrayList<>();
    walk(ROOTS.get(product), path, envelope, schema, "$", problems);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          path + " answer does not match the spec: " + problems + " in " + envelope);
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode s) {
    while (s.has("$ref")) {
      s = root.at(s.get("$ref").asText().substring(1));
    }
    return s;
  }

  /** Merges allOf members into {type, properties, items, nullable}. */
  private static Map<String, Object> flatten(JsonNode root, JsonNode s) {
    s = resolve(root, s);
    Map<String, Object> out = new HashMap<>();
    Map<String, JsonNode> props = new HashMap<>();
    if (s.has("allOf")) {
      for (JsonNode m : s.get("allOf")) {
        Map<String, Object> f = flatten(root, m);
        @SuppressWarnings("unchecked")
        Map<String, JsonNode> p = (Map<String, JsonNode>) f.get("properties");
        props.putAll(p);
        f.forEach(
            (k, v) -> {
              if (!k.equals("properties")) {
                out.putIfAbsent(k, v);
              }
            });
      }
    }
    s.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue()));
    if (s.has("type")) {
      out.put("type", s.get("type").asText());
    }
    if (s.has("items")) {
      out.put("items", s.get("items"));
    }
    if (s.path("nullable").asBoolean(false)) {
      out.put("nullable", Boolean.TRUE);
    }
    out.put("properties", props);
    return out;
  }

  private static void walk(
      JsonNode root,
      String path,
      JsonNode value,
      JsonNode schema,
      String at,
      List<String> problems) {
    Map<String, Object> s = flatten(root, schema);
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> props = (Map<String, JsonNode>) s.get("properties");
    String type = (String) s.getOrDefault("type", props.isEmpty() ? "" : "object");
    String clientType = CLIENT_TYPES.get(path + " " + at);
    if (clientType != null && value.getNodeType().name().equalsIgnoreCase(clientType)) {
      return;
    }
    if (value.isNull()) {
      if (!s.containsKey("nullable") && !at.equals("$.returnObj")) {
        problems.add(at + " is null but not nullable");
      }
      return;
    }
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(at + " should be an object");
          return;
        }
        if (props.isEmpty()) {
          return;
        }
        value
            .properties()
            .forEach(
                e -> {
                  JsonNode ps = props.get(e.getKey());
                  if (ps == null && CLIENT_SPELLINGS.containsKey(e.getKey())) {
                    ps = props.get(CLIENT_SPELLINGS.get(e.getKey()));
                  }
                  if (ps == null) {
                    problems.add(at + "." + e.getKey() + " is not in the spec");
                  } else {
                    walk(root, path, e.getValue(), ps, at + "." + e.getKey(), problems);
                  }
                });
      }
      case "array" -> {
        if (!value.isArray()) {
          problems.add(at + " should be an array");
          return;
        }
        JsonNode items = (JsonNode) s.get("items");
        for (int i = 0; i < value.size() && items != null; i++) {
          walk(root, path, value.get(i), items, at + "[" + i + "]", problems);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(at + " should be a string");
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(at + " should be an integer");
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(at + " should be a number");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(at + " should be a boolean");
        }
      }
      default -> {
        // untyped: anything goes
      }
    }
  }
}
