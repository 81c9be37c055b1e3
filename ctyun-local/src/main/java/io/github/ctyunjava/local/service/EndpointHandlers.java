package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.store.Page;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import io.github.ctyunjava.local.store.StoredToken;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Endpoints: billed create (order + clientToken polling), list, show, update, delete. */
public final class EndpointHandlers {
  /** Maximum number of whitelist entries of an endpoint (evidenced). */
  public static final int MAX_WHITELIST = 20;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

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

  ApiReply create(ApiCall call) {
    String token = call.text("clientToken");
    String request = write(call.params());
    Optional<String> earlier =
        ClientTokenReplay.earlierAnswer(
            call.tx(), call.accountId(), "createEndpoint", token, request, tokenConflict);
    if (earlier.isPresent()) {
      return poll(call, read(earlier.get()));
    }
    Lookups.checkDescription(call, "description");
    if (call.integer("endpointServiceType", 0) == 1) {
      throw ApiError.business(
          ErrorCodes.NOT_SUPPORTED,
          "endpointServiceType 1 (DNS cloud service) is hybrid-cloud only",
          "公有云不支持endpointServiceType=1");
    }
    EndpointServiceHandlers.requireIpVersion(call.integer("ipVersion", 0));
    Resource service = checkTargets(call);
    Resource subnet = Lookups.subnet(call, call.text("subnetID"));
    List<String> whitelist = whitelist(call.params().path("whitelist"));
    String ip = SubnetIps.allocate(call, subnet, call.optText("IP"));
    String id = Ids.withPrefix("endpoint-");
    String ts = Docs.timestamp(call.now());
    boolean connected = service.doc().path("autoConnection").asBoolean(false);
    boolean dns = call.bool("enableDns", false);
    ObjectNode doc = F.objectNode();
    doc.put("ID", id);
    doc.put("endpointServiceID", service.id());
    doc.put("type", service.doc().path("type").asText());
    doc.put("name", call.text("endpointName"));
    doc.put("vpcID", call.text("vpcID"));
    doc.put("vpcAddress", ip);
    doc.put("whitelist", String.join(",", whitelist));
    doc.put("status", connected ? 1 : 2);
    doc.put("description", VpcHandlers.nz(call.optText("description")));
    ObjectNode net = doc.putObject("endpointObj");
    net.put("subnetID", subnet.id());
    net.put("portID", Ids.withPrefix("port-"));
    net.put("ip", ip);
    net.put("enableDns", dns ? 1 : 0);
    ArrayNode names = net.putArray("dnsNames");
    if (dns) {
      names.add(dnsName(id, service));
    }
    doc.put("createdTime", ts);
    doc.put("updatedTime", ts);
    doc.put("_whitelistFlag", call.integer("whitelistFlag", 1));
    doc.put("_deleteProtection", call.bool("deleteProtection", false));
    doc.put("_connection", connected ? "connected" : "pending");
    doc.put("_ownerEmail", call.account().email());
    doc.put("_ipVersion", call.integer("ipVersion", 0));
    doc.putArray("_labels");
    EndpointOrders.start(doc, call, policy);
    Resource pending =
        call.tx()
            .insert(
                Resource.create(
                    EndpointOrders.PENDING,
                    id,
                    call.accountId(),
                    call.region(),
                    service.id(),
                    subnet.id(),
                    call.text("endpointName"),
                    doc));
    boolean started = EndpointOrders.isComplete(doc, call.now());
    if (started) {
      EndpointOrders.promote(call, pending);
    }
    call.tx()
        .putToken(
            call.accountId(),
            "createEndpoint",
            token,
            new StoredToken(request, write(F.objectNode().put("endpointID", id))),
            ts);
    return ApiReply.of(EndpointOrders.createView(doc, call.region(), started));
  }

  private ApiReply poll(ApiCall call, JsonNode stored) {
    String id = stored.path("endpointID").asText();
    Optional<Resource> pending = call.tx().find(EndpointOrders.PENDING, id);
    if (pending.isPresent()) {
      ObjectNode doc = pending.get().doc();
      doc.put("_orderReads", doc.path("_orderReads").asLong() + 1);
      Resource updated = pending.get().withDoc(doc);
      boolean started = EndpointOrders.isComplete(doc, call.now());
      if (started) {
        EndpointOrders.promote(call, updated);
      } else {
        call.tx().update(updated);
      }
      return ApiReply.of(EndpointOrders.createView(doc, call.region(), started));
    }
    Optional<Resource> done = call.tx().find(Types.ENDPOINT, id);
    if (done.isPresent()) {
      return ApiReply.of(EndpointOrders.createView(done.get().doc(), call.region(), true));
    }
    throw Lookups.endpointNotFound(id);
  }

  /** Checks service access, VPC and subnet of a create or price call; returns the service. */
  static Resource checkTargets(ApiCall call) {
    if (!"on_demand".equals(call.text("cycleType"))) {
      throw ApiError.parameter("cycleType must be on_demand", "cycleType仅支持on_demand");
    }
    String sid = call.text("endpointServiceID");
    Resource service =
        Lookups.anyOwner(call, Types.SERVICE, sid)
            .or(() -> CtyunServices.find(call, sid))
            .orElseThrow(() -> Lookups.serviceNotFound(sid));
    if (!ServiceAccessHandlers.mayConnect(service, call.account())) {
      throw ApiError.business(
          ErrorCodes.SERVICE_ACCESS_FAILED,
          "your account is not in the whitelist of endpoint service " + sid,
          "当前账号不在终端节点服务" + sid + "的白名单中");
    }
    Resource vpc = Lookups.vpc(call, call.text("vpcID"));
    Resource subnet = Lookups.subnet(call, call.text("subnetID"));
    EndpointServiceHandlers.requireInVpc(subnet, vpc);
    whitelist(call.params().path("whitelist"));
    return service;
  }

  static ApiReply list(ApiCall call, boolean newShape) {
    EndpointOrders.promoteDue(call);
    ResourceQuery q =
        ResourceQuery.of(Types.ENDPOINT).account(call.accountId()).region(call.region());
    String name = call.optText("endpointName");
    String id = call.optText("endpointID");
    if (name != null && id != null) {
      q = q.where("name = ? OR id = ?", name, id);
    } else if (name != null) {
      q = q.where("name = ?", name);
    } else if (id != null) {
      q = q.where("id = ?", id);
    }
    if (call.has("queryContent")) {
      q =
          q.where(
              "name LIKE ? ESCAPE '!'",
              "%" + EndpointServiceHandlers.likeEscape(call.text("queryContent")) + "%");
    }
    if (call.has("endpointServiceID")) {
      q = q.parent(call.text("endpointServiceID"));
    }
    if (call.has("vpcID")) {
      List<String> subnets = new ArrayList<>();
      for (Resource s : call.tx().all(ResourceQuery.of(Types.SUBNET).parent(call.text("vpcID")))) {
        subnets.add(s.id());
      }
      q = q.in("ref_id", subnets);
    }
    Paging paging = Paging.from(call, EndpointServiceHandlers.PAGE_CAP);
    Page<Resource> page = call.tx().list(q, paging.offset(), paging.pageSize());
    ArrayNode items = F.arrayNode();
    page.items().forEach(r -> items.add(Docs.publicView(r.doc())));
    if (newShape) {
      return VpcHandlers.listReply("endpoints", items, page.total(), paging, true);
    }
    ArrayNode ret = F.arrayNode();
    ret.addObject().set("endpoints", items);
    return new ApiReply(ret, paging.topLevel(page.total(), items.size()));
  }

  static Resource visible(ApiCall call, String id) {
    EndpointOrders.promoteDue(call);
    return Lookups.endpoint(call, id);
  }

  static ApiReply show(ApiCall call) {
    Resource e = visible(call, call.text("endpointID"));
    ObjectNode ret = F.objectNode();
    ret.set("endpoint", Docs.publicView(e.doc()));
    return ApiReply.of(ret);
  }

  static ApiReply update(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Resource e = visible(call, call.text("endpointID"));
    ObjectNode doc = e.doc();
    String name = e.name();
    if (call.has("endpointName")) {
      name = call.text("endpointName");
      doc.put("name", name);
    }
    if (call.has("enableWhitelist")) {
      boolean on = call.bool("enableWhitelist", false);
      doc.put("_whitelistFlag", on ? 1 : 0);
      if (!on) {
        doc.put("whitelist", "");
      } else if (call.has("whitelist")) {
        doc.put("whitelist", String.join(",", whitelist(call.params().path("whitelist"))));
      }
    }
    if (call.has("enableDns")) {
      boolean dns = call.bool("enableDns", false);
      ObjectNode net = (ObjectNode) doc.path("endpointObj");
      net.put("enableDns", dns ? 1 : 0);
      ArrayNode names = net.putArray("dnsNames");
      if (dns) {
        Resource service =
            call.tx()
                .find(Types.SERVICE, e.parentId())
                .or(() -> CtyunServices.find(call, e.parentId()))
                .orElse(null);
        names.add(dnsName(e.id(), service));
      }
    }
    if (call.has("deleteProtection")) {
      doc.put("_deleteProtection", call.bool("deleteProtection", false));
    }
    if (call.has("description")) {
      doc.put("description", call.text("description"));
    }
    doc.put("updatedTime", Docs.timestamp(call.now()));
    call.tx().update(e.withNameAndDoc(name, doc));
    return ApiReply.of(null);
  }

  ApiReply delete(ApiCall call) {
    String token = call.text("clientToken");
    String request = write(call.params());
    Optional<String> earlier =
        ClientTokenReplay.earlierAnswer(
            call.tx(), call.accountId(), "deleteEndpoint", token, request, tokenConflict);
    if (earlier.isPresent()) {
      return pollDelete(call, (ObjectNode) read(earlier.get()));
    }
    String id = call.text("endpointID");
    EndpointOrders.promoteDue(call);
    if (Lookups.owned(call, EndpointOrders.PENDING, id).isPresent()
        || call.tx().find(EndpointOrders.DELETE_ORDER, id).isPresent()) {
      throw ApiError.business(
          ErrorCodes.ORDER_IN_PROGRESS,
          "an order of endpoint " + id + " is still in progress",
          "终端节点" + id + "的订单仍在处理中");
    }
    Resource e = Lookups.endpoint(call, id);
    if (e.doc().path("_deleteProtection").asBoolean(false)) {
      throw ApiError.business(
          ErrorCodes.DELETE_PROTECTION,
          "endpoint " + id + " has delete protection on",
          "终端节点" + id + "已开启删除保护");
    }
    if (call.tx().count(ResourceQuery.of(Types.REVERSE_RULE).where("ref_id = ?", id)) > 0) {
      throw ApiError.business(
          ErrorCodes.ENDPOINT_IN_USE,
          "endpoint " + id + " is used by reverse rules; delete them first",
          "终端节点" + id + "仍被中转规则使用");
    }
    ObjectNode order = F.objectNode();
    EndpointOrders.start(order, call, policy);
    Resource stored =
        call.tx()
            .insert(
                Resource.create(
                    EndpointOrders.DELETE_ORDER,
                    id,
                    call.accountId(),
                    call.region(),
                    e.parentId(),
                    e.refId(),
                    e.name(),
                    order));
    boolean refunded = EndpointOrders.isComplete(order, call.now());
    if (refunded) {
      EndpointOrders.finishDelete(call, stored);
    }
    ObjectNode remembered = order.deepCopy();
    remembered.put("endpointID", id);
    call.tx()
        .putToken(
            call.accountId(),
            "deleteEndpoint",
            token,
            new StoredToken(request, write(remembered)),
            Docs.timestamp(call.now()));
    return ApiReply.of(EndpointOrders.deleteView(order, call.region(), refunded));
  }

  private ApiReply pollDelete(ApiCall call, ObjectNode remembered) {
    String id = remembered.path("endpointID").asText();
    Optional<Resource> order = call.tx().find(EndpointOrders.DELETE_ORDER, id);
    if (order.isEmpty()) {
      return ApiReply.of(EndpointOrders.deleteView(remembered, call.region(), true));
    }
    ObjectNode doc = order.get().doc();
    doc.put("_orderReads", doc.path("_orderReads").asLong() + 1);
    Resource updated = order.get().withDoc(doc);
    boolean refunded = EndpointOrders.isComplete(doc, call.now());
    if (refunded) {
      EndpointOrders.finishDelete(call, updated);
    } else {
      call.tx().update(updated);
    }
    return ApiReply.of(EndpointOrders.deleteView(doc, call.region(), refunded));
  }

  static ApiReply showWhitelist(ApiCall call) {
    Resource e = visible(call, call.text("endpointID"));
    ArrayNode out = F.arrayNode();
    split(e.doc().path("whitelist").asText()).forEach(out::add);
    return ApiReply.of(out);
  }

  static ApiReply addWhitelist(ApiCall call) {
    Resource e = visible(call, call.text("endpointID"));
    ObjectNode doc = e.doc();
    Set<String> all = new LinkedHashSet<>(split(doc.path("whitelist").asText()));
    all.addAll(whitelist(call.params().path("whitelist")));
    if (all.size() > MAX_WHITELIST) {
      throw ApiError.business(
          ErrorCodes.WHITELIST_EXCEEDED,
          "an endpoint whitelist holds at most " + MAX_WHITELIST + " entries",
          "终端节点白名单最多" + MAX_WHITELIST + "条");
    }
    doc.put("whitelist", String.join(",", all));
    doc.put("_whitelistFlag", 1);
    doc.put("updatedTime", Docs.timestamp(call.now()));
    call.tx().update(e.withDoc(doc));
    return ApiReply.of(null);
  }

  static ApiReply deleteWhitelist(ApiCall call) {
    Resource e = visible(call, call.text("endpointID"));
    ObjectNode doc = e.doc();
    if (call.has("whitelist")) {
      Set<String> all = new LinkedHashSet<>(split(doc.path("whitelist").asText()));
      all.removeAll(whitelist(call.params().path("whitelist")));
      doc.put("whitelist", String.join(",", all));
    } else {
      doc.put("whitelist", "");
    }
    doc.put("updatedTime", Docs.timestamp(call.now()));
    call.tx().update(e.withDoc(doc));
    return ApiReply.of(null);
  }

  /** Validates whitelist entries (IPv4 addresses or CIDRs). */
  static List<String> whitelist(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) {
      String s = n.asText().trim();
      if (s.contains("/")) {
        out.add(Cidr.parse("whitelist", s).toString());
      } else if (Cidr.isIp(s)) {
        out.add(s);
      } else {
        throw ApiError.business(
            ErrorCodes.IP_INVALID,
            "whitelist entry " + s + " is not an IPv4 address or CIDR",
            "白名单条目" + s + "不合法");
      }
    }
    if (out.size() > MAX_WHITELIST) {
      throw ApiError.business(
          ErrorCodes.WHITELIST_EXCEEDED,
          "an endpoint whitelist holds at most " + MAX_WHITELIST + " entries",
          "终端节点白名单最多" + MAX_WHITELIST + "条");
    }
    return out;
  }

  private static List<String> split(String csv) {
    return VpcHandlers.splitIds(csv);
  }

  private static String dnsName(String endpointId, Resource service) {
    String base =
        service == null || service.doc().path("dnsName").asText().isEmpty()
            ? "vpce.ctyun.local"
            : service.doc().path("dnsName").asText().replaceFirst("^\\*\\.", "");
    return endpointId + "." + base;
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
