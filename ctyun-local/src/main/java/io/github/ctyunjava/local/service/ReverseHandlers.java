package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.store.Page;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.Map;

/** Transit IPs and reverse (transit) rules of reverse endpoint services. */
public final class ReverseHandlers {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

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

  /** Allocates a transit IP of a reverse service in one of the service VPC's subnets. */
  static String addTransitIp(ApiCall call, Resource service, Resource subnet, String wanted) {
    if (!service.parentId().equals(subnet.parentId())) {
      throw ApiError.business(
          ErrorCodes.SUBNET_NOT_IN_VPC,
          "subnet " + subnet.id() + " is not in the service's VPC " + service.parentId(),
          "子网须属于终端节点服务所在的VPC");
    }
    String ip = SubnetIps.allocate(call, subnet, wanted);
    String ts = Docs.timestamp(call.now());
    ObjectNode doc = F.objectNode();
    doc.put("subnetID", subnet.id());
    doc.put("endpointServiceID", service.id());
    doc.put("transitIP", ip);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    call.tx()
        .insert(
            Resource.create(
                Types.TRANSIT_IP,
                service.id() + "/" + ip,
                service.accountId(),
                service.regionId(),
                service.id(),
                subnet.id(),
                ip,
                doc));
    return ip;
  }

  static Resource reverseService(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    if (!"reverse".equals(s.doc().path("type").asText())) {
      throw ApiError.business(
          ErrorCodes.NOT_SUPPORTED,
          "endpoint service " + s.id() + " is not a reverse service",
          "终端节点服务" + s.id() + "不是反向服务");
    }
    return s;
  }

  static ApiReply createTransitIp(ApiCall call) {
    Resource s = reverseService(call);
    Resource subnet = Lookups.subnet(call, call.text("subnetID"));
    String ip = addTransitIp(call, s, subnet, call.optText("transitIP"));
    return new ApiReply(
        F.objectNode().put("transitIP", ip), Map.of("transitIP", TextNode.valueOf(ip)));
  }

  static ApiReply listTransitIps(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    Paging paging = Paging.from(call, EndpointServiceHandlers.PAGE_CAP);
    Page<Resource> page =
        call.tx()
            .list(
                ResourceQuery.of(Types.TRANSIT_IP).parent(s.id()),
                paging.offset(),
                paging.pageSize());
    ArrayNode items = F.arrayNode();
    page.items().forEach(r -> items.add(r.doc()));
    ObjectNode ret = F.objectNode();
    ret.set("transitIPs", items);
    paging.addCounts(ret, page.total(), items.size());
    return new ApiReply(ret, paging.topLevel(page.total(), items.size()));
  }

  static ApiReply deleteTransitIp(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    String ip = call.text("transitIP");
    Resource t =
        call.tx()
            .find(Types.TRANSIT_IP, s.id() + "/" + ip)
            .orElseThrow(
                () ->
                    ApiError.business(
                        ErrorCodes.TRANSIT_IP_NOT_FOUND,
                        "transit IP " + ip + " does not exist on " + s.id(),
                        "中转IP" + ip + "不存在"));
    long users =
        call.tx().count(ResourceQuery.of(Types.REVERSE_RULE).parent(s.id()).where("name = ?", ip));
    if (users > 0) {
      throw ApiError.business(
          ErrorCodes.TRANSIT_IP_IN_USE,
          "transit IP " + ip + " is used by reverse rules",
          "中转IP" + ip + "仍被中转规则使用");
    }
    SubnetIps.release(call, t.refId(), ip);
    call.tx().delete(Types.TRANSIT_IP, t.id());
    return ApiReply.of(null);
  }

  static ApiReply createRule(ApiCall call) {
    Resource s = reverseService(call);
    String endpointId = call.text("endpointID");
    call.tx()
        .find(Types.ENDPOINT, endpointId)
        .filter(e -> s.id().equals(e.parentId()))
        .orElseThrow(() -> Lookups.endpointNotFound(endpointId));
    String transit = call.text("transitIPAddress");
    if (call.tx().find(Types.TRANSIT_IP, s.id() + "/" + transit).isEmpty()) {
      throw ApiError.business(
          ErrorCodes.TRANSIT_IP_NOT_FOUND,
          "transit IP " + transit + " does not belong to " + s.id(),
          "中转IP" + transit + "不属于该服务");
    }
    String target = call.text("targetIPAddress");
    if (!Cidr.isIp(target)) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID,
          "targetIPAddress " + target + " is not an IPv4 address",
          "目标IP不合法");
    }
    int transitPort = call.integer("transitPort", 0);
    String protocol = call.text("protocol");
    for (Resource r : call.tx().all(ResourceQuery.of(Types.REVERSE_RULE).parent(s.id()))) {
      ObjectNode d = r.doc();
      if (d.path("transitIPAddress").asText().equals(transit)
          && d.path("transitPort").asInt() == transitPort
          && d.path("protocol").asText().equals(protocol)) {
        throw ApiError.business(
            ErrorCodes.RULE_EXISTS,
            protocol + " " + transit + ":" + transitPort + " is already used by " + r.id(),
            "中转IP和端口已被使用");
      }
    }
    String id = Ids.withPrefix("endprule-");
    String ts = Docs.timestamp(call.now());
    ObjectNode doc = F.objectNode();
    doc.put("ID", id);
    doc.put("endpointServiceID", s.id());
    doc.put("endpointID", endpointId);
    doc.put("transitIPAddress", transit);
    doc.put("transitPort", transitPort);
    doc.put("protocol", protocol);
    doc.put("targetIPAddress", target);
    doc.put("targetPort", call.integer("targetPort", 0));
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    call.tx()
        .insert(
            Resource.create(
                Types.REVERSE_RULE,
                id,
                call.accountId(),
                call.region(),
                s.id(),
                endpointId,
                transit,
                doc));
    return new ApiReply(
        F.objectNode().put("reverseRuleID", id), Map.of("reverseRuleID", TextNode.valueOf(id)));
  }

  static ApiReply listRules(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    Paging paging = Paging.from(call, EndpointServiceHandlers.PAGE_CAP);
    Page<Resource> page =
        call.tx()
            .list(
                ResourceQuery.of(Types.REVERSE_RULE).parent(s.id()),
                paging.offset(),
                paging.pageSize());
    ArrayNode items = F.arrayNode();
    page.items().forEach(r -> items.add(r.doc()));
    return VpcHandlers.listReply("reverseRules", items, page.total(), paging, true);
  }

  static ApiReply deleteRule(ApiCall call) {
    String id = call.text("reverseRuleID");
    Resource r =
        Lookups.owned(call, Types.REVERSE_RULE, id)
            .orElseThrow(
                () ->
                    ApiError.business(
                        ErrorCodes.REVERSE_RULE_NOT_FOUND,
                        "reverse rule " + id + " does not exist",
                        "中转规则" + id + "不存在"));
    call.tx().delete(Types.REVERSE_RULE, r.id());
    return ApiReply.of(null);
  }
}
