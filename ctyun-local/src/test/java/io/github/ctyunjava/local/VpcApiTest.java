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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ten /v4/vpc operations: success, validation failures, not-found, CIDR rules, paging. */
class VpcApiTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();
  CtyunLocal local;
  Api api;

  @BeforeEach
  void start() {
    local = Local.start(dir, clock);
    api = new Api(local, clock);
  }

  @AfterEach
  void stop() {
    local.close();
  }

  @Test
  void createShowListDeleteVpc() {
    JsonNode created =
        ok(api.post("/v4/vpc/create", body("name", "vpc-one", "CIDR", "192.168.0.0/16")));
    String id = created.path("returnObj").path("vpcID").asText();
    assertThat(id).matches("^vpc-[a-z0-9]{10}$");
    assertThat(created.path("returnObj").path("createdAt").asText())
        .isEqualTo("2026-06-01T02:00:00Z");

    JsonNode shown = ok(api.get("/v4/vpc/query", "vpcID", id)).path("returnObj");
    assertThat(shown.path("vpcID").asText()).isEqualTo(id);
    assertThat(shown.path("name").asText()).isEqualTo("vpc-one");
    assertThat(shown.path("CIDR").asText()).isEqualTo("192.168.0.0/16");
    assertThat(shown.path("subnetIDs").isArray()).isTrue();
    assertThat(shown.has("_allocated")).isFalse();

    JsonNode legacy = ok(api.get("/v4/vpc/list"));
    assertThat(legacy.path("totalCount").asInt()).isEqualTo(1);
    assertThat(legacy.path("currentCount").asInt()).isEqualTo(1);
    assertThat(legacy.path("totalPage").asInt()).isEqualTo(1);
    assertThat(legacy.path("returnObj").path("vpcs").get(0).path("vpcID").asText()).isEqualTo(id);
    assertThat(legacy.path("returnObj").has("totalCount")).isFalse();

    JsonNode fresh = ok(api.get("/v4/vpc/new-list")).path("returnObj");
    assertThat(fresh.path("totalCount").asInt()).isEqualTo(1);
    assertThat(fresh.path("vpcs").get(0).path("vpcID").asText()).isEqualTo(id);

    ok(api.post("/v4/vpc/delete", body("vpcID", id)));
    fails(api.get("/v4/vpc/query", "vpcID", id), "Openapi.Vpc.NotFound");
  }

  @Test
  void vpcValidation() {
    fails(
        api.post("/v4/vpc/create", body("name", "1bad", "CIDR", "10.0.0.0/8")),
        "Openapi.PatternCheck.NotValid");
    fails(
        api.post("/v4/vpc/create", body("name", "x", "CIDR", "10.0.0.0/8")),
        "Openapi.Parameter.Error");
    fails(
        api.post("/v4/vpc/create", body("name", "http:x", "CIDR", "10.0.0.0/8")),
        "Openapi.PatternCheck.NotValid");
    fails(
        api.post("/v4/vpc/create", body("name", "good", "CIDR", "8.8.0.0/16")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post("/v4/vpc/create", body("name", "good", "CIDR", "10.0.0.0/7")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post("/v4/vpc/create", body("name", "good", "CIDR", "10.0.0.0/29")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post("/v4/vpc/create", body("name", "good", "CIDR", "10.0.0.1/24")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post("/v4/vpc/create", body("name", "good", "CIDR", "10.0.0.0")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post("/v4/vpc/create", body("name", "good", "CIDR", "300.0.0.0/8")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post(
            "/v4/vpc/create",
            body("name", "good", "CIDR", "10.0.0.0/8", "description", "https://x")),
        "Openapi.PatternCheck.NotValid");
    ok(api.post("/v4/vpc/create", body("name", "中文网络_1", "CIDR", "172.16.0.0/12")));
    ok(api.post("/v4/vpc/create", body("name", "edge", "CIDR", "10.1.2.0/28")));
  }

  @Test
  void unknownRegionIsABusinessError() {
    fails(
        api.post(
            "/v4/vpc/create",
            body("name", "good", "CIDR", "10.0.0.0/8", "regionID", "0".repeat(32))),
        "Openapi.Region.NotFound");
  }

  @Test
  void notFoundVpcAndSubnet() {
    fails(api.get("/v4/vpc/query", "vpcID", "vpc-aaaaaaaaaa"), "Openapi.Vpc.NotFound");
    fails(api.post("/v4/vpc/delete", body("vpcID", "vpc-aaaaaaaaaa")), "Openapi.Vpc.NotFound");
    fails(
        api.get("/v4/vpc/query-subnet", "subnetID", "subnet-aaaaaaaaaa"),
        "Openapi.Subnet.NotFound");
    fails(
        api.post("/v4/vpc/delete-subnet", body("subnetID", "subnet-aaaaaaaaaa")),
        "Openapi.Subnet.NotFound");
    fails(
        api.post(
            "/v4/vpc/create-subnet",
            body("vpcID", "vpc-aaaaaaaaaa", "name", "sn", "CIDR", "10.0.0.0/24")),
        "Openapi.Vpc.NotFound");
  }

  @Test
  void subnetCidrRules() {
    String vpc = api.createVpc("net", "10.0.0.0/16");
    String a = api.createSubnet(vpc, "sub-a", "10.0.1.0/24");
    assertThat(a).matches("^subnet-[a-z0-9]{10}$");
    fails(
        api.post("/v4/vpc/create-subnet", body("vpcID", vpc, "name", "out", "CIDR", "10.1.0.0/24")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post(
            "/v4/vpc/create-subnet", body("vpcID", vpc, "name", "ovl", "CIDR", "10.0.1.128/25")),
        "Openapi.Subnet.CidrConflict");
    fails(
        api.post("/v4/vpc/create-subnet", body("vpcID", vpc, "name", "big", "CIDR", "10.0.0.0/15")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post(
            "/v4/vpc/create-subnet", body("vpcID", vpc, "name", "tiny", "CIDR", "10.0.9.0/29")),
        "Openapi.Cidr.Invalid");
    fails(
        api.post(
            "/v4/vpc/create-subnet",
            body(
                "vpcID",
                vpc,
                "name",
                "dhcp",
                "CIDR",
                "10.0.2.0/24",
                "subnetGatewayIP",
                "10.0.2.1",
                "dhcpIP",
                "10.0.2.1")),
        "Openapi.Ip.Invalid");
    fails(
        api.post(
            "/v4/vpc/create-subnet",
            body(
                "vpcID",
                vpc,
                "name",
                "dns",
                "CIDR",
                "10.0.2.0/24",
                "dnsList",
                List.of("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"))),
        "Openapi.Parameter.Error");
    fails(
        api.post(
            "/v4/vpc/create-subnet",
            body("vpcID", vpc, "name", "type", "CIDR", "10.0.2.0/24", "subnetType", "weird")),
        "Openapi.Parameter.Error");
    String b = api.createSubnet(vpc, "sub-b", "10.0.2.0/24");

    JsonNode shown = ok(api.get("/v4/vpc/query-subnet", "subnetID", a)).path("returnObj");
    assertThat(shown.path("CIDR").asText()).isEqualTo("10.0.1.0/24");
    assertThat(shown.path("vpcID").asText()).isEqualTo(vpc);
    assertThat(shown.path("gatewayIP").asText()).isEqualTo("10.0.1.1");
    assertThat(shown.path("type").asInt()).isZero();
    assertThat(shown.path("availableIPCount").asInt()).isEqualTo(252);
    assertThat(shown.has("_allocated")).isFalse();

    JsonNode vpcShown = ok(api.get("/v4/vpc/query", "vpcID", vpc)).path("returnObj");
    assertThat(vpcShown.path("subnetIDs")).extracting(JsonNode::asText).containsExactly(a, b);

    fails(api.post("/v4/vpc/delete", body("vpcID", vpc)), "Openapi.Vpc.InUse");
    ok(api.post("/v4/vpc/delete-subnet", body("subnetID", a)));
    ok(api.post("/v4/vpc/delete-subnet", body("subnetID", b)));
    ok(api.post("/v4/vpc/delete", body("vpcID", vpc)));
  }

  @Test
  void subnetListsFilterAndPage() {
    String vpc = api.createVpc("net", "10.0.0.0/16");
    String other = api.createVpc("other", "10.1.0.0/16");
    for (int i = 0; i < 12; i++) {
      api.createSubnet(vpc, "s" + i, "10.0." + i + ".0/24");
    }
    String lone = api.createSubnet(other, "lone", "10.1.0.0/24");
    JsonNode page2 =
        ok(api.get("/v4/vpc/list-subnet", "vpcID", vpc, "pageNo", "2", "pageSize", "5"));
    assertThat(page2.path("totalCount").asInt()).isEqualTo(12);
    assertThat(page2.path("totalPage").asInt()).isEqualTo(3);
    assertThat(page2.path("currentCount").asInt()).isEqualTo(5);
    assertThat(page2.path("returnObj").path("subnets").get(0).path("name").asText())
        .isEqualTo("s5");
    JsonNode last =
        ok(api.get("/v4/vpc/new-list-subnet", "vpcID", vpc, "pageNo", "3", "pageSize", "5"))
            .path("returnObj");
    assertThat(last.path("currentCount").asInt()).isEqualTo(2);
    assertThat(last.path("subnets").size()).isEqualTo(2);
    JsonNode byId = ok(api.get("/v4/vpc/new-list-subnet", "subnetID", lone)).path("returnObj");
    assertThat(byId.path("totalCount").asInt()).isEqualTo(1);
    // page size above the cap of 50 is clamped, 0 means the default of 10
    JsonNode clamped = ok(api.get("/v4/vpc/new-list-subnet", "pageSize", "500")).path("returnObj");
    assertThat(clamped.path("subnets").size()).isEqualTo(13);
    JsonNode dflt =
        ok(api.get("/v4/vpc/new-list-subnet", "pageSize", "0", "pageNo", "0")).path("returnObj");
    assertThat(dflt.path("subnets").size()).isEqualTo(10);
    assertThat(dflt.path("totalPage").asInt()).isEqualTo(2);
  }

  @Test
  void vpcListsFilterByIdsAndName() {
    String a = api.createVpc("alpha", "10.0.0.0/16");
    String b = api.createVpc("beta", "10.0.0.0/16");
    api.createVpc("gamma", "10.0.0.0/16");
    JsonNode byIds = ok(api.get("/v4/vpc/new-list", "vpcID", a + "," + b)).path("returnObj");
    assertThat(byIds.path("totalCount").asInt()).isEqualTo(2);
    JsonNode byName = ok(api.get("/v4/vpc/list", "vpcName", "beta"));
    assertThat(byName.path("totalCount").asInt()).isEqualTo(1);
    assertThat(byName.path("returnObj").path("vpcs").get(0).path("vpcID").asText()).isEqualTo(b);
  }

  @Test
  void resourcesAreScopedToTheirRegion() {
    String vpc = api.createVpc("east", "10.0.0.0/16");
    String other = "bb9fdb42056f11eda1610242ac110002";
    fails(api.getIn(other, "/v4/vpc/query", "vpcID", vpc), "Openapi.Vpc.NotFound");
    assertThat(ok(api.getIn(other, "/v4/vpc/list")).path("totalCount").asInt()).isZero();
    fails(
        api.post(
            "/v4/vpc/create-subnet",
            body("vpcID", vpc, "name", "sn", "CIDR", "10.0.0.0/24", "regionID", other)),
        "Openapi.Vpc.NotFound");
    fails(api.getIn("not-a-region", "/v4/vpc/list"), "Openapi.Region.NotFound");
  }

  @Test
  void concurrentSubnetCreatesNeverOverlap() throws Exception {
    String vpc = api.createVpc("busy", "10.0.0.0/16");
    int threads = 6;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        // every thread tries the same four blocks: exactly one create per block may win
        results.add(
            pool.submit(
                () -> {
                  int won = 0;
                  for (int i = 0; i < 4; i++) {
                    var a =
                        api.post(
                            "/v4/vpc/create-subnet",
                            body("vpcID", vpc, "name", "s" + i, "CIDR", "10.0." + i + ".0/24"));
                    won += a.statusCode() == 800 ? 1 : 0;
                  }
                  return won;
                }));
      }
      int total = 0;
      for (var f : results) {
        total += f.get();
      }
      assertThat(total).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            ok(api.get("/v4/vpc/new-list-subnet", "vpcID", vpc))
                .path("returnObj")
                .path("totalCount")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void otherAccountsCannotSeeMyVpc() throws Exception {
    String vpc = api.createVpc("mine", "10.0.0.0/16");
    Api other = new Api(local, OtherAccount.create(local), clock);
    fails(other.get("/v4/vpc/query", "vpcID", vpc), "Openapi.Vpc.NotFound");
    assertThat(ok(other.get("/v4/vpc/list")).path("totalCount").asInt()).isZero();
  }

  @Test
  void clientTokenReplaysTheFirstAnswerAndRejectsADifferentBody() {
    var req = body("name", "once", "CIDR", "10.0.0.0/16");
    String first = ok(api.post("/v4/vpc/create", req)).path("returnObj").path("vpcID").asText();
    String again = ok(api.post("/v4/vpc/create", req)).path("returnObj").path("vpcID").asText();
    assertThat(again).isEqualTo(first);
    assertThat(ok(api.get("/v4/vpc/list")).path("totalCount").asInt()).isEqualTo(1);
    var changed = req.deepCopy().put("name", "twice");
    fails(api.post("/v4/vpc/create", changed), "Openapi.ClientToken.Conflict");
  }
}
