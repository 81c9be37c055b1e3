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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reverse-service flow of terraform's fixture: transit IPs and reverse rules. */
class ReverseServiceApiTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();
  CtyunLocal local;
  Api api;
  String vpc;
  String subnet;
  String svc;
  String endpoint;

  @BeforeEach
  void start() {
    local = Local.start(dir, clock);
    api = new Api(local, clock);
    vpc = api.createVpc("net", "192.168.0.0/16");
    subnet = api.createSubnet(vpc, "sn", "192.168.4.0/24");
    svc =
        ok(api.post(
                "/v4/vpce/create-endpoint-service",
                body(
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
    endpoint =
        ok(api.post(
                "/v4/vpce/create-endpoint",
                body(
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
  }

  @AfterEach
  void stop() {
    local.close();
  }

  @Test
  void reverseServiceGetsATransitIpAndRulesUseIt() {
    JsonNode list =
        ok(api.get("/v4/vpce/list-endpoint-service-transit-ip", "endpointServiceID", svc));
    assertThat(list.path("totalCount").asInt()).isEqualTo(1);
    assertThat(list.path("returnObj").path("totalCount").asInt()).isEqualTo(1);
    String transit = list.path("returnObj").path("transitIPs").get(0).path("transitIP").asText();
    assertThat(transit).startsWith("192.168.4.");
    assertThat(list.path("returnObj").path("transitIPs").get(0).path("subnetID").asText())
        .isEqualTo(subnet);

    JsonNode created =
        ok(
            api.post(
                "/v4/vpce/create-endpoint-service-reverse-rule",
                body(
                    "endpointServiceID",
                    svc,
                    "endpointID",
                    endpoint,
                    "transitIPAddress",
                    transit,
                    "transitPort",
                    3306,
                    "protocol",
                    "TCP",
                    "targetIPAddress",
                    "10.0.0.5",
                    "targetPort",
                    3306)));
    String ruleId = created.path("reverseRuleID").asText();
    assertThat(ruleId).matches("^endprule-[a-z0-9]{10}$");
    assertThat(created.path("returnObj").path("reverseRuleID").asText()).isEqualTo(ruleId);
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-reverse-rule",
            body(
                "endpointServiceID",
                svc,
                "endpointID",
                endpoint,
                "transitIPAddress",
                transit,
                "transitPort",
                3306,
                "protocol",
                "TCP",
                "targetIPAddress",
                "10.0.0.6",
                "targetPort",
                3306)),
        "Openapi.EndpointServiceRule.Exists");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-reverse-rule",
            body(
                "endpointServiceID",
                svc,
                "endpointID",
                endpoint,
                "transitIPAddress",
                "192.168.4.250",
                "transitPort",
                1,
                "protocol",
                "TCP",
                "targetIPAddress",
                "10.0.0.6",
                "targetPort",
                1)),
        "Openapi.TransitIp.NotFound");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-reverse-rule",
            body(
                "endpointServiceID",
                svc,
                "endpointID",
                endpoint,
                "transitIPAddress",
                transit,
                "transitPort",
                1,
                "protocol",
                "SCTP",
                "targetIPAddress",
                "10.0.0.6",
                "targetPort",
                1)),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-reverse-rule",
            body(
                "endpointServiceID",
                svc,
                "endpointID",
                "endpoint-zzzzzzzzzz",
                "transitIPAddress",
                transit,
                "transitPort",
                1,
                "protocol",
                "TCP",
                "targetIPAddress",
                "10.0.0.6",
                "targetPort",
                1)),
        "Openapi.VpceEndpoint.NotFound");

    JsonNode rules =
        ok(api.get("/v4/vpce/list-endpoint-service-reverse-rule", "endpointServiceID", svc))
            .path("returnObj");
    assertThat(rules.path("totalCount").asInt()).isEqualTo(1);
    assertThat(rules.path("reverseRules").get(0).path("ID").asText()).isEqualTo(ruleId);
    assertThat(rules.path("reverseRules").get(0).path("targetIPAddress").asText())
        .isEqualTo("10.0.0.5");

    fails(
        api.post(
            "/v4/vpce/delete-endpoint-service-transit-ip",
            body("endpointServiceID", svc, "transitIP", transit)),
        "Openapi.TransitIp.InUse");
    fails(
        api.post("/v4/vpce/delete-endpoint", body("endpointID", endpoint)),
        "Openapi.VpceEndpoint.InUse");
    fails(
        api.post("/v4/vpce/delete-endpoint-service", body("ID", svc)),
        "Openapi.EndpointService.InUse");
    ok(api.post("/v4/vpce/delete-endpoint-service-reverse-rule", body("reverseRuleID", ruleId)));
    fails(
        api.post("/v4/vpce/delete-endpoint-service-reverse-rule", body("reverseRuleID", ruleId)),
        "Openapi.ReverseRule.NotFound");
    ok(
        api.post(
            "/v4/vpce/delete-endpoint-service-transit-ip",
            body("endpointServiceID", svc, "transitIP", transit)));
    fails(
        api.post(
            "/v4/vpce/delete-endpoint-service-transit-ip",
            body("endpointServiceID", svc, "transitIP", transit)),
        "Openapi.TransitIp.NotFound");
    ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", endpoint)));
    ok(api.post("/v4/vpce/delete-endpoint-service", body("ID", svc)));
    ok(api.post("/v4/vpc/delete-subnet", body("subnetID", subnet)));
  }

  @Test
  void transitIpCreateRules() {
    JsonNode added =
        ok(
            api.post(
                "/v4/vpce/create-endpoint-service-transit-ip",
                body("endpointServiceID", svc, "subnetID", subnet, "transitIP", "192.168.4.100")));
    assertThat(added.path("transitIP").asText()).isEqualTo("192.168.4.100");
    assertThat(added.path("returnObj").path("transitIP").asText()).isEqualTo("192.168.4.100");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-transit-ip",
            body("endpointServiceID", svc, "subnetID", subnet, "transitIP", "192.168.4.100")),
        "Openapi.Ip.InUse");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-transit-ip",
            body("endpointServiceID", svc, "subnetID", subnet, "transitIP", "10.0.0.1")),
        "Openapi.Ip.Invalid");
    String otherVpc = api.createVpc("ovpc", "10.0.0.0/16");
    String otherSubnet = api.createSubnet(otherVpc, "osn", "10.0.1.0/24");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-transit-ip",
            body("endpointServiceID", svc, "subnetID", otherSubnet)),
        "Openapi.Subnet.NotInVpc");
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service-transit-ip",
            body("endpointServiceID", "endpser-zzzzzzzzzz", "subnetID", subnet)),
        "Openapi.EndpointService.NotFound");
    fails(
        api.post("/v4/vpce/create-endpoint-service-transit-ip", body("endpointServiceID", svc)),
        "Openapi.Parameter.Error");
    assertThat(
            ok(api.get("/v4/vpce/list-endpoint-service-transit-ip", "endpointServiceID", svc))
                .path("totalCount")
                .asInt())
        .isEqualTo(2);
    fails(
        api.get(
            "/v4/vpce/list-endpoint-service-transit-ip", "endpointServiceID", "endpser-zzzzzzzzzz"),
        "Openapi.EndpointService.NotFound");
  }

  @Test
  void reverseServiceNeedsASubnet() {
    fails(
        api.post(
            "/v4/vpce/create-endpoint-service",
            body("vpcID", vpc, "name", "rev2", "type", "reverse", "autoConnection", true)),
        "Openapi.Parameter.Error");
  }
}
