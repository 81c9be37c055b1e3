package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoJson.count;
import static io.github.ctyunjava.cli.demo.DemoJson.total;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE_RULE;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE_WHITELIST;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_SUBNET;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_VPC;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_ENDPOINT_SERVICE;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_SUBNET;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_VPC;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_ENDPOINTS;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_ENDPOINT_SERVICES;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_ENDPOINT_SERVICE_BACKENDS;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_VPCS;
import static io.github.ctyunjava.cli.demo.DemoSteps.body;
import static io.github.ctyunjava.cli.demo.DemoSteps.need;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.output.TextTable;
import java.util.UUID;
import java.util.function.Function;

/**
 * The VPC endpoint part of the demo: a VPC and subnet, an interface endpoint service with a
 * backend, a rule and an account whitelist entry, an endpoint connected to it ({@link
 * EndpointSteps}), the listings, then everything deleted again.
 */
final class VpceWalkthrough {
  static final String VPC_CIDR = "192.168.0.0/16";
  static final String SUBNET_CIDR = "192.168.1.0/24";
  static final String PARTNER_EMAIL = "partner@example.com";

  private final DemoSteps steps;
  private final StepLog log;
  private final DemoApi api;

  VpceWalkthrough(DemoSteps steps) {
    this.steps = steps;
    this.log = steps.log();
    this.api = steps.api();
  }

  void run() throws InterruptedException {
    String vpcId =
        create(CREATE_VPC, null, "vpcID", b -> b.put("name", "demo-vpc").put("CIDR", VPC_CIDR));
    if (vpcId != null) {
      log.ok(CREATE_VPC, "vpcID=" + vpcId + "  CIDR " + VPC_CIDR);
    }
    String subnetId =
        create(
            CREATE_SUBNET,
            need(vpcId, CREATE_VPC),
            "subnetID",
            b -> b.put("vpcID", vpcId).put("name", "demo-subnet").put("CIDR", SUBNET_CIDR));
    if (subnetId != null) {
      log.ok(CREATE_SUBNET, "subnetID=" + subnetId + "  CIDR " + SUBNET_CIDR);
    }
    list(LIST_VPCS, "VPC", DemoListings::vpcs);

    String serviceId = createService(vpcId, subnetId);
    String noService = need(serviceId, CREATE_ENDPOINT_SERVICE);
    if (post(
            CREATE_ENDPOINT_SERVICE_RULE,
            noService,
            body()
                .put("endpointServiceID", serviceId)
                .put("protocol", "TCP")
                .put("serverPort", 80)
                .put("endpointPort", 8080))
        != null) {
      log.ok(CREATE_ENDPOINT_SERVICE_RULE, "TCP endpoint port 8080 -> server port 80");
    }
    JsonNode r =
        steps.call(
            LIST_ENDPOINT_SERVICE_BACKENDS,
            noService,
            () ->
                api.get(
                    LIST_ENDPOINT_SERVICE_BACKENDS,
                    "regionID",
                    DemoScenario.REGION,
                    "endpointServiceID",
                    serviceId));
    if (r != null) {
      TextTable backends = DemoListings.backends(r.path("returnObj"));
      log.ok(LIST_ENDPOINT_SERVICE_BACKENDS, count(backends.size(), "backend"));
      log.table(backends);
    }
    if (post(
            CREATE_ENDPOINT_SERVICE_WHITELIST,
            noService,
            body().put("endpointServiceID", serviceId).put("email", PARTNER_EMAIL))
        != null) {
      log.ok(CREATE_ENDPOINT_SERVICE_WHITELIST, "email=" + PARTNER_EMAIL + " may connect");
    }

    EndpointSteps endpoint = new EndpointSteps(steps);
    String endpointId = endpoint.create(serviceId, vpcId, subnetId, SUBNET_CIDR);
    endpoint.awaitConnected(endpointId);
    list(LIST_ENDPOINTS, "endpoint", DemoListings::endpoints);
    list(LIST_ENDPOINT_SERVICES, "endpoint service", DemoListings::services);

    endpoint.delete(endpointId);
    delete(DELETE_ENDPOINT_SERVICE, noService, "ID", serviceId);
    delete(DELETE_SUBNET, need(subnetId, CREATE_SUBNET), "subnetID", subnetId);
    delete(DELETE_VPC, need(vpcId, CREATE_VPC), "vpcID", vpcId);
  }

  private String createService(String vpcId, String subnetId) {
    String backendId = UUID.randomUUID().toString();
    JsonNode r =
        post(
            CREATE_ENDPOINT_SERVICE,
            need(subnetId, CREATE_SUBNET),
            body()
                .put("vpcID", vpcId)
                .put("subnetID", subnetId)
                .put("type", "interface")
                .put("name", "demo-service")
                .put("instanceType", "vm")
                .put("instanceID", backendId)
                .put("autoConnection", true)
                .put("description", "ctyun demo"));
    if (r == null) {
      return null;
    }
    String id =
        steps.required(
            CREATE_ENDPOINT_SERVICE, r.path("returnObj"), "endpointService", "endpointServiceID");
    log.ok(
        CREATE_ENDPOINT_SERVICE,
        "endpointServiceID=" + id + "  interface, backend vm " + backendId);
    return id;
  }

  /** A create whose answer carries the new ID in {@code returnObj.<idField>}. */
  private String create(
      DemoOp op, String missing, String idField, Function<ObjectNode, ObjectNode> fields) {
    JsonNode r = post(op, missing, fields.apply(body()));
    return r == null ? null : steps.required(op, r.path("returnObj"), idField);
  }

  private void delete(DemoOp op, String missing, String idField, String id) {
    if (post(op, missing, body().put(idField, id)) != null) {
      log.ok(op, "deleted " + id);
    }
  }

  private JsonNode post(DemoOp op, String missing, ObjectNode body) {
    return steps.call(op, missing, () -> api.post(op, body));
  }

  private void list(DemoOp op, String noun, Function<JsonNode, TextTable> table) {
    JsonNode r = steps.call(op, null, () -> api.get(op, "regionID", DemoScenario.REGION));
    if (r != null) {
      TextTable t = table.apply(r.path("returnObj"));
      log.ok(op, count(total(r, t.size()), noun));
      log.table(t);
    }
  }
}
