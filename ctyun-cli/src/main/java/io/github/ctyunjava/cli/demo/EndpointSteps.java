package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoJson.count;
import static io.github.ctyunjava.cli.demo.DemoJson.joined;
import static io.github.ctyunjava.cli.demo.DemoJson.text;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_ENDPOINT;
import static io.github.ctyunjava.cli.demo.DemoOp.SHOW_ENDPOINT;
import static io.github.ctyunjava.cli.demo.DemoSteps.need;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The endpoint's billed lifecycle: the create order is repeated with the same {@code clientToken}
 * until it names the endpoint (as terraform does), the endpoint is read until connected, and the
 * delete order is repeated until refunded; every wait is bounded.
 */
final class EndpointSteps {
  private final DemoSteps steps;
  private final DemoApi api;
  private final StepLog log;

  EndpointSteps(DemoSteps steps) {
    this.steps = steps;
    this.api = steps.api();
    this.log = steps.log();
  }

  /** Creates the endpoint; returns its ID, or null when the step was skipped. */
  String create(String serviceId, String vpcId, String subnetId, String whitelistCidr)
      throws InterruptedException {
    ObjectNode request =
        DemoSteps.body()
            .put("cycleType", "on_demand")
            .put("endpointServiceID", serviceId)
            .put("endpointName", "demo-endpoint")
            .put("subnetID", subnetId)
            .put("vpcID", vpcId)
            .put("whitelistFlag", 1)
            .put("enableDns", true)
            .put("description", "ctyun demo");
    request.putArray("whitelist").add(whitelistCidr);
    String missing = need(serviceId, CREATE_ENDPOINT_SERVICE);
    JsonNode r = steps.call(CREATE_ENDPOINT, missing, () -> api.post(CREATE_ENDPOINT, request));
    if (r == null) {
      return null;
    }
    int polls = 0;
    while (text(r.path("returnObj"), "endpointID").isEmpty()) {
      if (!steps.beforePoll(++polls)) {
        return steps.fail(
            CREATE_ENDPOINT,
            "order still '"
                + text(r.path("returnObj"), "masterResourceStatus")
                + "' after "
                + DemoSteps.MAX_POLLS
                + " polls");
      }
      r = steps.call(CREATE_ENDPOINT, null, () -> api.post(CREATE_ENDPOINT, request));
    }
    JsonNode order = r.path("returnObj");
    String id = text(order, "endpointID");
    log.ok(
        CREATE_ENDPOINT,
        "endpointID="
            + id
            + "  order "
            + text(order, "masterOrderID")
            + " "
            + text(order, "masterResourceStatus")
            + (polls == 0
                ? ""
                : " (after " + count(polls, "poll") + " with the same clientToken)"));
    return id;
  }

  /** Reads the endpoint until it is connected (status 1). */
  void awaitConnected(String endpointId) throws InterruptedException {
    String missing = need(endpointId, CREATE_ENDPOINT);
    for (int read = 1; ; read++) {
      JsonNode r =
          steps.call(
              SHOW_ENDPOINT,
              missing,
              () ->
                  api.get(
                      SHOW_ENDPOINT, "regionID", DemoScenario.REGION, "endpointID", endpointId));
      if (r == null) {
        return;
      }
      JsonNode e = r.path("returnObj").path("endpoint");
      if (e.path("status").asInt() == 1) {
        log.ok(
            SHOW_ENDPOINT,
            "status 1 (connected)  IP "
                + text(e, "vpcAddress")
                + "  DNS "
                + joined(e.path("endpointObj").path("dnsNames")));
        return;
      }
      if (!steps.beforePoll(read)) {
        steps.fail(SHOW_ENDPOINT, "status " + text(e, "status") + " after " + read + " reads");
      }
    }
  }

  /** Deletes the endpoint, repeating with the same clientToken until the refund is done. */
  void delete(String endpointId) throws InterruptedException {
    ObjectNode request = DemoSteps.body().put("endpointID", endpointId);
    String missing = need(endpointId, CREATE_ENDPOINT);
    JsonNode r = steps.call(DELETE_ENDPOINT, missing, () -> api.post(DELETE_ENDPOINT, request));
    if (r == null) {
      return;
    }
    for (int polls = 1;
        !"refunded".equals(text(r.path("returnObj"), "masterResourceStatus"));
        polls++) {
      if (!steps.beforePoll(polls)) {
        steps.fail(
            DELETE_ENDPOINT,
            "refund order still '"
                + text(r.path("returnObj"), "masterResourceStatus")
                + "' after "
                + DemoSteps.MAX_POLLS
                + " polls");
      }
      r = steps.call(DELETE_ENDPOINT, null, () -> api.post(DELETE_ENDPOINT, request));
    }
    log.ok(
        DELETE_ENDPOINT,
        "deleted "
            + endpointId
            + "  refund order "
            + text(r.path("returnObj"), "masterOrderID")
            + " refunded");
  }
}
