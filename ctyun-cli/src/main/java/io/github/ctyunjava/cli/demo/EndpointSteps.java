package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoListings.count;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_ENDPOINT;
import static io.github.ctyunjava.cli.demo.DemoOp.SHOW_ENDPOINT;
import static io.github.ctyunjava.cli.demo.DemoScenario.REGION;
import static io.github.ctyunjava.cli.demo.DemoSteps.clientToken;
import static io.github.ctyunjava.cli.demo.DemoSteps.need;

import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.CycleType;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointResponse;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointOrder;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.OrderStatus;
import io.github.ctyunjava.vpce.model.ShowEndpointRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointResponse;
import io.github.ctyunjava.vpce.model.WhitelistFlag;
import java.util.List;
import java.util.Objects;

/**
 * The endpoint's billed lifecycle: the create order is repeated with the same {@code clientToken}
 * until it names the endpoint (as terraform does), the endpoint is read until connected, and the
 * delete order is repeated until refunded; every wait is bounded. ({@code VpceClient.waiter()} does
 * the same with a fixed interval; the demo polls itself to show each repeat in its log.)
 */
final class EndpointSteps {
  private final DemoSteps steps;
  private final VpceClient vpce;
  private final StepLog log;

  EndpointSteps(DemoSteps steps) {
    this.steps = steps;
    this.vpce = steps.vpce();
    this.log = steps.log();
  }

  /** Creates the endpoint; returns its ID, or null when the step was skipped. */
  String create(String serviceId, String vpcId, String subnetId, String whitelistCidr)
      throws InterruptedException {
    CreateEndpointRequest request =
        CreateEndpointRequest.builder()
            .clientToken(clientToken())
            .regionId(REGION)
            .cycleType(CycleType.ON_DEMAND)
            .endpointServiceId(serviceId)
            .endpointName("demo-endpoint")
            .subnetId(subnetId)
            .vpcId(vpcId)
            .whitelistFlag(WhitelistFlag.ON)
            .whitelist(List.of(whitelistCidr))
            .enableDns(true)
            .description("ctyun demo")
            .build();
    String missing = need(serviceId, CREATE_ENDPOINT_SERVICE);
    CreateEndpointResponse r =
        steps.call(CREATE_ENDPOINT, missing, () -> vpce.createEndpoint(request));
    if (r == null) {
      return null;
    }
    int polls = 0;
    while (endpointId(r.returnObj()).isEmpty()) {
      if (!steps.beforePoll(++polls)) {
        return steps.fail(
            CREATE_ENDPOINT,
            "order still '" + status(r.returnObj()) + "' after " + DemoSteps.MAX_POLLS + " polls");
      }
      r = steps.call(CREATE_ENDPOINT, null, () -> vpce.createEndpoint(request));
    }
    EndpointOrder order = r.returnObj();
    String id = order.endpointId();
    log.ok(
        CREATE_ENDPOINT,
        "endpointID="
            + id
            + "  order "
            + Objects.toString(order.masterOrderId(), "")
            + " "
            + status(order)
            + (polls == 0
                ? ""
                : " (after " + count(polls, "poll") + " with the same clientToken)"));
    return id;
  }

  /** Reads the endpoint until it is connected (status 1). */
  void awaitConnected(String endpointId) throws InterruptedException {
    String missing = need(endpointId, CREATE_ENDPOINT);
    ShowEndpointRequest request =
        ShowEndpointRequest.builder().regionId(REGION).endpointId(endpointId).build();
    for (int read = 1; ; read++) {
      ShowEndpointResponse r = steps.call(SHOW_ENDPOINT, missing, () -> vpce.showEndpoint(request));
      if (r == null) {
        return;
      }
      Endpoint e = r.endpoint();
      if (e != null && EndpointStatus.CONNECTED.equals(e.status())) {
        log.ok(
            SHOW_ENDPOINT,
            "status 1 (connected)  IP "
                + Objects.toString(e.vpcAddress(), "")
                + "  DNS "
                + (e.endpointObj() == null
                    ? ""
                    : String.join(",", DemoListings.orEmpty(e.endpointObj().dnsNames()))));
        return;
      }
      if (!steps.beforePoll(read)) {
        steps.fail(
            SHOW_ENDPOINT,
            "status "
                + (e == null ? "" : Objects.toString(e.status(), ""))
                + " after "
                + read
                + " reads");
      }
    }
  }

  /** Deletes the endpoint, repeating with the same clientToken until the refund is done. */
  void delete(String endpointId) throws InterruptedException {
    DeleteEndpointRequest request =
        DeleteEndpointRequest.builder()
            .clientToken(clientToken())
            .regionId(REGION)
            .endpointId(endpointId)
            .build();
    String missing = need(endpointId, CREATE_ENDPOINT);
    DeleteEndpointResponse r =
        steps.call(DELETE_ENDPOINT, missing, () -> vpce.deleteEndpoint(request));
    if (r == null) {
      return;
    }
    for (int polls = 1;
        r.returnObj() == null || !OrderStatus.REFUNDED.equals(r.returnObj().masterResourceStatus());
        polls++) {
      if (!steps.beforePoll(polls)) {
        steps.fail(
            DELETE_ENDPOINT,
            "refund order still '"
                + status(r.returnObj())
                + "' after "
                + DemoSteps.MAX_POLLS
                + " polls");
      }
      r = steps.call(DELETE_ENDPOINT, null, () -> vpce.deleteEndpoint(request));
    }
    log.ok(
        DELETE_ENDPOINT,
        "deleted "
            + endpointId
            + "  refund order "
            + Objects.toString(r.returnObj().masterOrderId(), "")
            + " refunded");
  }

  private static String endpointId(EndpointOrder order) {
    return order == null ? "" : Objects.toString(order.endpointId(), "");
  }

  private static String status(EndpointOrder order) {
    return order == null ? "" : Objects.toString(order.masterResourceStatus(), "");
  }
}
