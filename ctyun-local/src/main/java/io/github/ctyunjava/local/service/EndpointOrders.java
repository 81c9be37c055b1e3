package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.time.Instant;

/**
 * The billing order behind an endpoint create. Until its {@link StatePolicy} says the order is
 * complete the endpoint is stored as a {@value #PENDING} row (invisible to lists and shows, its IP
 * already reserved); completion is worked out when the order or the endpoints are read.
 */
public final class EndpointOrders {
  /** Store type of an endpoint whose order has not completed. */
  public static final String PENDING = "pendingEndpoint";

  /** Store type of an endpoint's unfinished refund (delete) order; its ID is the endpoint's. */
  public static final String DELETE_ORDER = "endpointDeleteOrder";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EndpointOrders() {}

  /** Whether the pending endpoint's order is complete after {@code reads} reads. */
  static boolean isComplete(ObjectNode doc, Instant now) {
    StatePolicy p = StatePolicy.parse(doc.path("_policy").asText("immediate"));
    return p.isComplete(
        Instant.ofEpochMilli(doc.path("_createdMs").asLong()),
        doc.path("_orderReads").asLong(),
        now);
  }

  /** Turns a pending row into a visible endpoint. */
  static Resource promote(ApiCall call, Resource pending) {
    call.tx().delete(PENDING, pending.id());
    return call.tx()
        .insert(
            Resource.create(
                Types.ENDPOINT,
                pending.id(),
                pending.accountId(),
                pending.regionId(),
                pending.parentId(),
                pending.refId(),
                pending.name(),
                pending.doc()));
  }

  /** Completes every create and delete order of the region that is due by now. */
  static void promoteDue(ApiCall call) {
    for (Resource p : call.tx().all(ResourceQuery.of(PENDING).region(call.region()))) {
      if (isComplete(p.doc(), call.now())) {
        promote(call, p);
      }
    }
    for (Resource d : call.tx().all(ResourceQuery.of(DELETE_ORDER).region(call.region()))) {
      if (isComplete(d.doc(), call.now())) {
        finishDelete(call, d);
      }
    }
  }

  /** Removes the endpoint of a completed delete order and releases its IP. */
  static void finishDelete(ApiCall call, Resource order) {
    call.tx()
        .find(Types.ENDPOINT, order.id())
        .ifPresent(
            e -> {
              SubnetIps.release(call, e.refId(), e.doc().path("vpcAddress").asText());
              call.tx().delete(Types.ENDPOINT, e.id());
            });
    call.tx().delete(DELETE_ORDER, order.id());
  }

  /** The order answer of delete-endpoint. */
  static ObjectNode deleteView(ObjectNode order, String regionId, boolean refunded) {
    ObjectNode o = F.objectNode();
    o.put("masterOrderID", order.path("_masterOrderID").asText());
    o.put("masterOrderNO", order.path("_masterOrderNO").asText());
    o.put("regionID", regionId);
    o.put("masterResourceStatus", refunded ? "refunded" : "starting");
    return o;
  }

  /** The order answer of create-endpoint. */
  static ObjectNode createView(ObjectNode doc, String regionId, boolean started) {
    ObjectNode o = F.objectNode();
    o.put("masterOrderID", doc.path("_masterOrderID").asText());
    o.put("masterOrderNO", doc.path("_masterOrderNO").asText());
    o.put("regionID", regionId);
    o.put("masterResourceStatus", started ? "started" : "starting");
    if (started) {
      o.put("masterResourceID", doc.path("ID").asText());
      o.put("endpointID", doc.path("ID").asText());
    } else {
      // the spec types masterResourceID as a plain string; only endpointID is nullable
      o.put("masterResourceID", "");
      o.putNull("endpointID");
    }
    return o;
  }

  /** A new order number: yyyyMMddHHmmss plus six digits. */
  static String orderNumber(Instant now) {
    return Docs.timestamp(now).replaceAll("[^0-9]", "") + Ids.digits(6);
  }

  /**
   * Opens an order on {@code doc}: order ID and number, the completion policy, the start time and
   * the first read, which {@link #isComplete} later judges.
   */
  static void start(ObjectNode doc, ApiCall call, StatePolicy policy) {
    doc.put("_masterOrderID", Ids.hex32());
    doc.put("_masterOrderNO", orderNumber(call.now()));
    doc.put("_policy", policy.toString());
    doc.put("_createdMs", call.now().toEpochMilli());
    doc.put("_orderReads", 1);
  }
}
