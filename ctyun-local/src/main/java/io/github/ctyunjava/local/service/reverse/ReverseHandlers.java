package io.github.ctyunjava.local.service.reverse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.EndpointServices;
import io.github.ctyunjava.local.model.ReverseRules;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Listing;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.store.Resource;
import java.util.Map;

/**
 * Transit IPs and reverse (transit) rules of reverse endpoint services; requests to {@link
 * ReverseRules}.
 */
public final class ReverseHandlers {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String SERVICE_ID = "endpointServiceID";

  private ReverseHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(Product.CTVPC, "createEndpointServiceTransitIp", ReverseHandlers::createTransitIp);
    r.register(Product.CTVPC, "listEndpointServiceTransitIps", ReverseHandlers::listTransitIps);
    r.register(Product.CTVPC, "deleteEndpointServiceTransitIp", ReverseHandlers::deleteTransitIp);
    r.register(Product.CTVPC, "createEndpointServiceReverseRule", ReverseHandlers::createRule);
    r.register(Product.CTVPC, "listEndpointServiceReverseRules", ReverseHandlers::listRules);
    r.register(Product.CTVPC, "deleteEndpointServiceReverseRule", ReverseHandlers::deleteRule);
  }

  private static ReverseRules rules(ApiCall call) {
    return new ReverseRules(Scope.of(call));
  }

  static ApiReply createTransitIp(ApiCall call) {
    String ip =
        rules(call)
            .createTransitIp(
                call.text(SERVICE_ID), call.text("subnetID"), call.optText("transitIP"));
    return idReply("transitIP", ip);
  }

  static ApiReply listTransitIps(ApiCall call) {
    Listing page =
        Listing.of(
            call,
            EndpointServices.PAGE_CAP,
            rules(call).transitIps(call.text(SERVICE_ID)),
            Resource::doc);
    return page.countsBeside(page.withCounts("transitIPs"));
  }

  static ApiReply deleteTransitIp(ApiCall call) {
    rules(call).deleteTransitIp(call.text(SERVICE_ID), call.text("transitIP"));
    return ApiReply.of(null);
  }

  static ApiReply createRule(ApiCall call) {
    Resource rule =
        rules(call)
            .createRule(
                new ReverseRules.NewRule(
                    call.text(SERVICE_ID),
                    call.text("endpointID"),
                    call.text("transitIPAddress"),
                    call.integer("transitPort", 0),
                    call.text("protocol"),
                    call.text("targetIPAddress"),
                    call.integer("targetPort", 0)));
    return idReply("reverseRuleID", rule.id());
  }

  static ApiReply listRules(ApiCall call) {
    return Listing.of(
            call,
            EndpointServices.PAGE_CAP,
            rules(call).rules(call.text(SERVICE_ID)),
            Resource::doc)
        .countsInside("reverseRules");
  }

  static ApiReply deleteRule(ApiCall call) {
    rules(call).deleteRule(call.text("reverseRuleID"));
    return ApiReply.of(null);
  }

  /** {@code {field: value}}, the value also beside the payload (where CTyun's clients read it). */
  private static ApiReply idReply(String field, String value) {
    return new ApiReply(F.objectNode().put(field, value), Map.of(field, TextNode.valueOf(value)));
  }
}
