package io.github.ctyunjava.local.service.endpointservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.CtyunServices;
import io.github.ctyunjava.local.model.EndpointServices;
import io.github.ctyunjava.local.model.Labels;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Listing;
import io.github.ctyunjava.local.service.Params;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.store.Resource;

/**
 * Endpoint services: create, list, show, modify, delete, IP version, backends and labels; requests
 * to {@link EndpointServices}, services back.
 */
public final class EndpointServiceHandlers {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String SERVICE_ID = "endpointServiceID";

  private EndpointServiceHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(Product.CTVPC, "createEndpointService", EndpointServiceHandlers::create);
    r.register(Product.CTVPC, "listEndpointServices", c -> list(c, false));
    r.register(Product.CTVPC, "newListEndpointServices", c -> list(c, true));
    r.register(Product.CTVPC, "showEndpointService", EndpointServiceHandlers::show);
    r.register(Product.CTVPC, "deleteEndpointService", EndpointServiceHandlers::delete);
    r.register(Product.CTVPC, "modifyEndpointService", EndpointServiceHandlers::modify);
    r.register(Product.CTVPC, "modifyEndpointServiceIpVersion", EndpointServiceHandlers::ipVersion);
    r.register(Product.CTVPC, "listEndpointServiceBackends", EndpointServiceHandlers::backends);
    r.register(
        Product.CTVPC, "updateEndpointServiceBackend", EndpointServiceHandlers::updateBackend);
    r.register(
        Product.CTVPC, "deleteEndpointServiceBackend", EndpointServiceHandlers::deleteBackend);
    r.register(Product.CTVPC, "bindEndpointServiceLabel", EndpointServiceHandlers::bindLabel);
    r.register(Product.CTVPC, "unbindEndpointServiceLabel", EndpointServiceHandlers::unbindLabel);
    r.register(Product.CTVPC, "listEndpointServiceLabels", EndpointServiceHandlers::listLabels);
    r.register(Product.CTVPC, "queryCtyunServices", EndpointServiceHandlers::ctyunServices);
  }

  private static EndpointServices services(ApiCall call) {
    return new EndpointServices(Scope.of(call));
  }

  static ApiReply create(ApiCall call) {
    Params.checkDescription(call, "description");
    Resource service =
        services(call)
            .create(
                new EndpointServices.NewService(
                    call.text("vpcID"),
                    call.text("name"),
                    call.optText("description"),
                    call.optText("type"),
                    call.integer("ipVersion", 0),
                    Params.textIfGiven(call, "subnetID"),
                    Params.textIfGiven(call, "instanceType"),
                    Params.textIfGiven(call, "instanceID"),
                    call.bool("reverseIsUnderlay", false),
                    call.optText("transitIP"),
                    call.params().path("rules"),
                    call.optText("dnsName"),
                    call.bool("autoConnection", false),
                    call.optText("oaType")));
    ObjectNode ret = F.objectNode();
    ret.putObject("endpointService").put(SERVICE_ID, service.id());
    return ApiReply.of(ret);
  }

  static ApiReply list(ApiCall call, boolean newShape) {
    Listing page =
        Listing.ofPublicViews(
            call,
            EndpointServices.PAGE_CAP,
            services(call)
                .services(
                    Params.textIfGiven(call, "id"),
                    Params.textIfGiven(call, "endpointServiceName"),
                    Params.textIfGiven(call, "queryContent")));
    return newShape ? page.countsInside("endpointServices") : page.countsBeside(page.items());
  }

  static ApiReply show(ApiCall call) {
    return ApiReply.of(Docs.publicView(services(call).service(call.text(SERVICE_ID))));
  }

  static ApiReply delete(ApiCall call) {
    services(call).delete(call.text("ID"));
    return ApiReply.of(null);
  }

  static ApiReply modify(ApiCall call) {
    Params.checkDescription(call, "description");
    services(call)
        .modify(
            call.text(SERVICE_ID),
            Params.textIfGiven(call, "name"),
            Params.boolIfGiven(call, "autoConnection"),
            Params.textIfGiven(call, "dnsName"),
            Params.textIfGiven(call, "oaType"),
            call.optText("description"));
    return ApiReply.of(null);
  }

  static ApiReply ipVersion(ApiCall call) {
    services(call).setIpVersion(call.text(SERVICE_ID), call.integer("ipVersion", 0));
    return ApiReply.of(null);
  }

  static ApiReply backends(ApiCall call) {
    ArrayNode out = F.arrayNode();
    for (JsonNode b : services(call).backends(call.text(SERVICE_ID))) {
      out.addObject()
          .put("instanceID", b.path("instanceID").asText())
          .put("instanceType", b.path("instanceType").asText())
          .put("instanceName", "");
    }
    return ApiReply.of(out);
  }

  static ApiReply updateBackend(ApiCall call) {
    Resource s =
        services(call)
            .setBackend(call.text(SERVICE_ID), call.text("instanceType"), call.text("instanceID"));
    return serviceId(s.id());
  }

  static ApiReply deleteBackend(ApiCall call) {
    Resource s = services(call).removeBackend(call.text(SERVICE_ID), call.text("instanceID"));
    return serviceId(s.id());
  }

  static ApiReply bindLabel(ApiCall call) {
    String serviceId = Params.textIfGiven(call, SERVICE_ID);
    services(call).bindLabel(serviceId, call.text("labelKey"), call.text("labelValue"));
    return serviceId(serviceId == null ? "" : serviceId);
  }

  static ApiReply unbindLabel(ApiCall call) {
    Resource s = services(call).unbindLabel(call.text(SERVICE_ID), call.text("labelID"));
    return serviceId(s.id());
  }

  static ApiReply listLabels(ApiCall call) {
    ArrayNode all = services(call).labels(Params.textIfGiven(call, SERVICE_ID));
    return Listing.of(call, Labels.PAGE_CAP, all).countsInsideArray("results");
  }

  static ApiReply ctyunServices(ApiCall call) {
    ArrayNode all = CtyunServices.list(call.optText(SERVICE_ID));
    return Listing.of(call, EndpointServices.PAGE_CAP, all).countsInside("results");
  }

  private static ApiReply serviceId(String id) {
    return ApiReply.of(F.objectNode().put(SERVICE_ID, id));
  }
}
