package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.fails;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoints: order flow, clientToken polling, lists, whitelist, connections, labels, OSS. */
class EndpointApiTest {
  static final String VM = "d40b78e2-23de-4fa6-baf0-e500750f985b";

  @TempDir Path dir;
  TestClock clock = Local.clock();
  CtyunLocal local;
  Api api;
  String vpc;
  String subnet;

  void start(StatePolicy policy) {
    local = Local.start(dir, clock, o -> o.endpointOrderPolicy(policy));
    api = new Api(local, clock);
    vpc = api.createVpc("net", "192.168.0.0/16");
    subnet = api.createSubnet(vpc, "sn", "192.168.1.0/24");
  }

  @AfterEach
  void stop() {
    local.close();
  }

  String service(boolean auto) {
    return ok(api.post(
            "/v4/vpce/create-endpoint-service",
            body(
                "vpcID",
                vpc,
                "subnetID",
                subnet,
                "name",
                "svc",
                "instanceType",
                "vm",
                "instanceID",
                VM,
                "autoConnection",
                auto)))
        .path("returnObj")
        .path("endpointService")
        .path("endpointServiceID")
        .asText();
  }

  ObjectNode endpointBody(String service, String name) {
    return body(
        "cycleType",
        "on_demand",
        "endpointServiceID",
        service,
        "endpointName",
        name,
        "subnetID",
        subnet,
        "vpcID",
        vpc,
        "whitelistFlag",
        1,
        "whitelist",
        List.of("10.150.0.0/24", "10.150.0.0/25"));
  }

  String createEndpoint(String service, String name) {
    JsonNode r =
        ok(api.post("/v4/vpce/create-endpoint", endpointBody(service, name))).path("returnObj");
    assertThat(r.path("masterResourceStatus").asText()).isEqualTo("started");
    return r.path("endpointID").asText();
  }

  @Test
  void createIsAnImmediateOrderByDefault() {
    start(StatePolicy.immediate());
    String svc = service(true);
    JsonNode r =
        ok(api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep-one"))).path("returnObj");
    assertThat(r.path("masterOrderID").asText()).matches("^[0-9a-f]{32}$");
    assertThat(r.path("masterOrderNO").asText()).matches("^[0-9]{20}$");
    assertThat(r.path("regionID").asText()).isEqualTo(Api.REGION);
    assertThat(r.path("masterResourceStatus").asText()).isEqualTo("started");
    String id = r.path("endpointID").asText();
    assertThat(id).matches("^endpoint-[a-z0-9]{10}$");

    JsonNode e =
        ok(api.get("/v4/vpce/show-endpoint", "endpointID", id)).path("returnObj").path("endpoint");
    assertThat(e.path("ID").asText()).isEqualTo(id);
    assertThat(e.path("endpointServiceID").asText()).isEqualTo(svc);
    assertThat(e.path("type").asText()).isEqualTo("interface");
    assertThat(e.path("status").asInt()).isEqualTo(1);
    assertThat(e.path("whitelist").asText()).isEqualTo("10.150.0.0/24,10.150.0.0/25");
    assertThat(e.path("vpcAddress").asText()).startsWith("192.168.1.");
    assertThat(e.path("endpointObj").path("ip").asText()).isEqualTo(e.path("vpcAddress").asText());
    assertThat(e.path("endpointObj").path("enableDns").isInt()).isTrue();
    assertThat(e.path("endpointObj").path("subnetID").asText()).isEqualTo(subnet);
    assertThat(e.fieldNames()).toIterable().noneMatch(n -> n.startsWith("_"));

    JsonNode wl =
        ok(api.get("/v4/vpce/show-endpoint-whitelist", "endpointID", id)).path("returnObj");
    assertThat(wl).extracting(JsonNode::asText).containsExactly("10.150.0.0/24", "10.150.0.0/25");

    JsonNode legacy = ok(api.get("/v4/vpce/list-endpoint"));
    assertThat(legacy.path("totalCount").asInt()).isEqualTo(1);
    assertThat(legacy.path("returnObj").get(0).path("endpoints").get(0).path("ID").asText())
        .isEqualTo(id);
    JsonNode fresh =
        ok(api.get("/v4/vpce/new-list-endpoint", "endpointName", "ep-one")).path("returnObj");
    assertThat(fresh.path("totalCount").asInt()).isEqualTo(1);
    assertThat(fresh.path("endpoints").get(0).path("ID").asText()).isEqualTo(id);
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint", "endpointName", "nope"))
                .path("returnObj")
                .path("totalCount")
                .asInt())
        .isZero();
    assertThat(ok(api.get("/v4/vpce/list-endpoint", "vpcID", vpc)).path("totalCount").asInt())
        .isEqualTo(1);
    assertThat(
            ok(api.get("/v4/vpce/list-endpoint", "endpointServiceID", "endpser-zzzzzzzzzz"))
                .path("totalCount")
                .asInt())
        .isZero();

    // the endpoint holds an IP of the subnet: neither the subnet nor the service can go
    fails(api.post("/v4/vpc/delete-subnet", body("subnetID", subnet)), "Openapi.Subnet.InUse");
    fails(
        api.post("/v4/vpce/delete-endpoint-service", body("ID", svc)),
        "Openapi.EndpointService.InUse");

    JsonNode del =
        ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", id))).path("returnObj");
    assertThat(del.path("masterResourceStatus").asText()).isEqualTo("refunded");
    assertThat(del.has("endpointID")).isFalse();
    JsonNode gone =
        fails(api.get("/v4/vpce/show-endpoint", "endpointID", id), "Openapi.VpceEndpoint.NotFound");
    assertThat(gone.path("message").asText()).contains("resource not found");
    ok(api.post("/v4/vpce/delete-endpoint-service", body("ID", svc)));
    ok(api.post("/v4/vpc/delete-subnet", body("subnetID", subnet)));
  }

  @Test
  void endpointsTakeTheLowestFreeAddressAndReleasedOnesAreReused() {
    start(StatePolicy.immediate());
    String svc = service(true);
    int before = availableIps();
    long[] ips = new long[3];
    String[] ids = new String[3];
    for (int i = 0; i < 3; i++) {
      ids[i] = createEndpoint(svc, "ep-" + i);
      ips[i] = ipOf(ids[i]);
    }
    assertThat(ips[1]).isEqualTo(ips[0] + 1);
    assertThat(ips[2]).isEqualTo(ips[1] + 1);
    assertThat(availableIps()).isEqualTo(before - 3);

    ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", ids[1])));
    assertThat(availableIps()).isEqualTo(before - 2);
    assertThat(ipOf(createEndpoint(svc, "ep-again"))).isEqualTo(ips[1]);
    assertThat(ipOf(createEndpoint(svc, "ep-next"))).isEqualTo(ips[2] + 1);
    assertThat(availableIps()).isEqualTo(before - 4);
    JsonNode shown = ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet)).path("returnObj");
    assertThat(shown.fieldNames()).toIterable().noneMatch(n -> n.startsWith("_"));
  }

  int availableIps() {
    return ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet))
        .path("returnObj")
        .path("availableIPCount")
        .asInt();
  }

  long ipOf(String endpointId) {
    String ip =
        ok(api.get("/v4/vpce/show-endpoint", "endpointID", endpointId))
            .path("returnObj")
            .path("endpoint")
            .path("vpcAddress")
            .asText();
    long v = 0;
    for (String part : ip.split("\\.")) {
      v = v * 256 + Integer.parseInt(part);
    }
    return v;
  }

  @Test
  void orderCompletesAfterNReadsAndTheSameTokenReturnsTheSameOrder() {
    start(StatePolicy.parse("reads:3"));
    String svc = service(true);
    ObjectNode req = endpointBody(svc, "ep-poll");
    JsonNode first = ok(api.post("/v4/vpce/create-endpoint", req)).path("returnObj");
    assertThat(first.path("masterResourceStatus").asText()).isEqualTo("starting");
    assertThat(first.path("endpointID").isNull()).isTrue();
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj").path("totalCount").asInt())
        .isZero();
    fails(
        api.post("/v4/vpce/create-endpoint", req.deepCopy().put("endpointName", "other")),
        "Openapi.ClientToken.Conflict");
    JsonNode second = ok(api.post("/v4/vpce/create-endpoint", req)).path("returnObj");
    assertThat(second.path("masterOrderID").asText())
        .isEqualTo(first.path("masterOrderID").asText());
    assertThat(second.path("endpointID").isNull()).isTrue();
    JsonNode third = ok(api.post("/v4/vpce/create-endpoint", req)).path("returnObj");
    assertThat(third.path("masterOrderID").asText())
        .isEqualTo(first.path("masterOrderID").asText());
    assertThat(third.path("masterResourceStatus").asText()).isEqualTo("started");
    String id = third.path("endpointID").asText();
    assertThat(id).matches("^endpoint-[a-z0-9]{10}$");
    JsonNode fourth = ok(api.post("/v4/vpce/create-endpoint", req)).path("returnObj");
    assertThat(fourth.path("endpointID").asText()).isEqualTo(id);
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj").path("totalCount").asInt())
        .isEqualTo(1);
  }

  @Test
  void deleteOrderIsRefundedAfterNReadsAndTheEndpointStaysVisibleUntilThen() {
    start(StatePolicy.parse("reads:2"));
    String svc = service(true);
    ObjectNode create = endpointBody(svc, "ep-del");
    ok(api.post("/v4/vpce/create-endpoint", create));
    String id =
        ok(api.post("/v4/vpce/create-endpoint", create))
            .path("returnObj")
            .path("endpointID")
            .asText();
    ObjectNode del = body("endpointID", id);
    JsonNode first = ok(api.post("/v4/vpce/delete-endpoint", del)).path("returnObj");
    assertThat(first.path("masterResourceStatus").asText()).isEqualTo("starting");
    assertThat(first.path("masterOrderID").asText()).matches("^[0-9a-f]{32}$");
    ok(api.get("/v4/vpce/show-endpoint", "endpointID", id));
    fails(api.post("/v4/vpce/delete-endpoint", body("endpointID", id)), "Openapi.Order.Inprogress");
    JsonNode second = ok(api.post("/v4/vpce/delete-endpoint", del)).path("returnObj");
    assertThat(second.path("masterResourceStatus").asText()).isEqualTo("refunded");
    assertThat(second.path("masterOrderID").asText())
        .isEqualTo(first.path("masterOrderID").asText());
    fails(api.get("/v4/vpce/show-endpoint", "endpointID", id), "Openapi.VpceEndpoint.NotFound");
    JsonNode third = ok(api.post("/v4/vpce/delete-endpoint", del)).path("returnObj");
    assertThat(third.path("masterResourceStatus").asText()).isEqualTo("refunded");
    ok(
        api.post(
            "/v4/vpc/create-subnet", body("vpcID", vpc, "name", "sn2", "CIDR", "192.168.2.0/24")));
  }

  @Test
  void orderCompletesAfterNSeconds() {
    start(StatePolicy.parse("seconds:30"));
    String svc = service(true);
    JsonNode first =
        ok(api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep-time"))).path("returnObj");
    assertThat(first.path("masterResourceStatus").asText()).isEqualTo("starting");
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj").path("totalCount").asInt())
        .isZero();
    clock.set(clock.instant().plus(Duration.ofSeconds(30)));
    JsonNode list = ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj");
    assertThat(list.path("totalCount").asInt()).isEqualTo(1);
    String id = list.path("endpoints").get(0).path("ID").asText();
    JsonNode del =
        ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", id))).path("returnObj");
    assertThat(del.path("masterResourceStatus").asText()).isEqualTo("starting");
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj").path("totalCount").asInt())
        .isEqualTo(1);
    clock.set(clock.instant().plus(Duration.ofSeconds(30)));
    assertThat(
            ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj").path("totalCount").asInt())
        .isZero();
    // the endpoint's address went back to the subnet
    assertThat(
            ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet))
                .path("returnObj")
                .path("availableIPCount")
                .asInt())
        .isEqualTo(252);
  }

  int listed() {
    return ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj").path("totalCount").asInt();
  }

  @Test
  void ordersOpenedAfterAReadFoundNoneDueStillCompleteEachOnTime() {
    start(StatePolicy.parse("seconds:30"));
    String svc = service(true);
    assertThat(listed()).isZero(); // nothing pending: remembered as "no order due"
    String first =
        ok(api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep-a")))
            .path("returnObj")
            .path("masterOrderID")
            .asText();
    assertThat(first).isNotEmpty();
    assertThat(listed()).isZero(); // remembered: the first order is due in 30 s
    clock.set(clock.instant().plus(Duration.ofSeconds(10)));
    ok(api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep-b")));
    clock.set(clock.instant().plus(Duration.ofSeconds(19)));
    assertThat(listed()).isZero();
    clock.set(clock.instant().plus(Duration.ofSeconds(1)));
    JsonNode page = ok(api.get("/v4/vpce/new-list-endpoint")).path("returnObj");
    assertThat(page.path("totalCount").asInt()).isEqualTo(1);
    String a = page.path("endpoints").get(0).path("ID").asText();
    assertThat(page.path("endpoints").get(0).path("name").asText()).isEqualTo("ep-a");
    ok(api.get("/v4/vpce/show-endpoint", "endpointID", a));
    clock.set(clock.instant().plus(Duration.ofSeconds(9)));
    assertThat(listed()).isEqualTo(1);
    clock.set(clock.instant().plus(Duration.ofSeconds(1)));
    assertThat(listed()).isEqualTo(2);
    // a delete order opened after all that was remembered is refunded on time as well
    ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", a)));
    ok(api.get("/v4/vpce/show-endpoint", "endpointID", a));
    clock.set(clock.instant().plus(Duration.ofSeconds(30)));
    fails(api.get("/v4/vpce/show-endpoint", "endpointID", a), "Openapi.VpceEndpoint.NotFound");
    assertThat(listed()).isEqualTo(1);
  }

  @Test
  void createValidationAndNotFound() {
    start(StatePolicy.immediate());
    String svc = service(true);
    fails(
        api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep").put("cycleType", "yearly")),
        "Openapi.Parameter.Error");
    ObjectNode noFlag = endpointBody(svc, "ep");
    noFlag.remove("whitelistFlag");
    fails(api.post("/v4/vpce/create-endpoint", noFlag), "Openapi.Parameter.Error");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("10.0." + i + ".0/24");
    }
    fails(
        api.post(
            "/v4/vpce/create-endpoint",
            endpointBody(svc, "ep").set("whitelist", Api.body("w", many).get("w"))),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpce/create-endpoint",
            endpointBody(svc, "ep")
                .set("whitelist", Api.body("w", List.of("10.0.0.1/24")).get("w"))),
        "Openapi.Cidr.Invalid");
    fails(
        api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep").put("IP", "10.9.9.9")),
        "Openapi.Ip.Invalid");
    fails(
        api.post("/v4/vpce/create-endpoint", endpointBody("endpser-zzzzzzzzzz", "ep")),
        "Openapi.EndpointService.NotFound");
    fails(
        api.post(
            "/v4/vpce/create-endpoint",
            endpointBody(svc, "ep").put("subnetID", "subnet-zzzzzzzzzz")),
        "Openapi.Subnet.NotFound");
    String otherVpc = api.createVpc("other", "10.0.0.0/16");
    fails(
        api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep").put("vpcID", otherVpc)),
        "Openapi.Subnet.NotInVpc");
    String fixed =
        ok(api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep").put("IP", "192.168.1.50")))
            .path("returnObj")
            .path("endpointID")
            .asText();
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint", "endpointID", fixed))
                .path("returnObj")
                .path("endpoint")
                .path("vpcAddress")
                .asText())
        .isEqualTo("192.168.1.50");
    fails(
        api.post("/v4/vpce/create-endpoint", endpointBody(svc, "ep2").put("IP", "192.168.1.50")),
        "Openapi.Ip.InUse");
    fails(
        api.get("/v4/vpce/show-endpoint", "endpointID", "endpoint-zzzzzzzzzz"),
        "Openapi.VpceEndpoint.NotFound");
    fails(
        api.post("/v4/vpce/delete-endpoint", body("endpointID", "endpoint-zzzzzzzzzz")),
        "Openapi.VpceEndpoint.NotFound");
  }

  @Test
  void updateWhitelistDeleteProtectionAndPrice() {
    start(StatePolicy.immediate());
    String svc = service(true);
    String id = createEndpoint(svc, "ep-w");
    ok(
        api.post(
            "/v4/vpce/add-endpoint-whitelist",
            body("endpointID", id, "whitelist", List.of("10.1.0.0/16"))));
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint-whitelist", "endpointID", id))
                .path("returnObj")
                .size())
        .isEqualTo(3);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      many.add("10.2." + i + ".0/24");
    }
    fails(
        api.post("/v4/vpce/add-endpoint-whitelist", body("endpointID", id, "whitelist", many)),
        "Openapi.Whitelist.Exceeded");
    ok(api.post("/v4/vpce/delete-endpoint-whitelist", body("endpointID", id)));
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint-whitelist", "endpointID", id))
                .path("returnObj")
                .size())
        .isZero();
    fails(
        api.post(
            "/v4/vpce/add-endpoint-whitelist",
            body("endpointID", "endpoint-zzzzzzzzzz", "whitelist", List.of("10.1.0.0/16"))),
        "Openapi.VpceEndpoint.NotFound");

    ok(
        api.post(
            "/v4/vpce/update-endpoint",
            body(
                "endpointID",
                id,
                "endpointName",
                "renamed",
                "enableDns",
                true,
                "deleteProtection",
                true,
                "enableWhitelist",
                true,
                "whitelist",
                List.of("172.16.0.0/12"))));
    JsonNode e =
        ok(api.get("/v4/vpce/show-endpoint", "endpointID", id)).path("returnObj").path("endpoint");
    assertThat(e.path("name").asText()).isEqualTo("renamed");
    assertThat(e.path("whitelist").asText()).isEqualTo("172.16.0.0/12");
    assertThat(e.path("endpointObj").path("enableDns").asInt()).isEqualTo(1);
    assertThat(e.path("endpointObj").path("dnsNames").get(0).asText()).startsWith(id + ".");
    fails(
        api.post("/v4/vpce/delete-endpoint", body("endpointID", id)),
        "Openapi.VpceEndpoint.DeleteProtection");
    fails(
        api.post("/v4/vpce/update-endpoint", body("endpointID", id, "endpointName", "9bad")),
        "Openapi.PatternCheck.NotValid");
    fails(
        api.post("/v4/vpce/update-endpoint", body("endpointID", "endpoint-zzzzzzzzzz")),
        "Openapi.VpceEndpoint.NotFound");
    ok(
        api.post(
            "/v4/vpce/update-endpoint",
            body("endpointID", id, "deleteProtection", false, "enableWhitelist", false)));
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint", "endpointID", id))
                .path("returnObj")
                .path("endpoint")
                .path("whitelist")
                .asText())
        .isEmpty();
    ok(api.post("/v4/vpce/delete-endpoint", body("endpointID", id)));

    JsonNode price =
        ok(api.post("/v4/vpce/query-create-endpoint-price", endpointBody(svc, "ep-p")))
            .path("returnObj");
    assertThat(price.path("finalPrice").isNumber()).isTrue();
    assertThat(
            price
                .path("subOrderPrices")
                .get(0)
                .path("orderItemPrices")
                .get(0)
                .path("totalPrice")
                .isTextual())
        .isTrue();
    fails(
        api.post(
            "/v4/vpce/query-create-endpoint-price", endpointBody("endpser-zzzzzzzzzz", "ep-p")),
        "Openapi.EndpointService.NotFound");
    fails(
        api.post(
            "/v4/vpce/query-create-endpoint-price",
            endpointBody(svc, "ep-p").put("cycleType", "x")),
        "Openapi.Parameter.Error");
  }

  @Test
  void connectionsFollowAutoConnectionAcceptAndReject() {
    start(StatePolicy.immediate());
    String svc = service(false);
    String id = createEndpoint(svc, "ep-c");
    JsonNode e =
        ok(api.get("/v4/vpce/show-endpoint", "endpointID", id)).path("returnObj").path("endpoint");
    assertThat(e.path("status").asInt()).isEqualTo(2);
    JsonNode conns =
        ok(api.get("/v4/vpce/show-endpoint-service-connections", "endpointServiceID", svc))
            .path("returnObj");
    assertThat(conns.get(0).path("endpointID").asText()).isEqualTo(id);
    assertThat(conns.get(0).path("status").asText()).isEqualTo("DOWN");
    ok(
        api.post(
            "/v4/vpce/accept-endpoint-apply", body("endpointServiceID", svc, "endpointID", id)));
    conns =
        ok(api.get("/v4/vpce/show-endpoint-service-connections", "endpointServiceID", svc))
            .path("returnObj");
    assertThat(conns.get(0).path("status").asText()).isEqualTo("UP");
    assertThat(conns.get(0).path("connectionStatus").asText()).isEqualTo("已连接");
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint", "endpointID", id))
                .path("returnObj")
                .path("endpoint")
                .path("status")
                .asInt())
        .isEqualTo(1);
    ok(
        api.post(
            "/v4/vpce/reject-endpoint-apply", body("endpointServiceID", svc, "endpointID", id)));
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint", "endpointID", id))
                .path("returnObj")
                .path("endpoint")
                .path("status")
                .asInt())
        .isEqualTo(2);
    fails(
        api.post(
            "/v4/vpce/accept-endpoint-apply",
            body("endpointServiceID", svc, "endpointID", "endpoint-zzzzzzzzzz")),
        "Openapi.VpceEndpoint.NotFound");
    fails(
        api.post(
            "/v4/vpce/reject-endpoint-apply",
            body("endpointServiceID", "endpser-zzzzzzzzzz", "endpointID", id)),
        "Openapi.EndpointService.NotFound");

    ok(
        api.post(
            "/v4/vpce/update-endpoint-service-connections",
            body("endpointServiceID", svc, "autoConnection", true)));
    String auto = createEndpoint(svc, "ep-auto");
    assertThat(
            ok(api.get("/v4/vpce/show-endpoint", "endpointID", auto))
                .path("returnObj")
                .path("endpoint")
                .path("status")
                .asInt())
        .isEqualTo(1);
    fails(
        api.post("/v4/vpce/update-endpoint-service-connections", body("endpointServiceID", svc)),
        "Openapi.Parameter.Error");
  }

  @Test
  void foreignAccountsNeedTheServiceWhitelist() {
    start(StatePolicy.immediate());
    String svc = service(true);
    Credentials otherKeys = OtherAccount.create(local, "friend@example.com");
    Api other = new Api(local, otherKeys, clock);
    String ovpc = other.createVpc("theirs", "10.0.0.0/16");
    String osub = other.createSubnet(ovpc, "theirs-sn", "10.0.1.0/24");
    ObjectNode req =
        body(
            "cycleType",
            "on_demand",
            "endpointServiceID",
            svc,
            "endpointName",
            "foreign",
            "subnetID",
            osub,
            "vpcID",
            ovpc,
            "whitelistFlag",
            0);
    fails(other.post("/v4/vpce/create-endpoint", req), "Openapi.Endpoint_service.AccessFailed");
    ok(
        api.post(
            "/v4/vpce/create-endpoint-service-whitelist",
            body("endpointServiceID", svc, "email", "friend@example.com")));
    String id =
        ok(other.post("/v4/vpce/create-endpoint", req))
            .path("returnObj")
            .path("endpointID")
            .asText();
    JsonNode conns =
        ok(api.get("/v4/vpce/show-endpoint-service-connections", "endpointServiceID", svc))
            .path("returnObj");
    assertThat(conns.get(0).path("endpointID").asText()).isEqualTo(id);
    assertThat(conns.get(0).path("account").asText()).isEqualTo("friend@example.com");
    fails(api.get("/v4/vpce/show-endpoint", "endpointID", id), "Openapi.VpceEndpoint.NotFound");
  }

  @Test
  void labelsOssPolicyAndIpVersion() {
    start(StatePolicy.immediate());
    String id = createEndpoint(service(true), "ep-x");
    JsonNode bound =
        ok(
            api.post(
                "/v4/vpce/endpoint-bind-label",
                body("endpointID", id, "labelKey", "team", "labelValue", "net")));
    assertThat(bound.path("returnObj").path("endpointID").asText()).isEqualTo(id);
    JsonNode page =
        ok(api.get("/v4/vpce/endpoint-list-label", "endpointID", id)).path("returnObj").get(0);
    assertThat(page.path("totalCount").asInt()).isEqualTo(1);
    String labelId = page.path("results").get(0).path("labelID").asText();
    ok(api.post("/v4/vpce/endpoint-unbind-label", body("endpointID", id, "labelID", labelId)));
    fails(
        api.post("/v4/vpce/endpoint-unbind-label", body("endpointID", id, "labelID", labelId)),
        "Openapi.Label.NotFound");
    fails(
        api.post("/v4/vpce/endpoint-bind-label", body("endpointID", id, "labelKey", "team")),
        "Openapi.Parameter.Error");
    fails(
        api.get("/v4/vpce/endpoint-list-label", "endpointID", "endpoint-zzzzzzzzzz"),
        "Openapi.VpceEndpoint.NotFound");

    assertThat(
            ok(api.get("/v4/endpoint/get-oss-policy", "endpointID", id))
                .path("returnObj")
                .path("policy")
                .asText())
        .isEmpty();
    ok(
        api.post(
            "/v4/endpoint/create-oss-policy",
            body("endpointID", id, "policy", "{\"Statement\":[]}")));
    assertThat(
            ok(api.get("/v4/endpoint/get-oss-policy", "endpointID", id))
                .path("returnObj")
                .path("policy")
                .asText())
        .isEqualTo("{\"Statement\":[]}");
    ok(api.post("/v4/endpoint/delete-oss-policy", body("endpointID", id)));
    fails(
        api.post("/v4/endpoint/delete-oss-policy", body("endpointID", id)),
        "Openapi.OssPolicy.NotFound");
    fails(
        api.post("/v4/endpoint/create-oss-policy", body("endpointID", id)),
        "Openapi.Parameter.Error");
    fails(
        api.get("/v4/endpoint/get-oss-policy", "endpointID", "endpoint-zzzzzzzzzz"),
        "Openapi.VpceEndpoint.NotFound");

    ok(api.post("/v4/vpce/modify-endpoint-ip-version", body("endpointID", id, "ipVersion", 2)));
    fails(
        api.post("/v4/vpce/modify-endpoint-ip-version", body("endpointID", id, "ipVersion", 1)),
        "Openapi.Operation.NotSupported");
    fails(
        api.post(
            "/v4/vpce/modify-endpoint-ip-version",
            body("endpointID", "endpoint-zzzzzzzzzz", "ipVersion", 0)),
        "Openapi.VpceEndpoint.NotFound");
  }
}
