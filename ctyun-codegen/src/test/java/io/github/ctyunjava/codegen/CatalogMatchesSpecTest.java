package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ctyunjava.core.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed operations.json against the spec field by field, reading the YAML directly
 * (not through the generator), so a generator bug cannot hide a drift.
 */
class CatalogMatchesSpecTest {
  static JsonNode spec;
  static Map<String, JsonNode> catalog = new LinkedHashMap<>();
  static JsonNode ecxSpec;
  static Map<String, JsonNode> ecxCatalog = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws IOException {
    Path root = RepoFiles.root();
    ClientConfig ctvpc = ClientConfig.of(root, "ctvpc");
    ClientConfig ecxConfig = ClientConfig.of(root, "ecx");
    spec = new ObjectMapper(new YAMLFactory()).readTree(root.resolve(ctvpc.specFile).toFile());
    JsonNode json =
        new ObjectMapper().readTree(Files.readAllBytes(root.resolve(ctvpc.catalogPath())));
    for (JsonNode op : json.path("operations")) {
      catalog.put(op.path("operationId").asText(), op);
    }
    ecxSpec =
        new ObjectMapper(new YAMLFactory()).readTree(root.resolve(ecxConfig.specFile).toFile());
    JsonNode ecx =
        new ObjectMapper().readTree(Files.readAllBytes(root.resolve(ecxConfig.catalogPath())));
    assertThat(ecx.path("generatedFrom").asText()).isEqualTo("spec/ecx.openapi.yaml");
    for (JsonNode op : ecx.path("operations")) {
      ecxCatalog.put(op.path("operationId").asText(), op);
    }
  }

  @Test
  void everyNonInferredOperationIsCataloguedWithItsWireFacts() {
    checkCatalogue(spec, catalog, "ctvpc");
    assertThat(catalog).isNotEmpty();
  }

  @Test
  void everyNonInferredEcxOperationIsCataloguedWithItsWireFacts() {
    checkCatalogue(ecxSpec, ecxCatalog, "ecx");
    // the four operations ecx-semantics.md calls evidenced; everything else is inferred
    assertThat(ecxCatalog.keySet())
        .containsExactly(
            "describeRegionClusters", "describeInstanceSpec", "createVPC", "allocateEipAddressV1");
    assertThat(ecxCatalog.get("allocateEipAddressV1").path("path").asText())
        .isEqualTo("/v1/allocateEipAddress");
    assertThat(ecxCatalog.values()).noneMatch(op -> op.has("pagination"));
    assertThat(ecxCatalog.get("describeInstanceSpec").path("fields").get(0).toString())
        .isEqualTo(
            "{\"name\":\"nodeCode\",\"in\":\"query\",\"type\":\"string\",\"required\":true,"
                + "\"description\":\"Edge cluster code.\",\"example\":\"hn-changde-1\","
                + "\"pattern\":\"^[a-z]{2}-[a-z]+-\\\\d+$\"}");
  }

  private static void checkCatalogue(JsonNode spec, Map<String, JsonNode> catalog, String product) {
    Set<String> expected = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
        JsonNode op = m.getValue();
        if (!op.has("operationId")) {
          continue;
        }
        String id = op.path("operationId").asText();
        if (op.path("x-evidence").asText().equals("inferred")) {
          assertThat(catalog).as("inferred operations get no typed method").doesNotContainKey(id);
          continue;
        }
        expected.add(id);
        JsonNode c = catalog.get(id);
        assertThat(c).as(id).isNotNull();
        assertThat(c.path("method").asText()).isEqualTo(m.getKey().toUpperCase(Locale.ROOT));
        assertThat(c.path("path").asText()).isEqualTo(path.getKey());
        assertThat(c.path("product").asText()).isEqualTo(product);
        assertThat(c.path("idempotent").asBoolean()).isEqualTo(m.getKey().equals("get"));
        checkCliNames(id, path.getKey(), product, c);
        checkFields(spec, id, op, c);
      }
    }
    assertThat(catalog.keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The CLI naming rule, checked as properties rather than by re-implementing it. */
  private static void checkCliNames(String id, String path, String product, JsonNode c) {
    String group = c.path("cliGroup").asText();
    if (product.equals("ecx")) {
      assertThat(group).as(id).isEqualTo("ecx");
    } else if (path.startsWith("/v4/vpc/")) {
      assertThat(group).as(id).isEqualTo("vpc");
    } else {
      assertThat(path).as(id).matches("^/v4/(vpce|endpoint)/.*");
      assertThat(group).as(id).isEqualTo("vpce");
    }
    String command = c.path("cliCommand").asText();
    assertThat(command).as(id).matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    assertThat(command.replace("-", ""))
        .as(id)
        .isEqualTo(id.replaceFirst("V[0-9]+$", "").toLowerCase(Locale.ROOT));
  }

  @Test
  void cliNamesFollowTheExamplesAndAreUniqueWithinAGroup() {
    assertThat(catalog.get("createEndpoint").path("cliCommand").asText())
        .isEqualTo("create-endpoint");
    assertThat(catalog.get("listEndpointServices").path("cliCommand").asText())
        .isEqualTo("list-endpoint-services");
    assertThat(catalog.get("showVpc").path("cliCommand").asText()).isEqualTo("show-vpc");
    assertThat(catalog.get("showVpc").path("cliGroup").asText()).isEqualTo("vpc");
    assertThat(catalog.get("getEndpointOssPolicy").path("cliGroup").asText()).isEqualTo("vpce");
    assertThat(ecxCatalog.get("createVPC").path("cliCommand").asText()).isEqualTo("create-vpc");
    assertThat(ecxCatalog.get("describeRegionClusters").path("cliCommand").asText())
        .isEqualTo("describe-region-clusters");
    assertThat(ecxCatalog.get("allocateEipAddressV1").path("cliCommand").asText())
        .isEqualTo("allocate-eip-address");
    Map<String, String> seen = new HashMap<>();
    for (Map<String, JsonNode> c : List.of(catalog, ecxCatalog)) {
      for (JsonNode op : c.values()) {
        String name = op.path("cliGroup").asText() + " " + op.path("cliCommand").asText();
        String before = seen.put(name, op.path("operationId").asText());
        assertThat(before).as("two operations named 'ctyun %s'", name).isNull();
      }
    }
    assertThat(seen).hasSize(catalog.size() + ecxCatalog.size());
  }

  private static void checkFields(JsonNode spec, String id, JsonNode op, JsonNode c) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (JsonNode f : c.path("fields")) {
      fields.put(f.path("name").asText(), f);
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode p : op.path("parameters")) {
      if (!p.path("in").asText().equals("query")) {
        continue; // the two $ref header parameters
      }
      String name = p.path("name").asText();
      JsonNode f = fields.get(name);
      assertThat(f).as(id + " query " + name).isNotNull();
      assertThat(f.path("in").asText()).as(id + "." + name).isEqualTo("query");
      assertThat(f.path("required").asBoolean())
          .as(id + "." + name + " required")
          .isEqualTo(p.path("required").asBoolean(false));
      JsonNode schema = effective(spec, p.path("schema"));
      assertThat(f.path("type").asText())
          .as(id + "." + name + " type")
          .startsWith(typeWord(schema));
      checkLimits(id + "." + name, schema, f);
      checkHelp(id + "." + name, p, schema, f);
      seen.add(name);
    }
    JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
    Set<String> required = new HashSet<>();
    for (JsonNode r : body.path("required")) {
      required.add(r.asText());
    }
    for (Map.Entry<String, JsonNode> e : body.path("properties").properties()) {
      JsonNode schema = effective(spec, e.getValue());
      JsonNode f = fields.get(e.getKey());
      assertThat(f).as(id + " body " + e.getKey()).isNotNull();
      assertThat(f.path("in").asText()).as(id + "." + e.getKey()).isEqualTo("body");
      assertThat(f.path("required").asBoolean())
          .as(id + "." + e.getKey() + " required")
          .isEqualTo(required.contains(e.getKey()));
      assertThat(f.path("type").asText())
          .as(id + "." + e.getKey() + " type")
          .startsWith(typeWord(schema));
      if (schema.has("enum")) {
        assertThat(f.path("enum").toString()).isEqualTo(schema.get("enum").toString());
      }
      checkLimits(id + "." + e.getKey(), schema, f);
      checkHelp(id + "." + e.getKey(), e.getValue(), schema, f);
      seen.add(e.getKey());
    }
    assertThat(fields.keySet()).as(id + " has no extra fields").isEqualTo(seen);
    assertThat(c.path("clientTokenAuto").asBoolean())
        .isEqualTo(body.path("properties").has("clientToken"));
  }

  /**
   * The help texts the CLI shows: the field's own description (else its component schema's) and the
   * schema's example.
   */
  private static void checkHelp(String what, JsonNode own, JsonNode schema, JsonNode f) {
    String description = own.path("description").asText("");
    if (description.isEmpty()) {
      description = schema.path("description").asText("");
    }
    assertThat(f.path("description").asText("")).as(what + " description").isEqualTo(description);
    assertThat(f.path("example").asText(""))
        .as(what + " example")
        .isEqualTo(schema.path("example").asText(""));
  }

  private static void checkLimits(String what, JsonNode schema, JsonNode f) {
    for (String limit : new String[] {"minLength", "maxLength", "minimum", "maximum", "pattern"}) {
      assertThat(f.path(limit).asText())
          .as(what + " " + limit)
          .isEqualTo(schema.path(limit).asText());
    }
  }

  /** A plain-value component schema behind a $ref (or a one-element allOf), else the schema. */
  private static JsonNode effective(JsonNode spec, JsonNode schema) {
    JsonNode ref =
        schema.has("allOf") && schema.get("allOf").size() == 1
            ? schema.get("allOf").get(0)
            : schema;
    if (!ref.has("$ref")) {
      return schema;
    }
    String name = ref.get("$ref").asText().replace("#/components/schemas/", "");
    JsonNode target = spec.path("components").path("schemas").path(name);
    return target.has("properties") || target.path("type").asText().equals("object")
        ? schema
        : target;
  }

  private static String typeWord(JsonNode schema) {
    String t = schema.path("type").asText();
    if (t.equals("integer") && schema.path("format").asText().equals("int64")) {
      return "int64";
    }
    return t.isEmpty() || t.equals("object") ? "object" : t;
  }

  @Test
  void wireTrapsFromTheSemanticsNotesAreKept() {
    // delete-endpoint-service names the service ID "ID" in the body (vpce-semantics.md §10.1)
    assertThat(catalog.get("deleteEndpointService").path("fields").toString())
        .contains("\"name\":\"ID\",\"in\":\"body\"");
    // list-backends is a GET; the SDK sends its fields as query parameters (§10.4)
    assertThat(catalog.get("listEndpointServiceBackends").path("method").asText()).isEqualTo("GET");
    assertThat(catalog.get("listEndpointServiceBackends").path("fields").toString())
        .doesNotContain("\"in\":\"body\"");
    // endpoint create and delete are billed orders (§3.1, §3.2)
    assertThat(catalog.get("createEndpoint").path("billed").asBoolean()).isTrue();
    assertThat(catalog.get("deleteEndpoint").path("billed").asBoolean()).isTrue();
    assertThat(catalog.get("createEndpointService").path("billed").asBoolean()).isFalse();
  }

  @Test
  void pagingSchemesFollowTheSemanticsTable() {
    assertThat(paging("listEndpoints")).isEqualTo("pageNo top returnObj[].endpoints");
    assertThat(paging("newListEndpoints")).isEqualTo("pageNo returnObj returnObj.endpoints");
    assertThat(paging("listEndpointServiceTransitIps"))
        .isEqualTo("pageNo both returnObj.transitIPs");
    assertThat(paging("listEndpointServiceWhitelist")).isEqualTo("pageNo none returnObj");
    assertThat(paging("queryCtyunServices")).isEqualTo("pageNumber returnObj returnObj.results");
    assertThat(paging("listEndpointLabels"))
        .isEqualTo("pageNumber returnObj[] returnObj[].results");
    assertThat(paging("listVpcs")).isEqualTo("pageNo top returnObj.vpcs");
    assertThat(catalog.get("listEndpointLabels").path("pagination").path("maxPageSize").asInt())
        .isEqualTo(50);
    long paged = catalog.values().stream().filter(op -> op.has("pagination")).count();
    assertThat(paged).isEqualTo(16);
  }

  private static String paging(String id) {
    JsonNode p = catalog.get(id).path("pagination");
    return p.path("pageParam").asText()
        + " "
        + p.path("counts").asText()
        + " "
        + p.path("items").asText();
  }
}
