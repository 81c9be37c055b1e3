package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.store.Resource;
import java.math.BigDecimal;

/** Endpoint labels, OSS policy, IP version and the price inquiry. */
public final class EndpointExtraHandlers {
  /** Emulated on-demand price per endpoint hour (inferred; no public price list was found). */
  public static final BigDecimal HOURLY_PRICE = new BigDecimal("0.10");

  /** Largest accepted OSS policy document. */
  public static final int MAX_POLICY_CHARS = 8192;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

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
    return Labels.bindOn(
        call, EndpointHandlers.visible(call, call.text("endpointID")), "endpointID");
  }

  static ApiReply unbindLabel(ApiCall call) {
    return Labels.unbindOn(
        call, EndpointHandlers.visible(call, call.text("endpointID")), "endpointID");
  }

  static ApiReply listLabels(ApiCall call) {
    Resource e = EndpointHandlers.visible(call, call.text("endpointID"));
    return ApiReply.of(
        Labels.page(e.doc().withArray("_labels"), Paging.from(call, Labels.PAGE_CAP)));
  }

  static ApiReply createPolicy(ApiCall call) {
    Resource e = EndpointHandlers.visible(call, call.text("endpointID"));
    String policy = call.text("policy");
    if (policy.length() > MAX_POLICY_CHARS) {
      throw ApiError.parameter(
          "policy is longer than " + MAX_POLICY_CHARS + " characters", "policy过长");
    }
    ObjectNode doc = e.doc();
    doc.put("_ossPolicy", policy);
    call.tx().update(e.withDoc(doc));
    return ApiReply.of(F.objectNode().put("endpointID", e.id()));
  }

  static ApiReply deletePolicy(ApiCall call) {
    Resource e = EndpointHandlers.visible(call, call.text("endpointID"));
    ObjectNode doc = e.doc();
    if (!doc.has("_ossPolicy")) {
      throw ApiError.business(
          ErrorCodes.OSS_POLICY_NOT_FOUND,
          "endpoint " + e.id() + " has no OSS policy",
          "终端节点" + e.id() + "没有OSS策略");
    }
    doc.remove("_ossPolicy");
    call.tx().update(e.withDoc(doc));
    return ApiReply.of(F.objectNode().put("endpointID", e.id()));
  }

  static ApiReply getPolicy(ApiCall call) {
    Resource e = EndpointHandlers.visible(call, call.text("endpointID"));
    return ApiReply.of(F.objectNode().put("policy", e.doc().path("_ossPolicy").asText("")));
  }

  static ApiReply ipVersion(ApiCall call) {
    Resource e = EndpointHandlers.visible(call, call.text("endpointID"));
    int v = call.integer("ipVersion", 0);
    EndpointServiceHandlers.requireIpVersion(v);
    ObjectNode doc = e.doc();
    doc.put("_ipVersion", v);
    doc.put("updatedTime", Docs.timestamp(call.now()));
    call.tx().update(e.withDoc(doc));
    return ApiReply.of(null);
  }

  static ApiReply price(ApiCall call) {
    Lookups.checkDescription(call, "description");
    EndpointHandlers.checkTargets(call);
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
}
