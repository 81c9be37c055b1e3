package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.fails;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.local.testing.EopClient;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four evidenced ECX operations. */
class EcxApiTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();
  CtyunLocal local;
  EopClient client;

  @BeforeEach
  void start() {
    local = Local.start(dir, clock);
    client = new EopClient(local.port(), Credentials.of(Local.AK, Local.SK), clock);
  }

  @AfterEach
  void stop() {
    local.close();
  }

  @Test
  void describeRegionClustersWithEmptyQueryAndBody() {
    JsonNode r = ok(client.get("/v3/cluster/describeRegionClusters")).path("returnObj");
    assertThat(r.path("results").get(0).path("clusters").get(0).path("nodeCode").asText())
        .isEqualTo("hn-changde-1");
    assertThat(
            ok(client.get("/ecx/v3/cluster/describeRegionClusters"))
                .path("returnObj")
                .path("results")
                .size())
        .isEqualTo(2);
  }

  @Test
  void describeInstanceSpec() {
    JsonNode r =
        ok(client.get("/v3/cluster/describeInstanceSpec", "nodeCode", "hn-changde-1"))
            .path("returnObj");
    assertThat(r.path("results").size()).isPositive();
    assertThat(r.path("results").get(0).path("cpu").isInt()).isTrue();
    fails(client.get("/v3/cluster/describeInstanceSpec"), "Openapi.Parameter.Error");
    fails(
        client.get("/v3/cluster/describeInstanceSpec", "nodeCode", "HN_bad"),
        "Openapi.PatternCheck.NotValid");
    fails(
        client.get("/v3/cluster/describeInstanceSpec", "nodeCode", "xx-nowhere-1"),
        "Ecx.Cluster.NotFound");
  }

  @Test
  void createVpcFromBodyOrQuery() {
    JsonNode r =
        ok(client.post("/v3/vpc/createVPC", "{\"nodeCode\":\"hn-changde-1\"}")).path("returnObj");
    assertThat(r.path("vpcId").asText()).matches("^vpc-[a-z0-9]{10}$");
    RawHttp.Answer fromQuery =
        client.send(
            "POST",
            "/v3/vpc/createVPC",
            List.of(QueryParam.of("nodeCode", "hi-haikou-6")),
            null,
            Map.of());
    assertThat(ok(fromQuery).path("returnObj").path("vpcId").asText()).startsWith("vpc-");
    fails(
        client.post("/v3/vpc/createVPC", "{\"nodeCode\":\"hn-changde-1\",\"cidr\":\"8.8.8.0/24\"}"),
        "Ecx.Cidr.Invalid");
    fails(client.post("/v3/vpc/createVPC", "{}"), "Openapi.Parameter.Error");
    fails(
        client.post("/v3/vpc/createVPC", "{\"nodeCode\":\"xx-nowhere-1\"}"),
        "Ecx.Cluster.NotFound");
  }

  @Test
  void allocateEipV1() {
    JsonNode r =
        ok(client.post(
                "/v1/allocateEipAddress",
                "{\"nodeCode\":\"hi-haikou-6\",\"bandwidthSize\":1,\"noBandwidthLimit\":true,\"isDualStack\":false,\"bandwidthPriceType\":\"FIXED_BANDWIDTH\"}"))
            .path("returnObj");
    assertThat(r.path("eipId").asText()).matches("^eip-[a-z0-9]{10}$");
    assertThat(r.path("ipAddress").asText()).startsWith("203.0.113.");
    fails(
        client.post("/v1/allocateEipAddress", "{\"nodeCode\":\"hi-haikou-6\"}"),
        "Openapi.Parameter.Error");
    fails(
        client.post(
            "/v1/allocateEipAddress", "{\"nodeCode\":\"hi-haikou-6\",\"bandwidthSize\":\"1\"}"),
        "Openapi.Parameter.Error");
    fails(
        client.post(
            "/v1/allocateEipAddress", "{\"nodeCode\":\"xx-nowhere-1\",\"bandwidthSize\":1}"),
        "Ecx.Cluster.NotFound");
  }

  @Test
  void inferredEcxOperationsAreNotEmulatedYet() {
    RawHttp.Answer a = client.get("/v3/vpc/describeVPCs", "nodeCode", "hn-changde-1");
    assertThat(a.status()).isEqualTo(501);
    assertThat(a.errorCode()).isEqualTo("Eop.Route.NotImplemented");
  }
}
