package io.github.ctyunjava.cli.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.Sleeper;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.VpceWaiter;
import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.OrderStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;

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

  /** The status printed for a resource that a {@code --wait} delete saw disappear. */
  static final String DELETED = "deleted";

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
   * @return the final state of the resource to print: as {@code show-*} answers it after a create,
   *     {@code {"<id field>": id, "status": "deleted"}} after a delete
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
            id = done.returnObj().endpointId();
          }
          return Json.tree(waiter.untilEndpointConnected(region, id));
        }
        case "deleteEndpoint" -> {
          if (!OrderStatus.REFUNDED.value().equals(text(payload, "masterResourceStatus"))) {
            waiter.untilEndpointDeleteDone(Json.convert(request, DeleteEndpointRequest.class));
          }
          return deleted(
              "endpointID", required(request, "endpointID"), waiter::untilEndpointDeleted, region);
        }
        case "createEndpointService" -> {
          return Json.tree(
              waiter.untilEndpointServiceAvailable(region, required(payload, "endpointServiceID")));
        }
        case "deleteEndpointService" -> {
          return deleted(
              "ID", required(request, "ID"), waiter::untilEndpointServiceDeleted, region);
        }
        case "createVpc" -> {
          return Json.tree(waiter.untilVpcAvailable(region, required(payload, "vpcID")));
        }
        case "deleteVpc" -> {
          return deleted("vpcID", required(request, "vpcID"), waiter::untilVpcDeleted, region);
        }
        default -> throw new IllegalStateException("no waiter for " + op.operationId());
      }
    } finally {
      if (dots[0]) {
        err.println();
        err.flush();
      }
    }
  }

  /**
   * Waits until the resource is gone; its final state is {@code {"<idField>": id, "status":
   * "deleted"}}.
   */
  private static JsonNode deleted(
      String idField, String id, BiConsumer<String, String> untilGone, String region) {
    untilGone.accept(region, id);
    return Json.object().put(idField, id).put("status", DELETED);
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
