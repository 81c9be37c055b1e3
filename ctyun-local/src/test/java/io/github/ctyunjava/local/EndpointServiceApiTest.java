package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.fails;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoint services: create, list shapes, show, modify, delete, backends, rules, whitelist, labels.
 */
class EndpointServiceApiTest {
  static final String VM = "d40b78e2-23de-4fa6-baf0-e500750f985b";

  @TempDir Path dir;
  TestClock clock = Local.clock();
  CtyunLocal local;
  Api api;
  String vpc;
  String subnet;

  @BeforeEach
  void start() {
    local = Local.start(dir, clock);
    api = new Api(local, clock);
    vpc = api.createVpc("prov", "192.168.0.0/16");
    subnet = api.createSubnet(vpc, "prov-sn", "192.168.1.0/24");
  }

  @AfterEach
  void stop() {
    local.close();
  }

  String createInterface(String name, boolean auto) {
    JsonNode r =
        ok(
            api.post(
                "/v4/vpce/create-endpoint-service",
                body(
                    "vpcID",
                    vpc,
                    "subnetID",
                    subnet,
                    "name",
                    name,
                    "type",
                    "interface",
                    "instanceType",
                    "vm",
                    "instanceID",
                    VM,
                    "autoConnection",
                    auto,
                    "rules",
                    List.of(Map.of("protocol", "TCP", "serverPort", 80, "endpointPort", 8080)))));
    return r.path("returnObj").path("endpointService").path("endpointServiceID").asText();
  }

  @Test
  void createShowListModifyDelete() {
    String id = createInterface("svc-one", true);
    assertThat(id).matches("^endpser-[a-z0-9]{10}$");
    JsonNode s =
        ok(api.get("/v4/vpce/show-endpoint-service", "endpointServiceID", id)).path("returnObj");
    assertThat(s.path("ID").asText()).isEqualTo(id);
    assertThat(s.path("vpcID").asText()).isEqualTo(vpc);
    assertThat(s.path("type").asText()).isEqualTo("interface");
    assertThat(s.path("autoConnection").asBoolean()).isTrue();
    assertThat(s.path("backends").get(0).path("instanceID").asText()).isEqualTo(VM);
    assertThat(s.path("backends").get(0).path("instanceType").asText()).isEqualTo("vm");
    assertThat(s.path("rules").get(0).path("endpointPort").asInt()).isEqualTo(8080);
    assertThat(s.fieldNames()).toIterable().noneMatch(n -> n.startsWith("_"));

    JsonNode legacy = ok(api.get("/v4/vpce/list-endpoint-service"));
    assertThat(legacy.path("totalCount").asInt()).isEqualTo(1);
    assertThat(legacy.path("returnObj").isArray()).isTrue();
    assertThat(legacy.path("returnObj").get(0).path("ID").asText()).isEqualTo(id);
    JsonNode fresh =
        ok(api.get("/v4/vpce/new-list-endpoint-service", "queryContent", "one")).path("returnObj");
    assertThat(fresh.path("totalCount").asInt()).isEqualTo(1);
    assertThat(fresh.path("endpointServices").get(0).path("ID").asText()).isEqualTo(id);
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint-service", "queryContent", "zzz"))
                .path("returnObj")
                .path("totalCount")
                .asInt())
        .isZero();

    ok(
        api.post(
            "/v4/vpce/modify-endpoint-service",
            body("endpointServiceID", id, "name", "svc-two", "autoConnection", false)));
    JsonNode m =
        ok(api.get("/v4/vpce/show-endpoint-service", "endpointServiceID", id)).path("returnObj");
    assertThat(m.path("name").asText()).isEqualTo("svc-two");
    assertThat(m.path("autoConnection").asBoolean()).isFalse();

    fails(api.post("/v4/vpc/delete", body("vpcID", vpc)), "Openapi.Vpc.InUse");
    ok(api.post("/v4/vpce/delete-endpoint-service", body("ID", id)));
    fails(
        api.get("/v4/vpce/show-endpoint-service", "endpointServiceID", id),
        "Openapi.EndpointService.NotFound");
  }

  @Test
  void validationAndNotFound() {
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body("vpcID", vpc, "name", "s1", "autoConnection", true)),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                vpc,
                "name",
                "s1",
                "autoConnection",
                true,
                "instanceType",
                "vm",
                "instanceID",
                VM,
                "type",
                "bogus")),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                vpc,
                "name",
                "s1",
                "autoConnection",
                "yes",
                "instanceType",
                "vm",
                "instanceID",
                VM)),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                vpc,
                "name",
                "s1",
                "autoConnection",
                true,
                "instanceType",
                "vm",
                "instanceID",
                VM,
                "rules",
                List.of(Map.of("protocol", "ICMP", "serverPort", 1, "endpointPort", 1)))),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                vpc,
                "name",
                "s1",
                "autoConnection",
                true,
                "instanceType",
                "vm",
                "instanceID",
                VM,
                "rules",
                List.of(Map.of("protocol", "TCP", "serverPort", 0, "endpointPort", 1)))),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                vpc,
                "name",
                "s1",
                "autoConnection",
                true,
                "instanceType",
                "vm",
                "instanceID",
                VM,
                "ipVersion",
                1)),
        "Openapi.Operation.NotSupported");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                "vpc-zzzzzzzzzz",
                "name",
                "s1",
                "autoConnection",
                true,
                "instanceType",
                "vm",
                "instanceID",
                VM)),
        "Openapi.Vpc.NotFound");
    fails(
        api.post("/v4/vpce/delete-endpoint-service", body("ID", "endpser-zzzzzzzzzz")),
        "Openapi.EndpointService.NotFound");
    fails(
        api.post(
            "/v4/vpce/modify-endpoint-service",
            body("endpointServiceID", "endpser-zzzzzzzzzz", "name", "abc")),
        "Openapi.EndpointService.NotFound");
  }

  @Test
  void malformedBackendIdIsDroppedAsTerraformExpects() {
    String id =
        ok(api.post(
                "/v4/vpce/create-endpoint-service",
                body(
                    "vpcID",
                    vpc,
                    "name",
                    "s2",
                    "autoConnection",
                    true,
                    "instanceType",
                    "vm",
                    "instanceID",
                    "not-a-uuid")))
            .path("returnObj")
            .path("endpointService")
            .path("endpointServiceID")
            .asText();
    JsonNode s =
        ok(api.get("/v4/vpce/show-endpoint-service", "endpointServiceID", id)).path("returnObj");
    assertThat(s.path("backends").size()).isZero();
  }

  @Test
  void backends() {
    String id = createInterface("svc-b", true);
    JsonNode list =
        ok(api.get("/v4/vpce/list-backends", "endpointServiceID", id)).path("returnObj");
    assertThat(list.get(0).path("instanceID").asText()).isEqualTo(VM);
    JsonNode upd =
        ok(
            api.post(
                "/v4/vpce/update-backend",
                body(
                    "endpointServiceID",
                    id,
                    "instanceType",
                    "elb",
                    "instanceID",
                    "lb-tfa20qb11w")));
    assertThat(upd.path("returnObj").path("endpointServiceID").asText()).isEqualTo(id);
    JsonNode after =
        ok(api.get("/v4/vpce/list-backends", "endpointServiceID", id)).path("returnObj");
    assertThat(after.size()).isEqualTo(1);
    assertThat(after.get(0).path("instanceType").asText()).isEqualTo("lb");
    assertThat(after.get(0).path("instanceID").asText()).isEqualTo("lb-tfa20qb11w");
    fails(
        api.post(
            "/v4/vpce/update-backend",
            body("endpointServiceID", id, "instanceType", "lb", "instanceID", "lb-BAD")),
        "Openapi.PatternCheck.NotValid");
    fails(
        api.post(
            "/v4/vpce/delete-backend",
            body("endpointServiceID", id, "instanceID", "lb-zzzzzzzzzz")),
        "Openapi.Backend.NotFound");
    ok(
        api.post(
            "/v4/vpce/delete-backend",
            body("endpointServiceID", id, "instanceID", "lb-tfa20qb11w")));
    assertThat(
            ok(api.get("/v4/vpce/list-backends", "endpointServiceID", id)).path("returnObj").size())
        .isZero();
    fails(
        api.get("/v4/vpce/list-backends", "endpointServiceID", "endpser-zzzzzzzzzz"),
        "Openapi.EndpointService.NotFound");
  }

  @Test
  void rules() {
    String id = createInterface("svc-r", true);
    ok(
        api.post(
            "/v4/vpce/create-endpoint-service-rule",
            body(
                "endpointServiceID", id, "protocol", "UDP", "serverPort", 53, "endpointPort", 53)));
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-rule",
            body("endpointServiceID", id, "protocol", "UDP", "serverPort", 53, "endpointPort", 53)),
        "Openapi.EndpointServiceRule.Exists");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-rule",
            body(
                "endpointServiceID",
                id,
                "protocol",
                "UDP",
                "serverPort",
                70000,
                "endpointPort",
                53)),
        "Openapi.Parameter.Error");
    JsonNode s =
        ok(api.get("/v4/vpce/show-endpoint-service", "endpointServiceID", id)).path("returnObj");
    assertThat(s.path("rules").size()).isEqualTo(2);
    ok(
        api.post(
            "/v4/vpce/delete-endpoint-service-rule",
            body(
                "endpointServiceID",
                id,
                "protocol",
                "TCP",
                "serverPort",
                80,
                "endpointPort",
                8080)));
    fails(
        api.post(
            "/v4/vpce/delete-endpoint-service-rule",
            body(
                "endpointServiceID",
                id,
                "protocol",
                "TCP",
                "serverPort",
                80,
                "endpointPort",
                8080)),
        "Openapi.EndpointServiceRule.NotFound");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-rule",
            body(
                "endpointServiceID",
                "endpser-zzzzzzzzzz",
                "protocol",
                "UDP",
                "serverPort",
                53,
                "endpointPort",
                53)),
        "Openapi.EndpointService.NotFound");
    JsonNode after =
        ok(api.get("/v4/vpce/show-endpoint-service", "endpointServiceID", id)).path("returnObj");
    assertThat(after.path("rules").size()).isEqualTo(1);
    assertThat(after.path("rules").get(0).path("protocol").asText()).isEqualTo("UDP");
  }

  @Test
  void accountWhitelist() {
    String id = createInterface("svc-w", true);
    ok(
        api.post(
            "/v4/vpce/create-endpoint-service-whitelist",
            body("endpointServiceID", id, "email", "a@example.com")));
    ok(
        api.post(
            "/v4/vpce/create-endpoint-service-whitelist",
            body("endpointServiceID", id, "bssAccountID", "acct-2")));
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-whitelist",
            body("endpointServiceID", id, "email", "a@example.com")),
        "Openapi.EndpointServiceWhitelist.Exists");
    fails(
        api.post("/v4/vpce/create-endpoint-service-whitelist", body("endpointServiceID", id)),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-whitelist",
            body("endpointServiceID", id, "email", "nope")),
        "Openapi.PatternCheck.NotValid");
    JsonNode legacy =
        ok(api.get("/v4/vpce/list-endpoint-service-whitelist", "endpointServiceID", id))
            .path("returnObj");
    assertThat(legacy.isArray()).isTrue();
    assertThat(legacy.size()).isEqualTo(2);
    assertThat(legacy.get(0).path("email").asText()).isEqualTo("a@example.com");
    assertThat(legacy.get(0).path("endpointServiceID").asText()).isEqualTo(id);
    JsonNode fresh =
        ok(api.get(
                "/v4/vpce/new-list-endpoint-service-whitelist",
                "endpointServiceID",
                id,
                "pageSize",
                "1"))
            .path("returnObj");
    assertThat(fresh.path("totalCount").asInt()).isEqualTo(2);
    assertThat(fresh.path("totalPage").asInt()).isEqualTo(2);
    assertThat(fresh.path("whitelist").size()).isEqualTo(1);
    ok(
        api.post(
            "/v4/vpce/delete-endpoint-service-whitelist",
            body("endpointServiceID", id, "email", "a@example.com")));
    fails(
        api.post(
            "/v4/vpce/delete-endpoint-service-whitelist",
            body("endpointServiceID", id, "email", "a@example.com")),
        "Openapi.EndpointServiceWhitelist.NotFound");
    fails(
        api.get(
            "/v4/vpce/list-endpoint-service-whitelist", "endpointServiceID", "endpser-zzzzzzzzzz"),
        "Openapi.EndpointService.NotFound");
  }

  @Test
  void labelsAndIpVersion() {
    String id = createInterface("svc-l", true);
    ok(
        api.post(
            "/v4/vpce/service-bind-label",
            body("endpointServiceID", id, "labelKey", "env", "labelValue", "prod")));
    JsonNode page =
        ok(api.get("/v4/vpce/service-list-label", "endpointServiceID", id)).path("returnObj");
    assertThat(page.isArray()).isTrue();
    JsonNode first = page.get(0);
    assertThat(first.path("totalCount").asInt()).isEqualTo(1);
    String labelId = first.path("results").get(0).path("labelID").asText();
    assertThat(first.path("results").get(0).path("labelValue").asText()).isEqualTo("prod");
    ok(
        api.post(
            "/v4/vpce/service-unbind-label", body("endpointServiceID", id, "labelID", labelId)));
    fails(
        api.post(
            "/v4/vpce/service-unbind-label", body("endpointServiceID", id, "labelID", labelId)),
        "Openapi.Label.NotFound");
    fails(
        api.post(
            "/v4/vpce/service-bind-label",
            body("endpointServiceID", "endpser-zzzzzzzzzz", "labelKey", "a", "labelValue", "b")),
        "Openapi.EndpointService.NotFound");

    ok(
        api.post(
            "/v4/vpce/modify-endpoint-service-ip-version",
            body("endpointServiceID", id, "ipVersion", 2)));
    fails(
        api.post(
            "/v4/vpce/modify-endpoint-service-ip-version",
            body("endpointServiceID", id, "ipVersion", 1)),
        "Openapi.Operation.NotSupported");
    fails(
        api.post(
            "/v4/vpce/modify-endpoint-service-ip-version",
            body("endpointServiceID", id, "ipVersion", 7)),
        "Openapi.Parameter.Error");
  }

  @Test
  void ctyunServicesCatalogue() {
    JsonNode r = ok(api.get("/v4/vpce/query-ctyun-service")).path("returnObj");
    assertThat(r.path("totalCount").asInt()).isEqualTo(2);
    assertThat(r.path("results").get(0).path("endpointServiceID").asText())
        .matches("^endpser-[a-z0-9]{10}$");
    fails(api.get("/v4/vpce/query-ctyun-service", "pageSize", "x"), "Openapi.Parameter.Error");
  }
}
