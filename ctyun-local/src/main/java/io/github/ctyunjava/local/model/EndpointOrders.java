package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.service.DocFields;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.SubnetIps;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The billing order behind an endpoint create or delete. Until its {@link StatePolicy} says the
 * order is complete the endpoint is stored as a {@value #PENDING} row (invisible to lists and
 * shows, its IP already reserved), or its delete as a {@value #DELETE_ORDER} row; completion is
 * worked out when the order or the endpoints are read.
 */
public final class EndpointOrders {
  /** Store type of an endpoint whose order has not completed. */
  public static final String PENDING = "pendingEndpoint";

  /** Store type of an endpoint's unfinished refund (delete) order; its ID is the endpoint's. */
  public static final String DELETE_ORDER = "endpointDeleteOrder";

  private static final DateTimeFormatter ORDER_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** Key prefix of the remembered time the next order of a region can complete. */
  private static final String NEXT_DUE = "endpointOrders.nextDue:";

  private EndpointOrders() {}

  /**
   * An order as its create or delete call answers it.
   *
   * @param doc the order's document (order ID and number in internal fields, the endpoint's ID in
   *     {@code ID} for a create)
   * @param complete whether the order has completed
   */
  public record Order(ObjectNode doc, boolean complete) {
    /** The order ID. */
    public String orderId() {
      return doc.path(DocFields.MASTER_ORDER_ID).asText();
    }

    /** The order number. */
    public String orderNumber() {
      return doc.path(DocFields.MASTER_ORDER_NO).asText();
    }
  }

  /** Whether the order kept in {@code doc} is complete by now. */
  static boolean isComplete(ObjectNode doc, Instant now) {
    return policyOf(doc).isComplete(createdAt(doc), doc.path(DocFields.ORDER_READS).asLong(), now);
  }

  /**
   * The earliest time the order kept in {@code doc}, incomplete now, can complete without being
   * read again.
   */
  private static Instant earliestCompletion(ObjectNode doc) {
    return policyOf(doc).earliestCompletion(createdAt(doc));
  }

  private static StatePolicy policyOf(ObjectNode doc) {
    return StatePolicy.parse(doc.path(DocFields.POLICY).asText("immediate"));
  }

  private static Instant createdAt(ObjectNode doc) {
    return Instant.ofEpochMilli(doc.path(DocFields.CREATED_MS).asLong());
  }

  /**
   * Reads an order row once more (a repeated clientToken): counts the read, then completes the
   * order with {@code complete} when it is due, else stores the count.
   */
  static Order readAgain(Scope scope, Resource row, Consumer<Resource> complete) {
    ObjectNode doc = row.doc();
    doc.put(DocFields.ORDER_READS, doc.path(DocFields.ORDER_READS).asLong() + 1);
    Resource updated = row.withDoc(doc);
    boolean done = isComplete(doc, scope.now());
    if (done) {
      complete.accept(updated);
    } else {
      scope.tx().update(updated);
    }
    return new Order(doc, done);
  }

  /** Turns a pending row into a visible endpoint. */
  static Resource promote(Scope scope, Resource pending) {
    scope.tx().delete(PENDING, pending.id());
    return insertEndpoint(scope, pending);
  }

  /** Stores the endpoint of a completed create order (a pending row, stored or not). */
  static Resource insertEndpoint(Scope scope, Resource order) {
    return scope.tx().insert(order.withType(Types.ENDPOINT));
  }

  /**
   * Completes every create and delete order of the region that is due by now. Every read of
   * endpoints calls this; to spare its two queries, it remembers when the next open order of the
   * region can complete ({@link io.github.ctyunjava.local.store.Tx#remember}), a time that holds
   * until an order row of this process is written (on a database that other emulators share nothing
   * is remembered, and every call queries).
   */
  static void promoteDue(Scope scope) {
    String key = NEXT_DUE + scope.region();
    Optional<Instant> next = scope.tx().recall(key, Instant.class);
    if (next.isPresent() && scope.now().isBefore(next.get())) {
      return;
    }
    Instant nextDue = Instant.MAX;
    for (Resource p : scope.tx().all(ResourceQuery.of(PENDING).region(scope.region()))) {
      if (isComplete(p.doc(), scope.now())) {
        promote(scope, p);
      } else {
        nextDue = min(nextDue, earliestCompletion(p.doc()));
      }
    }
    for (Resource d : scope.tx().all(ResourceQuery.of(DELETE_ORDER).region(scope.region()))) {
      if (isComplete(d.doc(), scope.now())) {
        finishDelete(scope, d);
      } else {
        nextDue = min(nextDue, earliestCompletion(d.doc()));
      }
    }
    scope.tx().remember(key, nextDue, PENDING, DELETE_ORDER);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Removes the endpoint of a completed, stored delete order and the order. */
  static void finishDelete(Scope scope, Resource order) {
    removeEndpoint(scope, order);
    scope.tx().delete(DELETE_ORDER, order.id());
  }

  /** Removes the endpoint of a completed delete order (stored or not) and releases its IP. */
  static void removeEndpoint(Scope scope, Resource order) {
    scope
        .tx()
        .find(Types.ENDPOINT, order.id())
        .ifPresent(
            e -> {
              SubnetIps.release(scope, e.refId(), e.doc().path("vpcAddress").asText());
              scope.tx().delete(Types.ENDPOINT, e.id());
            });
  }

  /** A new order number: yyyyMMddHHmmss plus six digits. */
  static String orderNumber(Instant now) {
    return ORDER_TIME.format(now) + Ids.digits(6);
  }

  /**
   * Opens an order on an unsaved row: writes order ID and number, the completion policy, the start
   * time and the first read (which {@link #isComplete} later judges) into its document, and stores
   * it; when the policy says it is complete at once, the order row is not stored at all, and {@code
   * completeAtOnce} gets it unsaved instead (so an immediate create writes its endpoint once, not a
   * pending row first, then a delete and the endpoint).
   */
  static Order open(
      Scope scope, StatePolicy policy, Resource row, Consumer<Resource> completeAtOnce) {
    ObjectNode doc = row.doc();
    doc.put(DocFields.MASTER_ORDER_ID, Ids.hex32());
    doc.put(DocFields.MASTER_ORDER_NO, orderNumber(scope.now()));
    doc.put(DocFields.POLICY, policy.toString());
    doc.put(DocFields.CREATED_MS, scope.now().toEpochMilli());
    doc.put(DocFields.ORDER_READS, 1);
    Resource order = row.withDoc(doc);
    boolean done = isComplete(doc, scope.now());
    if (done) {
      completeAtOnce.accept(order);
    } else {
      scope.tx().insert(order);
    }
    return new Order(doc, done);
  }
}
