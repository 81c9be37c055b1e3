package io.github.ctyunjava.local.service.endpointservice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.EndpointServices;
import io.github.ctyunjava.local.model.ServiceAccess;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.DocFields;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Listing;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.store.Resource;

/**
 * Who may use a service: the account whitelist, port rules, and endpoint connections
 * (autoConnection, accept, reject); requests to {@link ServiceAccess}.
 */
public final class ServiceAccessHandlers {
  /** Connection display text terraform treats as connected. */
  public static final String CONNECTED_TEXT = "已连接";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String SERVICE_ID = "endpointServiceID";

  private ServiceAccessHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(
        Product.CTVPC, "createEndpointServiceWhitelist", ServiceAccessHandlers::addWhitelist);
    r.register(
        Product.CTVPC, "deleteEndpointServiceWhitelist", ServiceAccessHandlers::deleteWhitelist);
    r.register(Product.CTVPC, "listEndpointServiceWhitelist", c -> listWhitelist(c, false));
    r.register(Product.CTVPC, "newListEndpointServiceWhitelist", c -> listWhitelist(c, true));
    r.register(Product.CTVPC, "createEndpointServiceRule", ServiceAccessHandlers::createRule);
    r.register(Product.CTVPC, "deleteEndpointServiceRule", ServiceAccessHandlers::deleteRule);
    r.register(Product.CTVPC, "showEndpointServiceConnections", ServiceAccessHandlers::connections);
    r.register(
        Product.CTVPC,
        "updateEndpointServiceConnections",
        ServiceAccessHandlers::updateConnections);
    r.register(Product.CTVPC, "acceptEndpointApply", c -> decide(c, true));
    r.register(Product.CTVPC, "rejectEndpointApply", c -> decide(c, false));
  }

  private static ServiceAccess access(ApiCall call) {
    return new ServiceAccess(Scope.of(call));
  }

  static ApiReply addWhitelist(ApiCall call) {
    access(call).addWhitelist(call.text(SERVICE_ID), accountRef(call));
    return ApiReply.of(null);
  }

  static ApiReply deleteWhitelist(ApiCall call) {
    access(call).removeWhitelist(call.text(SERVICE_ID), accountRef(call));
    return ApiReply.of(null);
  }

  private static ServiceAccess.AccountRef accountRef(ApiCall call) {
    return new ServiceAccess.AccountRef(call.optText("email"), call.optText("bssAccountID"));
  }

  static ApiReply listWhitelist(ApiCall call, boolean newShape) {
    ArrayNode all = access(call).whitelist(call.text(SERVICE_ID));
    Listing page = Listing.of(call, EndpointServices.PAGE_CAP, all);
    return newShape ? page.countsInside("whitelist") : page.itemsOnly();
  }

  static ApiReply createRule(ApiCall call) {
    access(call).addRule(call.text(SERVICE_ID), portRule(call));
    return ApiReply.of(null);
  }

  static ApiReply deleteRule(ApiCall call) {
    access(call).removeRule(call.text(SERVICE_ID), portRule(call));
    return ApiReply.of(null);
  }

  private static ServiceAccess.PortRule portRule(ApiCall call) {
    return new ServiceAccess.PortRule(
        call.text("protocol"), call.integer("serverPort", 0), call.integer("endpointPort", 0));
  }

  static ApiReply connections(ApiCall call) {
    String serviceId = call.text(SERVICE_ID);
    ArrayNode all = F.arrayNode();
    for (Resource e : access(call).connections(serviceId)) {
      all.add(connection(serviceId, e));
    }
    return Listing.of(call, EndpointServices.PAGE_CAP, all).itemsOnly();
  }

  /** An endpoint's connection as the service owner sees it. */
  private static ObjectNode connection(String serviceId, Resource endpoint) {
    ObjectNode d = endpoint.doc();
    String state = d.path(DocFields.CONNECTION).asText();
    ObjectNode c = F.objectNode();
    c.put("endpointID", endpoint.id());
    c.put("endpointName", d.path("name").asText());
    c.put(SERVICE_ID, serviceId);
    c.put("endpointType", d.path("type").asText());
    c.put(
        "connectionStatus",
        switch (state) {
          case ServiceAccess.CONNECTED -> CONNECTED_TEXT;
          case ServiceAccess.REJECTED -> "已拒绝";
          default -> "待接受";
        });
    c.put("status", state.equals(ServiceAccess.CONNECTED) ? "UP" : "DOWN");
    c.put("account", d.path(DocFields.OWNER_EMAIL).asText());
    return c;
  }

  static ApiReply updateConnections(ApiCall call) {
    access(call).setAutoConnection(call.text(SERVICE_ID), call.bool("autoConnection", false));
    return ApiReply.of(null);
  }

  static ApiReply decide(ApiCall call, boolean accept) {
    access(call).decide(call.text(SERVICE_ID), call.text("endpointID"), accept);
    return ApiReply.of(null);
  }
}
