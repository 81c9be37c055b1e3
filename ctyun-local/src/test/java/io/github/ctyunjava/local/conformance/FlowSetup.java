package io.github.ctyunjava.local.conformance;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.ok;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.testing.Api;
import java.util.List;
import java.util.Map;

/**
 * Creates what an operation needs before it is replayed (a VPC, a subnet, a service, an endpoint,
 * ...), with the project's own signed test client. Every call makes fresh resources.
 */
public final class FlowSetup {
  /** A VM instance ID as CTyun shows them (the service's backend). */
  public static final String VM = "d40b78e2-23de-4fa6-baf0-e500750f985b";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Api api;

  public FlowSetup(Api api) {
    this.api = api;
  }

  public String vpc() {
    return api.createVpc("cf-vpc", "192.168.0.0/16");
  }

  public String subnetIn(String vpc) {
    return api.createSubnet(vpc, "cf-subnet", "192.168.1.0/24");
  }

  /** A VPC with one subnet: {@code [vpcID, subnetID]}. */
  public String[] network() {
    String vpc = vpc();
    return new String[] {vpc, subnetIn(vpc)};
  }

  /** The fields of an interface service with a VM backend and one TCP rule. */
  public static ObjectNode interfaceServiceFields(String vpc, String subnet, boolean auto) {
    return fields(
        "vpcID", vpc,
        "subnetID", subnet,
        "name", "cf-svc",
        "instanceType", "vm",
        "instanceID", VM,
        "autoConnection", auto,
        "rules", List.of(Map.of("protocol", "TCP", "serverPort", 80, "endpointPort", 80)));
  }

  /** The fields of an on-demand endpoint of {@code s} in the service's own network. */
  public static ObjectNode endpointFields(Service s) {
    return fields(
        "cycleType", "on_demand",
        "endpointServiceID", s.id(),
        "endpointName", "cf-ep",
        "subnetID", s.subnetId(),
        "vpcID", s.vpcId());
  }

  /** The fields of a TCP 3306 reverse rule from a transit IP to 10.0.0.5. */
  public static ObjectNode reverseRuleFields(String service, String endpoint, String transitIp) {
    return fields(
        "endpointServiceID",
        service,
        "endpointID",
        endpoint,
        "transitIPAddress",
        transitIp,
        "transitPort",
        3306,
        "protocol",
        "TCP",
        "targetIPAddress",
        "10.0.0.5",
        "targetPort",
        3306);
  }

  /** An interface service with a VM backend and one TCP rule, in a fresh network. */
  public Service interfaceService(boolean autoConnection) {
    String[] net = network();
    return new Service(
        net[0], net[1], createService(interfaceServiceFields(net[0], net[1], autoConnection)));
  }

  /** A reverse service (it gets a transit IP in its subnet), in a fresh network. */
  public Service reverseService() {
    String[] net = network();
    ObjectNode f =
        fields(
            "vpcID",
            net[0],
            "subnetID",
            net[1],
            "name",
            "cf-rev",
            "type",
            "reverse",
            "autoConnection",
            true);
    return new Service(net[0], net[1], createService(f));
  }

  /** An endpoint of {@code s} in the service's own network. */
  public String endpoint(Service s) {
    ObjectNode f = endpointFields(s).put("whitelistFlag", 0);
    return ok(api.post("/v4/vpce/create-endpoint", signedBody(f)))
        .path("returnObj")
        .path("endpointID")
        .asText();
  }

  /** An endpoint of a fresh auto-connecting interface service. */
  public String endpoint() {
    return endpoint(interfaceService(true));
  }

  /** Binds a label on an endpoint and returns its ID. */
  public String endpointLabel(String endpointId) {
    ok(
        api.post(
            "/v4/vpce/endpoint-bind-label",
            body("endpointID", endpointId, "labelKey", "team", "labelValue", "net")));
    return firstLabelId("/v4/vpce/endpoint-list-label", "endpointID", endpointId);
  }

  /** Binds a label on a service and returns its ID. */
  public String serviceLabel(String serviceId) {
    ok(
        api.post(
            "/v4/vpce/service-bind-label",
            body("endpointServiceID", serviceId, "labelKey", "env", "labelValue", "prod")));
    return firstLabelId("/v4/vpce/service-list-label", "endpointServiceID", serviceId);
  }

  private String firstLabelId(String listPath, String idField, String id) {
    return ok(api.get(listPath, idField, id))
        .path("returnObj")
        .get(0)
        .path("results")
        .get(0)
        .path("labelID")
        .asText();
  }

  public void ossPolicy(String endpointId) {
    ok(
        api.post(
            "/v4/endpoint/create-oss-policy",
            body("endpointID", endpointId, "policy", "{\"Statement\":[]}")));
  }

  public void serviceWhitelist(String serviceId, String email) {
    ok(
        api.post(
            "/v4/vpce/create-endpoint-service-whitelist",
            body("endpointServiceID", serviceId, "email", email)));
  }

  /** The first transit IP of a reverse service. */
  public String transitIp(String serviceId) {
    return ok(api.get("/v4/vpce/list-endpoint-service-transit-ip", "endpointServiceID", serviceId))
        .path("returnObj")
        .path("transitIPs")
        .get(0)
        .path("transitIP")
        .asText();
  }

  /** A reverse rule on a fresh reverse service and endpoint: {@code [serviceID, ruleID]}. */
  public String[] reverseRule() {
    Service s = reverseService();
    ObjectNode f = reverseRuleFields(s.id(), endpoint(s), transitIp(s.id()));
    String rule =
        ok(api.post("/v4/vpce/create-endpoint-service-reverse-rule", signedBody(f)))
            .path("returnObj")
            .path("reverseRuleID")
            .asText();
    return new String[] {s.id(), rule};
  }

  /** The first public CTyun service that {@code query-ctyun-service} lists. */
  public String listedCtyunService() {
    return ok(api.get("/v4/vpce/query-ctyun-service"))
        .path("returnObj")
        .path("results")
        .get(0)
        .path("endpointServiceID")
        .asText();
  }

  private String createService(ObjectNode f) {
    return ok(api.post("/v4/vpce/create-endpoint-service", signedBody(f)))
        .path("returnObj")
        .path("endpointService")
        .path("endpointServiceID")
        .asText();
  }

  /** The fields with the test account's regionID and a fresh clientToken. */
  private static ObjectNode signedBody(ObjectNode fields) {
    ObjectNode b = body();
    b.setAll(fields);
    return b;
  }

  /** An object of {@code k1, v1, k2, v2...}. */
  static ObjectNode fields(Object... kv) {
    ObjectNode n = JSON.createObjectNode();
    for (int i = 0; i < kv.length; i += 2) {
      n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
    }
    return n;
  }

  /** An endpoint service and the network it lives in. */
  public record Service(String vpcId, String subnetId, String id) {}
}
