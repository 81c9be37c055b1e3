package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunClientException;
import io.github.ctyunjava.core.Sleeper;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.OrderStatus;
import io.github.ctyunjava.vpce.waiters.VpceWaiter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/**
 * {@code --wait} on creates and deletes of endpoints, endpoint services and VPCs, with ctyun-vpce's
 * {@link VpceWaiter}. Progress dots go to stderr only when it is a terminal.
 */
final class Waits {
  /** How often the state is polled. */
  static final Duration INTERVAL = Duration.ofSeconds(5);

  private static final Map<String, String> WHAT =
      Map.of(
          "createEndpoint", "the endpoint order is done and the endpoint is connected",
          "deleteEndpoint", "the refund order is done and the endpoint is gone",
          "createEndpointService", "the endpoint service is available",
          "deleteEndpointService", "the endpoint service is gone",
          "createVpc", "the VPC is available",
          "deleteVpc", "the VPC is gone");

  private Waits() {}

  /** Whether {@code --wait} applies to the operation. */
  static boolean supports(String operationId) {
    return WHAT.containsKey(operationId);
  }

  /** What {@code --wait} waits for. */
  static String describe(String operationId) {
    return WHAT.get(operationId);
  }

  /**
   * Waits after a successful call.
   *
   * @param request the request fields that were sent (with their clientToken)
   * @param payload the call's returnObj (may be null)
   * @return the payload to print: the finished order for an endpoint create, else {@code payload}
   */
  static JsonNode await(
      CliOperation op,
      CtyunClient client,
      ObjectNode request,
      JsonNode payload,
      Duration timeout,
      CliContext ctx) {
    PrintWriter err = ctx.err();
    boolean[] dots = {false};
    Sleeper progress =
        d -> {
          if (ctx.errIsTerminal()) {
            err.print('.');
            err.flush();
            dots[0] = true;
          }
          ctx.sleeper().sleep(d);
        };
    String region = text(request, RequestFields.REGION_ID);
    try (VpceClient vpce = VpceClient.builder().client(client).build()) {
      VpceWaiter waiter =
          new VpceWaiter(vpce)
              .withTimeout(timeout)
              .withInterval(INTERVAL)
              .withClock(ctx.clock(), progress);
      switch (op.operationId()) {
        case "createEndpoint" -> {
          String id = text(payload, "endpointID");
          if (id == null) {
            CreateEndpointResponse done =
                waiter.untilEndpointOrderDone(Json.convert(request, CreateEndpointRequest.class));
            payload = Json.tree(done.returnObj());
            id = done.returnObj().endpointId();
          }
          waiter.untilEndpointConnected(region, id);
        }
        case "deleteEndpoint" -> {
          if (!OrderStatus.REFUNDED.value().equals(text(payload, "masterResourceStatus"))) {
            waiter.untilEndpointDeleteDone(Json.convert(request, DeleteEndpointRequest.class));
          }
          waiter.untilEndpointDeleted(region, required(request, "endpointID"));
        }
        case "createEndpointService" ->
            waiter.untilEndpointServiceAvailable(region, required(payload, "endpointServiceID"));
        case "deleteEndpointService" ->
            waiter.untilEndpointServiceDeleted(region, required(request, "ID"));
        case "createVpc" -> waiter.untilVpcAvailable(region, required(payload, "vpcID"));
        case "deleteVpc" -> waiter.untilVpcDeleted(region, required(request, "vpcID"));
        default -> throw new IllegalStateException("no waiter for " + op.operationId());
      }
    } finally {
      if (dots[0]) {
        err.println();
        err.flush();
      }
    }
    return payload;
  }

  private static String required(JsonNode node, String name) {
    String v = text(node, name);
    if (v == null) {
      throw new CtyunClientException("cannot wait: the answer has no " + name);
    }
    return v;
  }

  /** The text of the first field {@code name} anywhere in {@code node}, or null. */
  private static String text(JsonNode node, String name) {
    JsonNode v = node == null ? null : node.findValue(name);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }
}
