package io.github.ctyunjava.local.service.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.EndpointOrders.Order;
import io.github.ctyunjava.local.model.EndpointServices;
import io.github.ctyunjava.local.model.Endpoints;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.ClientTokenReplay;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Listing;
import io.github.ctyunjava.local.service.Params;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.store.StoredToken;
import java.util.Optional;

/**
 * Endpoints: billed create and delete (order + clientToken polling), list, show, update and the IP
 * whitelist; requests to {@link Endpoints}, endpoints and orders back.
 */
public final class EndpointHandlers {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENDPOINT_ID = "endpointID";

  private final StatePolicy policy;
  private final TokenConflict tokenConflict;

  private EndpointHandlers(StatePolicy policy, TokenConflict tokenConflict) {
    this.policy = policy;
    this.tokenConflict = tokenConflict;
  }

  /** Registers the handlers; endpoint orders complete by {@code policy}. */
  public static void register(HandlerRegistry r, StatePolicy policy, TokenConflict tokenConflict) {
    EndpointHandlers h = new EndpointHandlers(policy, tokenConflict);
    r.registerSelfIdempotent(Product.CTVPC, "createEndpoint", h::create);
    r.register(Product.CTVPC, "listEndpoints", c -> list(c, false));
    r.register(Product.CTVPC, "newListEndpoints", c -> list(c, true));
    r.register(Product.CTVPC, "showEndpoint", EndpointHandlers::show);
    r.register(Product.CTVPC, "updateEndpoint", EndpointHandlers::update);
    r.registerSelfIdempotent(Product.CTVPC, "deleteEndpoint", h::delete);
    r.register(Product.CTVPC, "showEndpointWhitelist", EndpointHandlers::showWhitelist);
    r.register(Product.CTVPC, "addEndpointWhitelist", EndpointHandlers::addWhitelist);
    r.register(Product.CTVPC, "deleteEndpointWhitelist", EndpointHandlers::deleteWhitelist);
  }

  /** The endpoints model of a call that opens no order. */
  static Endpoints endpoints(ApiCall call) {
    return new Endpoints(Scope.of(call));
  }

  /** Service, VPC, subnet and whitelist named by a create or price call. */
  static Endpoints.Target target(ApiCall call) {
    return new Endpoints.Target(
        call.text("cycleType"),
        call.text("endpointServiceID"),
        call.text("vpcID"),
        call.text("subnetID"),
        call.params().path("whitelist"));
  }

  ApiReply create(ApiCall call) {
    TokenUse token = TokenUse.of(call, "createEndpoint");
    Endpoints endpoints = new Endpoints(Scope.of(call), policy);
    Optional<JsonNode> earlier = token.earlierAnswer(tokenConflict);
    if (earlier.isPresent()) {
      String id = earlier.get().path(ENDPOINT_ID).asText();
      return ApiReply.of(createView(endpoints.pollCreate(id), call.region()));
    }
    Params.checkDescription(call, "description");
    Order order =
        endpoints.create(
            new Endpoints.NewEndpoint(
                target(call),
                call.text("endpointName"),
                call.optText("description"),
                call.integer("endpointServiceType", 0),
                call.integer("ipVersion", 0),
                call.optText("IP"),
                call.bool("enableDns", false),
                call.integer("whitelistFlag", 1),
                call.bool("deleteProtection", false)));
    token.remember(F.objectNode().put(ENDPOINT_ID, order.doc().path("ID").asText()));
    return ApiReply.of(createView(order, call.region()));
  }

  ApiReply delete(ApiCall call) {
    TokenUse token = TokenUse.of(call, "deleteEndpoint");
    Endpoints endpoints = new Endpoints(Scope.of(call), policy);
    Optional<JsonNode> earlier = token.earlierAnswer(tokenConflict);
    if (earlier.isPresent()) {
      ObjectNode remembered = (ObjectNode) earlier.get();
      Order order = endpoints.pollDelete(remembered.path(ENDPOINT_ID).asText(), remembered);
      return ApiReply.of(deleteView(order, call.region()));
    }
    String id = call.text(ENDPOINT_ID);
    Order order = endpoints.delete(id);
    ObjectNode remembered = order.doc().deepCopy();
    remembered.put(ENDPOINT_ID, id);
    token.remember(remembered);
    return ApiReply.of(deleteView(order, call.region()));
  }

  static ApiReply list(ApiCall call, boolean newShape) {
    Listing page =
        Listing.ofPublicViews(
            call,
            EndpointServices.PAGE_CAP,
            endpoints(call)
                .endpoints(
                    call.optText("endpointName"),
                    call.optText(ENDPOINT_ID),
                    Params.textIfGiven(call, "queryContent"),
                    Params.textIfGiven(call, "endpointServiceID"),
                    Params.textIfGiven(call, "vpcID")));
    if (newShape) {
      return page.countsInside("endpoints");
    }
    ArrayNode ret = F.arrayNode();
    ret.addObject().set("endpoints", page.items());
    return page.countsBeside(ret);
  }

  static ApiReply show(ApiCall call) {
    ObjectNode ret = F.objectNode();
    ret.set("endpoint", Docs.publicView(endpoints(call).endpoint(call.text(ENDPOINT_ID))));
    return ApiReply.of(ret);
  }

  static ApiReply update(ApiCall call) {
    Params.checkDescription(call, "description");
    endpoints(call)
        .update(
            call.text(ENDPOINT_ID),
            Params.textIfGiven(call, "endpointName"),
            Params.boolIfGiven(call, "enableWhitelist"),
            call.has("whitelist") ? call.params().path("whitelist") : null,
            Params.boolIfGiven(call, "enableDns"),
            Params.boolIfGiven(call, "deleteProtection"),
            Params.textIfGiven(call, "description"));
    return ApiReply.of(null);
  }

  static ApiReply showWhitelist(ApiCall call) {
    ArrayNode out = F.arrayNode();
    endpoints(call).whitelistOf(call.text(ENDPOINT_ID)).forEach(out::add);
    return ApiReply.of(out);
  }

  static ApiReply addWhitelist(ApiCall call) {
    endpoints(call).addWhitelist(call.text(ENDPOINT_ID), call.params().path("whitelist"));
    return ApiReply.of(null);
  }

  static ApiReply deleteWhitelist(ApiCall call) {
    endpoints(call)
        .removeWhitelist(
            call.text(ENDPOINT_ID), call.has("whitelist") ? call.params().path("whitelist") : null);
    return ApiReply.of(null);
  }

  /** The order answer of create-endpoint. */
  private static ObjectNode createView(Order order, String regionId) {
    ObjectNode o = orderView(order, regionId, order.complete() ? "started" : "starting");
    if (order.complete()) {
      String id = order.doc().path("ID").asText();
      o.put("masterResourceID", id);
      o.put(ENDPOINT_ID, id);
    } else {
      // the spec types masterResourceID as a plain string; only endpointID is nullable
      o.put("masterResourceID", "");
      o.putNull(ENDPOINT_ID);
    }
    return o;
  }

  /** The order answer of delete-endpoint. */
  private static ObjectNode deleteView(Order order, String regionId) {
    return orderView(order, regionId, order.complete() ? "refunded" : "starting");
  }

  private static ObjectNode orderView(Order order, String regionId, String status) {
    ObjectNode o = F.objectNode();
    o.put("masterOrderID", order.orderId());
    o.put("masterOrderNO", order.orderNumber());
    o.put("regionID", regionId);
    o.put("masterResourceStatus", status);
    return o;
  }

  /**
   * A billed call's clientToken: the answer of an earlier call with it, and remembering this call's
   * answer for later ones.
   */
  private record TokenUse(ApiCall call, String operation, String token, String request) {
    static TokenUse of(ApiCall call, String operation) {
      return new TokenUse(call, operation, call.text("clientToken"), call.paramsJson());
    }

    Optional<JsonNode> earlierAnswer(TokenConflict conflict) {
      return ClientTokenReplay.earlierAnswer(
              call.tx(), call.accountId(), operation, token, request, conflict)
          .map(EndpointHandlers::read);
    }

    void remember(JsonNode answer) {
      call.tx()
          .putToken(
              call.accountId(),
              operation,
              token,
              new StoredToken(request, write(answer)),
              Docs.timestamp(call.now()));
    }
  }

  private static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String s) {
    try {
      return JSON.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
