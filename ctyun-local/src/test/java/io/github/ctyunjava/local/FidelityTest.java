package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.fails;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.conformance.FlowSetup;
import io.github.ctyunjava.local.conformance.FlowSetup.Service;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.EopClient;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What CTyun's own Go clients send and read, behaviour by behaviour (the conformance suite replays
 * them as a whole): unset fields, GET bodies, per-view types, spellings, updates, public services,
 * service labels without a service, and the answer to a UTC-stamped date.
 */
class FidelityTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();
  CtyunLocal local;
  Api api;
  EopClient client;
  FlowSetup setup;

  @BeforeEach
  void start() {
    local = Local.start(dir, clock);
    api = new Api(local, clock);
    client = new EopClient(local.port(), Credentials.of(Local.AK, Local.SK), clock);
    setup = new FlowSetup(api);
  }

  @AfterEach
  void stop() {
    local.close();
  }

  @Test
  void emptyOrZeroOptionalQueryValuesAreAbsentButARequiredOneStaysRequired() {
    String vpc = setup.vpc();
    JsonNode page =
        ok(api.get(
                "/v4/vpc/new-list",
                "vpcID",
                "",
                "projectID",
                "",
                "pageNumber",
                "0",
                "pageSize",
                "0"))
            .path("returnObj");
    assertThat(page.path("vpcs").get(0).path("vpcID").asText()).isEqualTo(vpc);
    assertThat(page.path("currentCount").asInt()).isEqualTo(1);
    JsonNode noRegion =
        fails(client.get("/v4/vpc/new-list", "regionID", ""), "Openapi.Parameter.Error");
    assertThat(noRegion.path("message").asText()).isEqualTo("parameter regionID is required");
  }

  @Test
  void nullOrEmptyOptionalBodyFieldsAreAbsent() {
    String vpc = setup.vpc();
    String body =
        "{\"regionID\":\""
            + Api.REGION
            + "\",\"clientToken\":\"t-1\",\"name\":\"sn\",\"vpcID\":\""
            + vpc
            + "\",\"CIDR\":\"192.168.9.0/24\",\"description\":\"\",\"enableIpv6\":null,"
            + "\"dnsList\":null,\"subnetType\":\"\"}";
    String subnet =
        ok(client.post("/v4/vpc/create-subnet", body)).path("returnObj").path("subnetID").asText();
    JsonNode shown = ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet)).path("returnObj");
    assertThat(shown.path("type").asInt()).isZero();
    assertThat(shown.path("dnsList").isArray()).isTrue();
  }

  @Test
  void getWithAJsonBodyIsReadFromTheBodyAndStillChecksRequiredFields() {
    Service s = setup.interfaceService(true);
    String json = "{\"regionID\":\"" + Api.REGION + "\",\"endpointServiceID\":\"" + s.id() + "\"}";
    JsonNode backends =
        ok(client.send("GET", "/v4/vpce/list-backends", List.of(), json, jsonType()))
            .path("returnObj");
    assertThat(backends.get(0).path("instanceID").asText()).isEqualTo(FlowSetup.VM);
    JsonNode missing =
        fails(
            client.send(
                "GET",
                "/v4/vpce/list-backends",
                List.of(),
                "{\"regionID\":\"" + Api.REGION + "\"}",
                jsonType()),
            "Openapi.Parameter.Error");
    assertThat(missing.path("message").asText())
        .isEqualTo("parameter endpointServiceID is required");
  }

  @Test
  void showVpcAnswersAnArrayDhcpOptionsSetIdAndListsAString() {
    String vpc = setup.vpc();
    JsonNode shown = ok(api.get("/v4/vpc/query", "vpcID", vpc)).path("returnObj");
    assertThat(shown.path("dhcpOptionsSetID").isArray()).isTrue();
    assertThat(shown.path("secondaryCIDRS").isArray()).isTrue();
    assertThat(shown.path("secondaryCIDRs").isArray()).isTrue();
    JsonNode listed =
        ok(api.get("/v4/vpc/list", "vpcID", vpc)).path("returnObj").path("vpcs").get(0);
    assertThat(listed.path("dhcpOptionsSetID").isTextual()).isTrue();
    assertThat(listed.path("secondaryCIDRs").isArray()).isTrue();
  }

  @Test
  void subnetsCarryBothClientsSpellings() {
    String subnet = setup.network()[1];
    JsonNode shown = ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet)).path("returnObj");
    assertThat(shown.path("gatewayIP").asText()).isEqualTo("192.168.1.1");
    assertThat(shown.path("gateway").asText()).isEqualTo("192.168.1.1");
    assertThat(shown.path("availableIPCount").asInt()).isEqualTo(252);
    assertThat(shown.path("availableIpCount").asInt()).isEqualTo(252);
    assertThat(shown.path("createAt").asText()).isEqualTo("2026-06-01T02:00:00Z");
    assertThat(shown.path("updateAt").asText()).isEqualTo(shown.path("updatedAt").asText());
  }

  @Test
  void updateVpcChangesNameAndDescriptionAndKeepsWhatIsUnset() {
    String vpc = setup.vpc();
    clock.set(clock.instant().plusSeconds(60));
    ok(
        api.post(
            "/v4/vpc/update", body("vpcID", vpc, "name", "renamed", "description", "for tests")));
    JsonNode shown = ok(api.get("/v4/vpc/query", "vpcID", vpc)).path("returnObj");
    assertThat(shown.path("name").asText()).isEqualTo("renamed");
    assertThat(shown.path("description").asText()).isEqualTo("for tests");
    assertThat(shown.path("updatedAt").asText()).isEqualTo("2026-06-01T02:01:00Z");
    // the hand-written SDK sends "" for what the caller left unset
    ok(api.post("/v4/vpc/update", body("vpcID", vpc, "name", "", "description", "")));
    shown = ok(api.get("/v4/vpc/query", "vpcID", vpc)).path("returnObj");
    assertThat(shown.path("name").asText()).isEqualTo("renamed");
    assertThat(shown.path("description").asText()).isEqualTo("for tests");
    fails(
        api.post("/v4/vpc/update", body("vpcID", "vpc-zzzzzzzzzz", "name", "x2")),
        "Openapi.Vpc.NotFound");
  }

  @Test
  void updateSubnetChangesNameAndDnsListAndNullKeepsTheServers() {
    String subnet = setup.network()[1];
    ok(
        api.post(
            "/v4/vpc/update-subnet",
            body("subnetID", subnet, "name", "renamed", "dnsList", List.of("10.0.0.53"))));
    ok(api.post("/v4/vpc/update-subnet", body("subnetID", subnet, "dnsList", null)));
    JsonNode shown = ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet)).path("returnObj");
    assertThat(shown.path("name").asText()).isEqualTo("renamed");
    assertThat(shown.path("dnsList").get(0).asText()).isEqualTo("10.0.0.53");
    fails(
        api.post("/v4/vpc/update-subnet", body("subnetID", subnet, "dnsList", List.of("nope"))),
        "Openapi.Ip.Invalid");
  }

  @Test
  void endpointDescriptionIsAStringNeverNull() {
    String endpoint = setup.endpoint();
    JsonNode e =
        ok(api.get("/v4/vpce/show-endpoint", "endpointID", endpoint))
            .path("returnObj")
            .path("endpoint");
    assertThat(e.path("description").isTextual()).isTrue();
    assertThat(e.path("description").asText()).isEmpty();
  }

  @Test
  void listedCtyunServiceAcceptsEndpointsFromAnyAccount() {
    String[] net = setup.network();
    String zos = setup.listedCtyunService();
    assertThat(zos).isEqualTo("endpser-zosglobal1");
    String endpoint =
        ok(api.post(
                "/v4/vpce/create-endpoint",
                body(
                    "cycleType",
                    "on_demand",
                    "endpointServiceID",
                    zos,
                    "endpointName",
                    "to-zos",
                    "subnetID",
                    net[1],
                    "vpcID",
                    net[0],
                    "whitelistFlag",
                    0,
                    "enableDns",
                    true)))
            .path("returnObj")
            .path("endpointID")
            .asText();
    JsonNode e =
        ok(api.get("/v4/vpce/show-endpoint", "endpointID", endpoint))
            .path("returnObj")
            .path("endpoint");
    assertThat(e.path("endpointServiceID").asText()).isEqualTo(zos);
    assertThat(e.path("status").asInt()).isEqualTo(1);
    assertThat(e.path("endpointObj").path("dnsNames").get(0).asText())
        .isEqualTo(endpoint + ".ctyun-zos.ctyun.local");
    ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", endpoint)));
  }

  @Test
  void serviceLabelWithoutAServiceIsKeptOnTheAccountAndListed() {
    String svc = setup.interfaceService(true).id();
    setup.serviceLabel(svc);
    JsonNode bound =
        ok(api.post("/v4/vpce/service-bind-label", body("labelKey", "owner", "labelValue", "ops")));
    assertThat(bound.path("returnObj").path("endpointServiceID").asText()).isEmpty();
    JsonNode all = ok(api.get("/v4/vpce/service-list-label")).path("returnObj").get(0);
    assertThat(all.path("totalCount").asInt()).isEqualTo(2);
    assertThat(all.path("results").findValuesAsText("labelKey")).containsExactly("env", "owner");
    JsonNode ofService =
        ok(api.get("/v4/vpce/service-list-label", "endpointServiceID", svc))
            .path("returnObj")
            .get(0);
    assertThat(ofService.path("results").findValuesAsText("labelKey")).containsExactly("env");
    String ownerLabel = all.path("results").get(1).path("labelID").asText();
    ok(
        api.post(
            "/v4/vpce/service-unbind-label",
            body("endpointServiceID", svc, "labelID", ownerLabel)));
    JsonNode after = ok(api.get("/v4/vpce/service-list-label")).path("returnObj").get(0);
    assertThat(after.path("results").findValuesAsText("labelKey")).containsExactly("env");
    fails(
        api.post(
            "/v4/vpce/service-unbind-label", body("endpointServiceID", svc, "labelID", ownerLabel)),
        "Openapi.Label.NotFound");
  }

  @Test
  void utcStampedDateIsRefusedWithTheReasonAndTheWayOut() {
    // a Go client on a UTC host writes its wall clock (UTC) with a Z: 8 hours behind Beijing time
    Clock utcHost = Clock.offset(clock, Duration.ofHours(-8));
    EopClient goOnUtcHost =
        new EopClient(local.port(), Credentials.of(Local.AK, Local.SK), utcHost);
    RawHttp.Answer a = goOnUtcHost.get("/v4/vpc/list", "regionID", Api.REGION);
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.errorCode()).isEqualTo("Eop.Auth.DateOutOfWindow");
    assertThat(a.json().path("statusCode").isNumber()).isTrue();
    assertThat(a.json().path("message").asText())
        .contains("looks like UTC")
        .contains("Beijing time (UTC+8)")
        .contains("--accept-utc-dates");
  }

  private static Map<String, String> jsonType() {
    return Map.of("Content-Type", "application/json");
  }
}
