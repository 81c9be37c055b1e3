package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.testing.RepoFiles;
import io.github.ctyunjava.local.api.Operation;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.api.SpecCatalog;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.all.Services;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.EopClient;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the emulator against the repository's OpenAPI files (copies of the shared ones): same
 * routes, a handler for every ctvpc operation, and for every operation a parameter error when
 * required fields are missing and a NotFound error when the resource it names does not exist.
 */
class SpecConformanceTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ID_FIELDS =
      Set.of("vpcID", "subnetID", "endpointID", "endpointServiceID", "ID", "reverseRuleID");

  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal local;
  static EopClient client;

  @BeforeAll
  static void start() {
    local = Local.start(dir, clock);
    client = new EopClient(local.port(), Credentials.of(Local.AK, Local.SK), clock);
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  static Stream<Operation> ctvpcOperations() {
    return SpecCatalog.load().all().stream().filter(o -> o.product() == Product.CTVPC);
  }

  @Test
  void bundledSpecsAreTheRepositorysOnes() throws Exception {
    for (String name : List.of("ctvpc-vpce.openapi.yaml", "ecx.openapi.yaml", "products.yaml")) {
      byte[] repository = Files.readAllBytes(RepoFiles.spec(name));
      byte[] bundled;
      try (var in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("io/github/ctyunjava/local/spec/" + name)) {
        bundled = in.readAllBytes();
      }
      assertThat(bundled).as(name).isEqualTo(repository);
    }
  }

  @Test
  void catalogueHasEveryPathAndMethodOfTheSharedSpec() throws Exception {
    JsonNode spec = YAML.readTree(RepoFiles.spec("ctvpc-vpce.openapi.yaml").toFile());
    SpecCatalog catalog = SpecCatalog.load();
    int count = 0;
    for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
        Operation op = catalog.find(Product.CTVPC, path.getKey()).orElseThrow();
        assertThat(op.method()).isEqualTo(m.getKey().toUpperCase(java.util.Locale.ROOT));
        assertThat(op.operationId()).isEqualTo(m.getValue().path("operationId").asText());
        count++;
      }
    }
    assertThat(count)
        .as("the catalogue has no ctvpc operation the spec lacks")
        .isEqualTo(catalog.all().stream().filter(o -> o.product() == Product.CTVPC).count());
  }

  @Test
  void everyCtvpcOperationHasAHandler() {
    HandlerRegistry registry = new HandlerRegistry();
    Services.registerAll(registry, StatePolicy.immediate(), TokenConflict.ERROR);
    List<String> missing = new ArrayList<>();
    ctvpcOperations()
        .filter(o -> registry.find(Product.CTVPC, o.operationId()).isEmpty())
        .forEach(o -> missing.add(o.operationId()));
    assertThat(missing).isEmpty();
  }

  private static RawHttp.Answer call(Operation op, ObjectNode fields) {
    if (op.method().equals("GET")) {
      List<QueryParam> q = new ArrayList<>();
      fields.properties().forEach(e -> q.add(QueryParam.of(e.getKey(), e.getValue().asText())));
      return client.send("GET", op.path(), q, null, Map.of());
    }
    return client.send(
        "POST",
        op.path(),
        List.of(),
        fields.toString(),
        Map.of("Content-Type", "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ctvpcOperations")
  void missingRequiredFieldsAreAParameterError(Operation op) {
    RawHttp.Answer a = call(op, JSON.createObjectNode());
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(900);
    assertThat(a.errorCode()).as(a.body()).isEqualTo("Openapi.Parameter.Error");
    String firstRequired =
        op.queryParams().stream()
            .filter(Operation.Param::required)
            .map(Operation.Param::name)
            .findFirst()
            .orElseGet(() -> op.bodySchema().path("required").get(0).asText());
    assertThat(a.json().path("message").asText())
        .isEqualTo("parameter " + firstRequired + " is required");
  }

  static Stream<Operation> operationsNamingAResource() {
    return ctvpcOperations().filter(o -> !requiredIdFields(o).isEmpty());
  }

  private static List<String> requiredIdFields(Operation op) {
    List<String> out = new ArrayList<>();
    for (Operation.Param p : op.queryParams()) {
      if (p.required() && ID_FIELDS.contains(p.name())) {
        out.add(p.name());
      }
    }
    if (op.bodySchema() != null) {
      for (JsonNode r : op.bodySchema().path("required")) {
        if (ID_FIELDS.contains(r.asText())) {
          out.add(r.asText());
        }
      }
    }
    return out;
  }

  /** Plausible values for every required field; IDs name resources that do not exist. */
  private static ObjectNode plausible(Operation op) {
    ObjectNode out = JSON.createObjectNode();
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    for (Operation.Param p : op.queryParams()) {
      if (p.required()) {
        fields.add(Map.entry(p.name(), p.schema()));
      }
    }
    if (op.bodySchema() != null) {
      for (JsonNode r : op.bodySchema().path("required")) {
        fields.add(Map.entry(r.asText(), op.bodySchema().path("properties").path(r.asText())));
      }
    }
    for (Map.Entry<String, JsonNode> f : fields) {
      out.set(f.getKey(), value(f.getKey(), f.getValue()));
    }
    return out;
  }

  private static JsonNode value(String name, JsonNode schema) {
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    switch (name) {
      case "regionID":
        return JSON.getNodeFactory().textNode(Api.REGION);
      case "clientToken":
        return JSON.getNodeFactory().textNode(UUID.randomUUID().toString());
      case "vpcID":
        return JSON.getNodeFactory().textNode("vpc-zzzzzzzzzz");
      case "subnetID":
        return JSON.getNodeFactory().textNode("subnet-zzzzzzzzzz");
      case "endpointID":
        return JSON.getNodeFactory().textNode("endpoint-zzzzzzzzzz");
      case "endpointServiceID":
      case "ID":
        return JSON.getNodeFactory().textNode("endpser-zzzzzzzzzz");
      case "reverseRuleID":
        return JSON.getNodeFactory().textNode("endprule-zzzzzzzzzz");
      case "transitIPAddress":
      case "targetIPAddress":
      case "transitIP":
        return JSON.getNodeFactory().textNode("192.168.0.9");
      case "instanceID":
        return JSON.getNodeFactory().textNode("d40b78e2-23de-4fa6-baf0-e500750f985b");
      case "policy":
        return JSON.getNodeFactory().textNode("{}");
      default:
        break;
    }
    switch (schema.path("type").asText("string")) {
      case "integer":
        return JSON.getNodeFactory().numberNode(80);
      case "boolean":
        return JSON.getNodeFactory().booleanNode(true);
      case "array":
        ArrayNode arr = JSON.createArrayNode();
        arr.add("10.0.0.0/24");
        return arr;
      default:
        return JSON.getNodeFactory().textNode("name-" + name.length());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsNamingAResource")
  void unknownResourceIsANotFoundBusinessError(Operation op) {
    RawHttp.Answer a = call(op, plausible(op));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(900);
    assertThat(a.errorCode()).as(a.body()).matches("Openapi\\.[A-Za-z_]+\\.NotFound");
    assertThat(a.json().path("description").asText()).contains("不存在");
  }
}
