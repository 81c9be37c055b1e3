package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.store.Page;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.HashSet;
import java.util.Set;

/** Endpoint services: create, list, show, modify, delete, IP version, backends and labels. */
public final class EndpointServiceHandlers {
  /** Page size cap of VPCE lists (inferred, from the hybrid SDK). */
  public static final int PAGE_CAP = 100;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

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

  static ApiReply create(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Resource vpc = Lookups.vpc(call, call.text("vpcID"));
    String type = call.optText("type") == null ? "interface" : call.optText("type");
    int ipVersion = call.integer("ipVersion", 0);
    requireIpVersion(ipVersion);
    Resource subnet = null;
    if (call.has("subnetID")) {
      subnet = Lookups.subnet(call, call.text("subnetID"));
      requireInVpc(subnet, vpc);
    }
    ArrayNode backends = F.arrayNode();
    if (!type.equals("reverse")) {
      if (!call.has("instanceType") || !call.has("instanceID")) {
        throw ApiError.parameter(
            "instanceType and instanceID are required for an " + type + " service",
            "interface类型的终端节点服务须提供instanceType和instanceID");
      }
      String it = call.text("instanceType");
      String iid = call.text("instanceID");
      if (Backends.isWellFormed(it, iid)) {
        backends.add(Backends.entry(it, iid));
      }
    } else if (call.bool("reverseIsUnderlay", false)) {
      if (!call.has("transitIP") || !Cidr.isIp(call.text("transitIP"))) {
        throw ApiError.parameter(
            "an underlay reverse service needs transitIP (an IPv4 address)",
            "underlay反向服务须提供合法的transitIP");
      }
    } else if (subnet == null) {
      throw ApiError.parameter(
          "a reverse service needs subnetID (where its transit IP lives)", "反向服务须提供subnetID");
    }
    ArrayNode rules = F.arrayNode();
    Set<String> seen = new HashSet<>();
    for (JsonNode rule : call.params().path("rules")) {
      ObjectNode r =
          rule(
              rule.path("protocol").asText(),
              rule.path("serverPort").asInt(),
              rule.path("endpointPort").asInt());
      if (!seen.add(r.toString())) {
        throw ApiError.business(
            ErrorCodes.RULE_EXISTS, "rules contain the same rule twice: " + r, "规则重复");
      }
      rules.add(r);
    }
    String dnsName = call.optText("dnsName");
    if (dnsName != null && !dnsName.isEmpty()) {
      checkDnsName(dnsName);
    }
    String id = Ids.withPrefix("endpser-");
    String ts = Docs.timestamp(call.now());
    ObjectNode doc = F.objectNode();
    doc.put("ID", id);
    doc.put("name", call.text("name"));
    doc.put("vpcID", vpc.id());
    doc.put("description", VpcHandlers.nz(call.optText("description")));
    doc.put("type", type);
    doc.put("autoConnection", call.bool("autoConnection", false));
    doc.set("rules", rules);
    doc.set("backends", backends);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    doc.put("dnsName", dnsName == null ? "" : dnsName);
    doc.put("_ipVersion", ipVersion);
    doc.put("_oaType", call.optText("oaType") == null ? "close" : call.optText("oaType"));
    doc.put("_subnetID", subnet == null ? "" : subnet.id());
    doc.putArray("_whitelist");
    doc.putArray("_labels");
    Resource service =
        call.tx()
            .insert(
                Resource.create(
                    Types.SERVICE,
                    id,
                    call.accountId(),
                    call.region(),
                    vpc.id(),
                    subnet == null ? null : subnet.id(),
                    call.text("name"),
                    doc));
    if (type.equals("reverse") && subnet != null) {
      ReverseHandlers.addTransitIp(call, service, subnet, call.optText("transitIP"));
    }
    ObjectNode ret = F.objectNode();
    ret.putObject("endpointService").put("endpointServiceID", id);
    return ApiReply.of(ret);
  }

  static ApiReply list(ApiCall call, boolean newShape) {
    ResourceQuery q =
        ResourceQuery.of(Types.SERVICE).account(call.accountId()).region(call.region());
    if (call.has("id")) {
      q = q.where("id = ?", call.text("id"));
    }
    if (call.has("endpointServiceName")) {
      q = q.where("name = ?", call.text("endpointServiceName"));
    }
    if (call.has("queryContent")) {
      q = q.where("name LIKE ? ESCAPE '!'", "%" + likeEscape(call.text("queryContent")) + "%");
    }
    Paging paging = Paging.from(call, PAGE_CAP);
    Page<Resource> page = call.tx().list(q, paging.offset(), paging.pageSize());
    ArrayNode items = F.arrayNode();
    page.items().forEach(r -> items.add(Docs.publicView(r.doc())));
    if (newShape) {
      return VpcHandlers.listReply("endpointServices", items, page.total(), paging, true);
    }
    return new ApiReply(items, paging.topLevel(page.total(), items.size()));
  }

  static ApiReply show(ApiCall call) {
    return ApiReply.of(
        Docs.publicView(Lookups.service(call, call.text("endpointServiceID")).doc()));
  }

  static ApiReply delete(ApiCall call) {
    Resource s = Lookups.service(call, call.text("ID"));
    long endpoints =
        call.tx().count(ResourceQuery.of(Types.ENDPOINT).parent(s.id()))
            + call.tx().count(ResourceQuery.of(EndpointOrders.PENDING).parent(s.id()));
    long rules = call.tx().count(ResourceQuery.of(Types.REVERSE_RULE).parent(s.id()));
    if (endpoints > 0 || rules > 0) {
      throw ApiError.business(
          ErrorCodes.SERVICE_IN_USE,
          "endpoint service " + s.id() + " still has endpoints or reverse rules",
          "终端节点服务" + s.id() + "仍有终端节点或中转规则，无法删除");
    }
    for (Resource t : call.tx().all(ResourceQuery.of(Types.TRANSIT_IP).parent(s.id()))) {
      SubnetIps.release(call, t.refId(), t.doc().path("transitIP").asText());
      call.tx().delete(Types.TRANSIT_IP, t.id());
    }
    call.tx().delete(Types.SERVICE, s.id());
    return ApiReply.of(null);
  }

  static ApiReply modify(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    ObjectNode doc = s.doc();
    String name = s.name();
    if (call.has("name")) {
      name = call.text("name");
      doc.put("name", name);
    }
    if (call.has("autoConnection")) {
      doc.put("autoConnection", call.bool("autoConnection", false));
    }
    if (call.has("dnsName")) {
      checkDnsName(call.text("dnsName"));
      doc.put("dnsName", call.text("dnsName"));
    }
    if (call.has("oaType")) {
      doc.put("_oaType", call.text("oaType"));
    }
    if (call.has("description")) {
      doc.put("description", call.optText("description"));
    }
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(s.withNameAndDoc(name, doc));
    return ApiReply.of(null);
  }

  static ApiReply ipVersion(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    int v = call.integer("ipVersion", 0);
    requireIpVersion(v);
    ObjectNode doc = s.doc();
    doc.put("_ipVersion", v);
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(s.withDoc(doc));
    return ApiReply.of(null);
  }

  static ApiReply backends(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    ArrayNode out = F.arrayNode();
    for (JsonNode b : s.doc().path("backends")) {
      out.addObject()
          .put("instanceID", b.path("instanceID").asText())
          .put("instanceType", b.path("instanceType").asText())
          .put("instanceName", "");
    }
    return ApiReply.of(out);
  }

  static ApiReply updateBackend(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    String type = call.text("instanceType");
    String id = call.text("instanceID");
    if (!Backends.isWellFormed(type, id)) {
      throw ApiError.business(
          io.github.ctyunjava.local.api.RequestValidator.PATTERN_ERROR,
          "instanceID " + id + " is not a well-formed " + Backends.normalizeType(type) + " ID",
          "后端实例ID格式不合法");
    }
    ObjectNode doc = s.doc();
    ArrayNode arr = doc.putArray("backends");
    arr.add(Backends.entry(type, id));
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(s.withDoc(doc));
    return ApiReply.of(F.objectNode().put("endpointServiceID", s.id()));
  }

  static ApiReply deleteBackend(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    String id = call.text("instanceID");
    ObjectNode doc = s.doc();
    ArrayNode arr = doc.withArray("backends");
    for (int i = 0; i < arr.size(); i++) {
      if (arr.get(i).path("instanceID").asText().equals(id)) {
        arr.remove(i);
        doc.put("updatedAt", Docs.timestamp(call.now()));
        call.tx().update(s.withDoc(doc));
        return ApiReply.of(F.objectNode().put("endpointServiceID", s.id()));
      }
    }
    throw ApiError.business(
        ErrorCodes.BACKEND_NOT_FOUND,
        "backend " + id + " is not attached to " + s.id(),
        "后端实例" + id + "不存在");
  }

  static ApiReply bindLabel(ApiCall call) {
    if (call.has("endpointServiceID")) {
      return Labels.bindOn(
          call, Lookups.service(call, call.text("endpointServiceID")), "endpointServiceID");
    }
    // CTyun's generated client sends no service ID: keep the label on the account (inferred)
    Resource book = accountLabels(call);
    ObjectNode doc = book.doc();
    Labels.bind(doc, call.text("labelKey"), call.text("labelValue"));
    if (book.seq() == 0) {
      call.tx().insert(book.withDoc(doc));
    } else {
      call.tx().update(book.withDoc(doc));
    }
    return ApiReply.of(F.objectNode().put("endpointServiceID", ""));
  }

  /** The caller's account-level service labels in the call's region (unsaved when new). */
  private static Resource accountLabels(ApiCall call) {
    String id = call.accountId() + "/" + call.region();
    return call.tx()
        .find(Types.ACCOUNT_SERVICE_LABELS, id)
        .orElseGet(
            () -> {
              ObjectNode doc = F.objectNode();
              doc.putArray("_labels");
              return Resource.create(
                  Types.ACCOUNT_SERVICE_LABELS,
                  id,
                  call.accountId(),
                  call.region(),
                  null,
                  null,
                  "labels",
                  doc);
            });
  }

  static ApiReply unbindLabel(ApiCall call) {
    Resource service = Lookups.service(call, call.text("endpointServiceID"));
    String labelId = call.text("labelID");
    Resource book = accountLabels(call);
    if (!Labels.has(service.doc(), labelId) && Labels.has(book.doc(), labelId)) {
      // a label bound without a service (see bindLabel) is removed through any of the services
      ObjectNode doc = book.doc();
      Labels.unbind(doc, labelId);
      call.tx().update(book.withDoc(doc));
      return ApiReply.of(F.objectNode().put("endpointServiceID", service.id()));
    }
    return Labels.unbindOn(call, service, "endpointServiceID");
  }

  static ApiReply listLabels(ApiCall call) {
    ArrayNode all = F.arrayNode();
    if (call.has("endpointServiceID")) {
      all.addAll(
          (ArrayNode) Lookups.service(call, call.text("endpointServiceID")).doc().path("_labels"));
    } else {
      for (Resource s :
          call.tx()
              .all(
                  ResourceQuery.of(Types.SERVICE)
                      .account(call.accountId())
                      .region(call.region()))) {
        all.addAll(s.doc().withArray("_labels"));
      }
      all.addAll(accountLabels(call).doc().withArray("_labels"));
    }
    return ApiReply.of(Labels.page(all, Paging.from(call, Labels.PAGE_CAP)));
  }

  static ApiReply ctyunServices(ApiCall call) {
    ArrayNode all = CtyunServices.list(call.optText("endpointServiceID"));
    Paging paging = Paging.from(call, PAGE_CAP);
    ArrayNode page = paging.slice(all);
    ObjectNode ret = F.objectNode();
    paging.addCounts(ret, all.size(), page.size());
    ret.set("results", page);
    return ApiReply.of(ret);
  }

  /** A rule object. */
  static ObjectNode rule(String protocol, int serverPort, int endpointPort) {
    ObjectNode r = F.objectNode();
    r.put("protocol", protocol);
    r.put("serverPort", serverPort);
    r.put("endpointPort", endpointPort);
    return r;
  }

  static void requireIpVersion(int v) {
    if (v == 1) {
      throw ApiError.business(
          ErrorCodes.NOT_SUPPORTED, "ipVersion 1 (IPv6 only) is not supported yet", "暂不支持纯IPv6");
    }
  }

  static void requireInVpc(Resource subnet, Resource vpc) {
    if (!vpc.id().equals(subnet.parentId())) {
      throw ApiError.business(
          ErrorCodes.SUBNET_NOT_IN_VPC,
          "subnet " + subnet.id() + " does not belong to VPC " + vpc.id(),
          "子网" + subnet.id() + "不属于VPC " + vpc.id());
    }
  }

  static String likeEscape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static void checkDnsName(String name) {
    String n = name.startsWith("*.") ? name.substring(2) : name;
    boolean ok = !n.isEmpty() && name.length() <= 253;
    for (String label : n.split("\\.", -1)) {
      ok &=
          !label.isEmpty()
              && label.length() <= 63
              && label.matches("[A-Za-z0-9-]+")
              && !label.startsWith("-")
              && !label.endsWith("-");
    }
    if (!ok) {
      throw ApiError.business(
          io.github.ctyunjava.local.api.RequestValidator.PATTERN_ERROR,
          "dnsName " + name + " is not a valid DNS name",
          "dnsName格式不合法");
    }
  }
}
