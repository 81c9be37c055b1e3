package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.local.api.Operation;
import io.github.ctyunjava.local.api.SpecCatalog;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.EopClient;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends every operation plausible parameters naming real resources, then many seeded random
 * mutations of them: every answer must be a JSON envelope, never an internal error.
 */
class FuzzTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void noInputMakesTheEmulatorFail() {
    TestClock clock = Local.clock();
    try (CtyunLocal local = Local.start(dir, clock)) {
      Api api = new Api(local, clock);
      String vpc = api.createVpc("fuzz", "192.168.0.0/16");
      String subnet = api.createSubnet(vpc, "fuzz-sn", "192.168.1.0/24");
      String svc =
          Api.ok(
                  api.post(
                      "/v4/vpce/create-endpoint-service",
                      Api.body(
                          "vpcID",
                          vpc,
                          "subnetID",
                          subnet,
                          "name",
                          "rev",
                          "type",
                          "reverse",
                          "autoConnection",
                          true)))
              .path("returnObj")
              .path("endpointService")
              .path("endpointServiceID")
              .asText();
      String ep =
          Api.ok(
                  api.post(
                      "/v4/vpce/create-endpoint",
                      Api.body(
                          "cycleType",
                          "on_demand",
                          "endpointServiceID",
                          svc,
                          "endpointName",
                          "ep",
                          "subnetID",
                          subnet,
                          "vpcID",
                          vpc,
                          "whitelistFlag",
                          0)))
              .path("returnObj")
              .path("endpointID")
              .asText();
      Map<String, String> ids =
          Map.of(
              "vpcID",
              vpc,
              "subnetID",
              subnet,
              "endpointServiceID",
              svc,
              "ID",
              svc,
              "endpointID",
              ep);
      EopClient client = new EopClient(local.port(), Credentials.of(Local.AK, Local.SK), clock);
      Random random = new Random(20260601L);
      int calls = 0;
      int successes = 0;
      for (Operation op : SpecCatalog.load().all()) {
        for (int round = 0; round < 25; round++) {
          ObjectNode params = plausible(op, ids);
          if (round > 0) {
            mutate(params, random);
          }
          RawHttp.Answer a = call(client, op, params);
          calls++;
          assertThat(a.status())
              .as(op.operationId() + " " + params + " -> " + a.body())
              .isIn(200, 501);
          JsonNode body = a.json();
          assertThat(body.path("statusCode").asInt()).isIn(800, 900, 501);
          assertThat(body.path("errorCode").asText()).isNotEqualTo("Eop.Internal.Error");
          successes += body.path("statusCode").asInt() == 800 ? 1 : 0;
        }
      }
      assertThat(calls).isGreaterThan(1000);
      // the plausible inputs reach the handlers' success paths, not only the validators
      assertThat(successes).isGreaterThan(100);
    }
  }

  private static RawHttp.Answer call(EopClient client, Operation op, ObjectNode params) {
    if (op.method().equals("GET")) {
      List<QueryParam> q = new ArrayList<>();
      params
          .properties()
          .forEach(
              e ->
                  q.add(
                      QueryParam.of(
                          e.getKey(),
                          e.getValue().isTextual()
                              ? e.getValue().asText()
                              : e.getValue().toString())));
      return client.send("GET", path(op), q, null, Map.of());
    }
    return client.send(
        "POST", path(op), List.of(), params.toString(), Map.of("Content-Type", "application/json"));
  }

  private static String path(Operation op) {
    return "/" + op.product().code() + op.path();
  }

  private static ObjectNode plausible(Operation op, Map<String, String> ids) {
    ObjectNode out = F.objectNode();
    for (Operation.Param p : op.queryParams()) {
      out.set(p.name(), value(p.name(), p.schema(), ids));
    }
    if (op.bodySchema() != null) {
      op.bodySchema()
          .path("properties")
          .properties()
          .forEach(e -> out.set(e.getKey(), value(e.getKey(), e.getValue(), ids)));
    }
    return out;
  }

  private static JsonNode value(String name, JsonNode schema, Map<String, String> ids) {
    if (ids.containsKey(name)) {
      return F.textNode(ids.get(name));
    }
    JsonNode s = schema.has("allOf") ? schema.get("allOf").get(0) : schema;
    if (s.has("enum")) {
      return s.get("enum").get(0);
    }
    switch (name) {
      case "regionID":
        return F.textNode(Api.REGION);
      case "nodeCode":
        return F.textNode("hn-changde-1");
      case "clientToken":
        return F.textNode(UUID.randomUUID().toString());
      case "CIDR":
      case "cidr":
        return F.textNode("192.168.9.0/24");
      default:
        break;
    }
    switch (s.path("type").asText("string")) {
      case "integer":
        return F.numberNode(1);
      case "boolean":
        return F.booleanNode(true);
      case "array":
        ArrayNode arr = F.arrayNode();
        arr.add(
            s.path("items").path("type").asText().equals("object")
                ? JSON.createObjectNode()
                    .put("protocol", "TCP")
                    .put("serverPort", 1)
                    .put("endpointPort", 1)
                : F.textNode("10.0.0.0/24"));
        return arr;
      case "object":
        return F.objectNode();
      default:
        return F.textNode("name-" + name.length());
    }
  }

  private static void mutate(ObjectNode params, Random random) {
    List<String> names = new ArrayList<>();
    params.fieldNames().forEachRemaining(names::add);
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes && !names.isEmpty(); i++) {
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(12)) {
        case 0 -> params.remove(name);
        case 1 -> params.putNull(name);
        case 2 -> params.put(name, random.nextLong());
        case 3 -> params.put(name, -1);
        case 4 -> params.put(name, "");
        case 5 -> params.put(name, "x".repeat(random.nextInt(5000)));
        case 6 -> params.put(name, random.nextBoolean());
        case 7 -> params.putArray(name).add(F.objectNode()).add(7).addNull();
        case 8 -> params.putObject(name).put("a", 1);
        case 9 -> params.put(name, 1.5);
        case 10 -> params.put(name, "中文\u0000\uD83D\uDE80%&=+");
        default -> params.put(name, "10.0.0.300/33");
      }
    }
  }
}
