package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.fails;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.conformance.FlowSetup;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.Parallel;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Concurrent calls spread over every node of one emulated cloud, through signed HTTP: whichever
 * node serves a call, the cloud keeps one resource per clientToken, one endpoint per address, one
 * successful delete, and the same list (order and totals) everywhere. Each test signs with its own
 * fresh account, so the tests share the nodes but not their resources.
 */
abstract class ConcurrencyScenarios {
  static final TestClock CLOCK = Local.clock();

  private static final String CREATE = "/v4/vpce/create-endpoint";
  private static final String ENDPOINTS = "/v4/vpce/new-list-endpoint";
  private static final int USABLE_IN_24 = 252;

  /** The nodes, all on one store; calls are spread over them round-robin. */
  abstract List<CtyunLocal> nodes();

  @Test
  void sameTokenCreatesOverAllNodesMakeOneEndpoint() throws Exception {
    World w = world();
    ObjectNode create = w.endpointBody("same-token");
    List<RawHttp.Answer> answers = Parallel.send(32, i -> w.node(i).post(CREATE, create));

    Set<String> ids = new HashSet<>();
    for (RawHttp.Answer a : answers) {
      ids.add(ok(a).path("returnObj").path("endpointID").asText());
    }
    assertThat(ids).hasSize(1).doesNotContain("");
    for (Api node : w.apis) {
      List<JsonNode> listed = w.endpoints(node);
      assertThat(listed).extracting(e -> e.path("ID").asText()).containsExactlyElementsOf(ids);
      assertThat(w.availableIps(node)).isEqualTo(USABLE_IN_24 - 1);
    }
  }

  @Test
  void parallelCreatesOnOneSubnetGetDistinctAddresses() throws Exception {
    World w = world();
    List<RawHttp.Answer> answers =
        Parallel.send(64, i -> w.node(i).post(CREATE, w.endpointBody("ep-" + i)));

    Set<String> created = new HashSet<>();
    answers.forEach(a -> created.add(ok(a).path("returnObj").path("endpointID").asText()));
    assertThat(created).hasSize(64);
    for (Api node : w.apis) {
      List<JsonNode> listed = w.endpoints(node);
      assertThat(listed)
          .extracting(e -> e.path("ID").asText())
          .hasSize(64)
          .hasSameElementsAs(created);
      Set<String> addresses = new HashSet<>();
      listed.forEach(e -> addresses.add(e.path("vpcAddress").asText()));
      assertThat(addresses).hasSize(64).allMatch(ip -> ip.startsWith("192.168.1."));
      assertThat(w.availableIps(node)).isEqualTo(USABLE_IN_24 - 64);
    }
  }

  @Test
  void parallelDeletesOfOneEndpointSucceedOnce() throws Exception {
    World w = world();
    String id =
        ok(w.node(0).post(CREATE, w.endpointBody("doomed")))
            .path("returnObj")
            .path("endpointID")
            .asText();
    List<RawHttp.Answer> answers =
        Parallel.send(16, i -> w.node(i).post("/v4/vpce/delete-endpoint", body("endpointID", id)));

    List<RawHttp.Answer> failed = new ArrayList<>();
    for (RawHttp.Answer a : answers) {
      if (a.statusCode() == 800) {
        ok(a);
      } else {
        failed.add(a);
      }
    }
    assertThat(failed).hasSize(15);
    failed.forEach(a -> fails(a, "Openapi.VpceEndpoint.NotFound"));
    for (Api node : w.apis) {
      assertThat(w.endpoints(node)).isEmpty();
      assertThat(w.availableIps(node)).isEqualTo(USABLE_IN_24);
    }
  }

  @Test
  void everyNodeListsTheSameVpcsInCreationOrderWithTheSameTotal() throws Exception {
    World w = world();
    List<String> inOrder = new ArrayList<>(List.of(w.vpc));
    for (int i = 0; i < 8; i++) {
      inOrder.add(w.node(i).createVpc("seq-" + i, "10.0.0.0/16"));
    }
    List<RawHttp.Answer> answers =
        Parallel.send(
            24,
            i -> w.node(i).post("/v4/vpc/create", body("name", "par-" + i, "CIDR", "10.8.0.0/16")));
    Set<String> parallel = new HashSet<>();
    answers.forEach(a -> parallel.add(ok(a).path("returnObj").path("vpcID").asText()));

    List<String> first = null;
    for (Api node : w.apis) {
      List<String> listed = w.vpcIds(node);
      assertThat(listed.subList(0, inOrder.size())).containsExactlyElementsOf(inOrder);
      assertThat(listed.subList(inOrder.size(), listed.size())).hasSameElementsAs(parallel);
      if (first == null) {
        first = listed;
      }
      assertThat(listed).containsExactlyElementsOf(first);
    }
  }

  /** A fresh account with a VPC, a /24 subnet and an auto-connecting service. */
  private World world() {
    RawHttp.Answer made =
        RawHttp.send(
            nodes().get(0).port(),
            "POST",
            "/_ctyun/accounts",
            Map.of("X-Ctyun-Admin-Token", "admin-token", "Content-Type", "application/json"),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    Credentials account =
        Credentials.of(
            made.returnObj().path("accessKey").asText(),
            made.returnObj().path("secretKey").asText());
    List<Api> apis = new ArrayList<>();
    for (CtyunLocal node : nodes()) {
      apis.add(new Api(node, account, CLOCK));
    }
    return new World(apis);
  }

  /** One account's view of the nodes, with the network its endpoints go in. */
  private static final class World {
    final List<Api> apis;
    final FlowSetup.Service service;
    final String vpc;
    final String subnet;

    World(List<Api> apis) {
      this.apis = apis;
      this.service = new FlowSetup(apis.get(0)).interfaceService(true);
      this.vpc = service.vpcId();
      this.subnet = service.subnetId();
    }

    Api node(int i) {
      return apis.get(i % apis.size());
    }

    ObjectNode endpointBody(String name) {
      ObjectNode b = body();
      b.setAll(FlowSetup.endpointFields(service));
      return b.put("endpointName", name).put("whitelistFlag", 0);
    }

    /** Every endpoint of the account, page by page; each page's total must be the count. */
    List<JsonNode> endpoints(Api api) {
      return pages(api, ENDPOINTS, "endpoints", 7);
    }

    List<String> vpcIds(Api api) {
      List<String> ids = new ArrayList<>();
      pages(api, "/v4/vpc/new-list", "vpcs", 5).forEach(v -> ids.add(v.path("vpcID").asText()));
      return ids;
    }

    int availableIps(Api api) {
      return ok(api.get("/v4/vpc/query-subnet", "subnetID", subnet))
          .path("returnObj")
          .path("availableIPCount")
          .asInt();
    }

    private static List<JsonNode> pages(Api api, String path, String field, int size) {
      List<JsonNode> all = new ArrayList<>();
      long total = -1;
      for (int page = 1; total < 0 || all.size() < total; page++) {
        JsonNode r =
            ok(api.get(path, "pageNo", String.valueOf(page), "pageSize", String.valueOf(size)))
                .path("returnObj");
        if (total < 0) {
          total = r.path("totalCount").asLong();
        }
        assertThat(r.path("totalCount").asLong()).as("total on page %d", page).isEqualTo(total);
        JsonNode items = r.path(field);
        if (items.isEmpty()) {
          break;
        }
        items.forEach(all::add);
      }
      assertThat(all).as("rows listed vs totalCount").hasSize((int) total);
      return all;
    }
  }
}
