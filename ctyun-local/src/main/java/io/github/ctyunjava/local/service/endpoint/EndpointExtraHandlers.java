package io.github.ctyunjava.local.service.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.Labels;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Listing;
import io.github.ctyunjava.local.service.Params;
import io.github.ctyunjava.local.store.Resource;
import java.math.BigDecimal;

/** Endpoint labels, OSS policy, IP version and the price inquiry. */
public final class EndpointExtraHandlers {
  /** Emulated on-demand price per endpoint hour (inferred; no public price list was found). */
  public static final BigDecimal HOURLY_PRICE = new BigDecimal("0.10");

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String ENDPOINT_ID = "endpointID";

  private EndpointExtraHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(Product.CTVPC, "bindEndpointLabel", EndpointExtraHandlers::bindLabel);
    r.register(Product.CTVPC, "unbindEndpointLabel", EndpointExtraHandlers::unbindLabel);
    r.register(Product.CTVPC, "listEndpointLabels", EndpointExtraHandlers::listLabels);
    r.register(Product.CTVPC, "createEndpointOssPolicy", EndpointExtraHandlers::createPolicy);
    r.register(Product.CTVPC, "deleteEndpointOssPolicy", EndpointExtraHandlers::deletePolicy);
    r.register(Product.CTVPC, "getEndpointOssPolicy", EndpointExtraHandlers::getPolicy);
    r.register(Product.CTVPC, "modifyEndpointIpVersion", EndpointExtraHandlers::ipVersion);
    r.register(Product.CTVPC, "queryCreateEndpointPrice", EndpointExtraHandlers::price);
  }

  static ApiReply bindLabel(ApiCall call) {
    Resource e =
        EndpointHandlers.endpoints(call)
            .bindLabel(call.text(ENDPOINT_ID), call.text("labelKey"), call.text("labelValue"));
    return endpointId(e);
  }

  static ApiReply unbindLabel(ApiCall call) {
    Resource e =
        EndpointHandlers.endpoints(call).unbindLabel(call.text(ENDPOINT_ID), call.text("labelID"));
    return endpointId(e);
  }

  static ApiReply listLabels(ApiCall call) {
    return Listing.of(
            call, Labels.PAGE_CAP, EndpointHandlers.endpoints(call).labels(call.text(ENDPOINT_ID)))
        .countsInsideArray("results");
  }

  static ApiReply createPolicy(ApiCall call) {
    Resource e =
        EndpointHandlers.endpoints(call).setOssPolicy(call.text(ENDPOINT_ID), call.text("policy"));
    return endpointId(e);
  }

  static ApiReply deletePolicy(ApiCall call) {
    return endpointId(EndpointHandlers.endpoints(call).removeOssPolicy(call.text(ENDPOINT_ID)));
  }

  static ApiReply getPolicy(ApiCall call) {
    String policy = EndpointHandlers.endpoints(call).ossPolicy(call.text(ENDPOINT_ID));
    return ApiReply.of(F.objectNode().put("policy", policy));
  }

  static ApiReply ipVersion(ApiCall call) {
    EndpointHandlers.endpoints(call)
        .setIpVersion(call.text(ENDPOINT_ID), call.integer("ipVersion", 0));
    return ApiReply.of(null);
  }

  static ApiReply price(ApiCall call) {
    Params.checkDescription(call, "description");
    EndpointHandlers.endpoints(call).checkTarget(EndpointHandlers.target(call));
    ObjectNode ret = F.objectNode();
    ret.put("totalPrice", HOURLY_PRICE);
    ret.put("discountPrice", BigDecimal.ZERO.setScale(2));
    ret.put("finalPrice", HOURLY_PRICE);
    ObjectNode sub = ret.putArray("subOrderPrices").addObject();
    sub.put("serviceTag", "VPCE");
    sub.put("totalPrice", HOURLY_PRICE);
    sub.put("finalPrice", HOURLY_PRICE);
    sub.putArray("orderItemPrices")
        .addObject()
        .put("resourceType", "VPCE")
        .put("totalPrice", HOURLY_PRICE.toPlainString())
        .put("finalPrice", HOURLY_PRICE.toPlainString());
    return ApiReply.of(ret);
  }

  private static ApiReply endpointId(Resource e) {
    return ApiReply.of(F.objectNode().put(ENDPOINT_ID, e.id()));
  }
}
