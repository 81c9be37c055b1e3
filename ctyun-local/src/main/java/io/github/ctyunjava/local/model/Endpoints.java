package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.model.EndpointOrders.Order;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.service.Cidr;
import io.github.ctyunjava.local.service.DocFields;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.ErrorCodes;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.service.Lookups;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.SubnetIps;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Endpoints: billed create and delete (orders completing by a {@link StatePolicy}), lookup, update,
 * IP whitelist, labels, OSS policy and IP version.
 */
public final class Endpoints {
  /** Maximum number of whitelist entries of an endpoint (evidenced). */
  public static final int MAX_WHITELIST = 20;

  /** Largest accepted OSS policy document. */
  public static final int MAX_POLICY_CHARS = 8192;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Scope scope;
  private final StatePolicy policy;

  /**
   * The endpoints seen from a scope.
   *
   * @param policy when create and delete orders complete
   */
  public Endpoints(Scope scope, StatePolicy policy) {
    this.scope = scope;
    this.policy = policy;
  }

  /** The endpoints seen from a scope, for calls that open no order. */
  public Endpoints(Scope scope) {
    this(scope, StatePolicy.immediate());
  }

  /**
   * What an endpoint (or its price inquiry) connects: the service, VPC and subnet.
   *
   * @param cycleType billing cycle (only {@code on_demand})
   * @param serviceId the endpoint service
   * @param vpcId the VPC
   * @param subnetId the subnet (in the VPC)
   * @param whitelist IP whitelist entries as given (an array, or missing)
   */
  public record Target(
      String cycleType, String serviceId, String vpcId, String subnetId, JsonNode whitelist) {}

  /**
   * A new endpoint's settings.
   *
   * @param target service, VPC and subnet
   * @param name display name
   * @param description description, may be null
   * @param serviceType 1 for a DNS cloud service (hybrid cloud only)
   * @param ipVersion 0 IPv4, 2 dual stack
   * @param ip wanted address, may be null
   * @param enableDns whether the endpoint gets a DNS name
   * @param whitelistFlag 1 when the whitelist is on
   * @param deleteProtection whether delete is refused
   */
  public record NewEndpoint(
      Target target,
      String name,
      String description,
      int serviceType,
      int ipVersion,
      String ip,
      boolean enableDns,
      int whitelistFlag,
      boolean deleteProtection) {}

  /**
   * Checks service access, VPC, subnet and whitelist; returns the service (the caller's, another
   * account's that whitelists the caller, or one of CTyun's public services).
   */
  public Resource checkTarget(Target target) {
    if (!"on_demand".equals(target.cycleType())) {
      throw ApiError.parameter("cycleType must be on_demand", "cycleType仅支持on_demand");
    }
    String sid = target.serviceId();
    Resource service =
        Lookups.anyOwner(scope, Types.SERVICE, sid)
            .or(() -> CtyunServices.find(scope, sid))
            .orElseThrow(() -> Lookups.notFound(Types.SERVICE, sid));
    if (!ServiceAccess.mayConnect(service, scope.account())) {
      throw ApiError.business(
          ErrorCodes.SERVICE_ACCESS_FAILED,
          "your account is not in the whitelist of endpoint service " + sid,
          "当前账号不在终端节点服务" + sid + "的白名单中");
    }
    Vpcs vpcs = new Vpcs(scope);
    Resource vpc = vpcs.vpc(target.vpcId());
    Resource subnet = vpcs.subnet(target.subnetId());
    Vpcs.requireInVpc(subnet, vpc);
    whitelist(target.whitelist());
    return service;
  }

  /** Reserves the address, stores the endpoint pending its order and opens the order. */
  public Order create(NewEndpoint spec) {
    if (spec.serviceType() == 1) {
      throw ApiError.business(
          ErrorCodes.NOT_SUPPORTED,
          "endpointServiceType 1 (DNS cloud service) is hybrid-cloud only",
          "公有云不支持endpointServiceType=1");
    }
    EndpointServices.requireIpVersion(spec.ipVersion());
    Target target = spec.target();
    Resource service = checkTarget(target);
    Resource subnet = new Vpcs(scope).subnet(target.subnetId());
    List<String> whitelist = whitelist(target.whitelist());
    String ip = SubnetIps.allocate(scope, subnet, spec.ip());
    String id = Ids.withPrefix("endpoint-");
    String ts = scope.timestamp();
    boolean connected = service.doc().path("autoConnection").asBoolean(false);
    ObjectNode doc = F.objectNode();
    doc.put("ID", id);
    doc.put("endpointServiceID", service.id());
    doc.put("type", service.doc().path("type").asText());
    doc.put("name", spec.name());
    doc.put("vpcID", target.vpcId());
    doc.put("vpcAddress", ip);
    doc.put("whitelist", String.join(",", whitelist));
    doc.put("status", connected ? 1 : 2);
    doc.put("description", Docs.orEmpty(spec.description()));
    ObjectNode net = doc.putObject("endpointObj");
    net.put("subnetID", subnet.id());
    net.put("portID", Ids.withPrefix("port-"));
    net.put("ip", ip);
    net.put("enableDns", spec.enableDns() ? 1 : 0);
    ArrayNode names = net.putArray("dnsNames");
    if (spec.enableDns()) {
      names.add(dnsName(id, service));
    }
    doc.put("createdTime", ts);
    doc.put("updatedTime", ts);
    doc.put(DocFields.WHITELIST_FLAG, spec.whitelistFlag());
    doc.put(DocFields.DELETE_PROTECTION, spec.deleteProtection());
    doc.put(DocFields.CONNECTION, connected ? ServiceAccess.CONNECTED : ServiceAccess.PENDING);
    doc.put(DocFields.OWNER_EMAIL, scope.account().email());
    doc.put(DocFields.IP_VERSION, spec.ipVersion());
    doc.putArray(DocFields.LABELS);
    Resource pending =
        Resource.create(
            EndpointOrders.PENDING,
            id,
            scope.accountId(),
            scope.region(),
            service.id(),
            subnet.id(),
            spec.name(),
            doc);
    return EndpointOrders.open(
        scope, policy, pending, p -> EndpointOrders.insertEndpoint(scope, p));
  }

  /** Reads the create order of endpoint {@code id} again (a repeated clientToken). */
  public Order pollCreate(String id) {
    Optional<Resource> pending = scope.tx().find(EndpointOrders.PENDING, id);
    if (pending.isPresent()) {
      return EndpointOrders.readAgain(scope, pending.get(), p -> EndpointOrders.promote(scope, p));
    }
    Optional<Resource> done = scope.tx().find(Types.ENDPOINT, id);
    if (done.isPresent()) {
      return new Order(done.get().doc(), true);
    }
    throw Lookups.notFound(Types.ENDPOINT, id);
  }

  /** Opens the delete order of an endpoint nothing protects or uses. */
  public Order delete(String id) {
    EndpointOrders.promoteDue(scope);
    if (Lookups.owned(scope, EndpointOrders.PENDING, id).isPresent()
        || scope.tx().find(EndpointOrders.DELETE_ORDER, id).isPresent()) {
      throw ApiError.business(
          ErrorCodes.ORDER_IN_PROGRESS,
          "an order of endpoint " + id + " is still in progress",
          "终端节点" + id + "的订单仍在处理中");
    }
    Resource e = Lookups.require(scope, Types.ENDPOINT, id);
    if (e.doc().path(DocFields.DELETE_PROTECTION).asBoolean(false)) {
      throw ApiError.business(
          ErrorCodes.DELETE_PROTECTION,
          "endpoint " + id + " has delete protection on",
          "终端节点" + id + "已开启删除保护");
    }
    if (scope.tx().count(ResourceQuery.of(Types.REVERSE_RULE).where("ref_id = ?", id)) > 0) {
      throw ApiError.business(
          ErrorCodes.ENDPOINT_IN_USE,
          "endpoint " + id + " is used by reverse rules; delete them first",
          "终端节点" + id + "仍被中转规则使用");
    }
    Resource order =
        Resource.create(
            EndpointOrders.DELETE_ORDER,
            id,
            scope.accountId(),
            scope.region(),
            e.parentId(),
            e.refId(),
            e.name(),
            F.objectNode());
    return EndpointOrders.open(scope, policy, order, o -> EndpointOrders.removeEndpoint(scope, o));
  }

  /**
   * Reads the delete order of endpoint {@code id} again (a repeated clientToken); {@code
   * remembered} is the order as first answered, used once the order row is gone.
   */
  public Order pollDelete(String id, ObjectNode remembered) {
    Optional<Resource> order = scope.tx().find(EndpointOrders.DELETE_ORDER, id);
    if (order.isEmpty()) {
      return new Order(remembered, true);
    }
    return EndpointOrders.readAgain(scope, order.get(), o -> EndpointOrders.finishDelete(scope, o));
  }

  /**
   * The caller's completed endpoints after due orders complete: optionally named {@code name} or
   * with ID {@code id} (either matches when both are given), with {@code nameContains} in the name,
   * of one service and in one VPC.
   */
  public ResourceQuery endpoints(
      String name, String id, String nameContains, String serviceId, String vpcId) {
    EndpointOrders.promoteDue(scope);
    ResourceQuery q =
        ResourceQuery.of(Types.ENDPOINT).account(scope.accountId()).region(scope.region());
    if (name != null && id != null) {
      q = q.where("name = ? OR id = ?", name, id);
    } else if (name != null) {
      q = q.where("name = ?", name);
    } else if (id != null) {
      q = q.where("id = ?", id);
    }
    if (nameContains != null) {
      q = q.nameContains(nameContains);
    }
    if (serviceId != null) {
      q = q.parent(serviceId);
    }
    if (vpcId != null) {
      q = q.in("ref_id", new Vpcs(scope).subnetIds(vpcId));
    }
    return q;
  }

  /** The caller's completed endpoint (due orders complete first) or NotFound. */
  public Resource endpoint(String id) {
    EndpointOrders.promoteDue(scope);
    return Lookups.require(scope, Types.ENDPOINT, id);
  }

  /**
   * Changes an endpoint; a null argument leaves its value as it is.
   *
   * @param whitelist new whitelist entries (used when the whitelist is switched on), may be null
   */
  public void update(
      String id,
      String name,
      Boolean enableWhitelist,
      JsonNode whitelist,
      Boolean enableDns,
      Boolean deleteProtection,
      String description) {
    Resource e = endpoint(id);
    ObjectNode doc = e.doc();
    String newName = Docs.rename(doc, e.name(), name);
    if (enableWhitelist != null) {
      doc.put(DocFields.WHITELIST_FLAG, enableWhitelist ? 1 : 0);
      if (!enableWhitelist) {
        doc.put("whitelist", "");
      } else if (whitelist != null) {
        doc.put("whitelist", String.join(",", whitelist(whitelist)));
      }
    }
    if (enableDns != null) {
      ObjectNode net = (ObjectNode) doc.path("endpointObj");
      net.put("enableDns", enableDns ? 1 : 0);
      ArrayNode names = net.putArray("dnsNames");
      if (enableDns) {
        Resource service =
            scope
                .tx()
                .find(Types.SERVICE, e.parentId())
                .or(() -> CtyunServices.find(scope, e.parentId()))
                .orElse(null);
        names.add(dnsName(e.id(), service));
      }
    }
    if (deleteProtection != null) {
      doc.put(DocFields.DELETE_PROTECTION, deleteProtection);
    }
    if (description != null) {
      doc.put("description", description);
    }
    doc.put("updatedTime", scope.timestamp());
    scope.tx().update(e.withNameAndDoc(newName, doc));
  }

  /** The IP whitelist entries of an endpoint. */
  public List<String> whitelistOf(String id) {
    return Docs.splitCsv(endpoint(id).doc().path("whitelist").asText());
  }

  /** Adds IP whitelist entries (at most {@value #MAX_WHITELIST} in all) and turns it on. */
  public void addWhitelist(String id, JsonNode entries) {
    Resource e = endpoint(id);
    Set<String> all = new LinkedHashSet<>(Docs.splitCsv(e.doc().path("whitelist").asText()));
    all.addAll(whitelist(entries));
    if (all.size() > MAX_WHITELIST) {
      throw whitelistExceeded();
    }
    update(
        e,
        doc -> {
          doc.put("whitelist", String.join(",", all));
          doc.put(DocFields.WHITELIST_FLAG, 1);
        });
  }

  /** Removes IP whitelist entries, or all of them when {@code entries} is null. */
  public void removeWhitelist(String id, JsonNode entries) {
    Resource e = endpoint(id);
    Set<String> all = new LinkedHashSet<>(Docs.splitCsv(e.doc().path("whitelist").asText()));
    if (entries != null) {
      all.removeAll(whitelist(entries));
    } else {
      all.clear();
    }
    update(e, doc -> doc.put("whitelist", String.join(",", all)));
  }

  /** Binds a label on an endpoint. */
  public Resource bindLabel(String id, String key, String value) {
    Resource e = endpoint(id);
    ObjectNode doc = e.doc();
    Labels.bind(doc, key, value);
    scope.tx().update(e.withDoc(doc));
    return e;
  }

  /** Removes a label of an endpoint. */
  public Resource unbindLabel(String id, String labelId) {
    Resource e = endpoint(id);
    ObjectNode doc = e.doc();
    Labels.unbind(doc, labelId);
    scope.tx().update(e.withDoc(doc));
    return e;
  }

  /** The labels of an endpoint. */
  public ArrayNode labels(String id) {
    return Labels.of(endpoint(id).doc());
  }

  /** Sets the OSS policy document of an endpoint. */
  public Resource setOssPolicy(String id, String policyDocument) {
    Resource e = endpoint(id);
    if (policyDocument.length() > MAX_POLICY_CHARS) {
      throw ApiError.parameter(
          "policy is longer than " + MAX_POLICY_CHARS + " characters", "policy过长");
    }
    ObjectNode doc = e.doc();
    doc.put(DocFields.OSS_POLICY, policyDocument);
    scope.tx().update(e.withDoc(doc));
    return e;
  }

  /** Removes the OSS policy of an endpoint or fails with {@code Openapi.OssPolicy.NotFound}. */
  public Resource removeOssPolicy(String id) {
    Resource e = endpoint(id);
    ObjectNode doc = e.doc();
    if (doc.remove(DocFields.OSS_POLICY) == null) {
      throw ApiError.business(
          ErrorCodes.OSS_POLICY_NOT_FOUND,
          "endpoint " + e.id() + " has no OSS policy",
          "终端节点" + e.id() + "没有OSS策略");
    }
    scope.tx().update(e.withDoc(doc));
    return e;
  }

  /** The OSS policy of an endpoint, empty when it has none. */
  public String ossPolicy(String id) {
    return endpoint(id).doc().path(DocFields.OSS_POLICY).asText("");
  }

  /** Sets the IP version of an endpoint. */
  public void setIpVersion(String id, int version) {
    Resource e = endpoint(id);
    EndpointServices.requireIpVersion(version);
    update(e, doc -> doc.put(DocFields.IP_VERSION, version));
  }

  /** Changes a stored endpoint's document and stamps {@code updatedTime}. */
  private void update(Resource e, Consumer<ObjectNode> change) {
    ObjectNode doc = e.doc();
    change.accept(doc);
    doc.put("updatedTime", scope.timestamp());
    scope.tx().update(e.withDoc(doc));
  }

  /** Validates whitelist entries (IPv4 addresses or CIDRs, at most {@value #MAX_WHITELIST}). */
  private static List<String> whitelist(JsonNode arr) {
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
      throw whitelistExceeded();
    }
    return out;
  }

  private static ApiError whitelistExceeded() {
    return ApiError.business(
        ErrorCodes.WHITELIST_EXCEEDED,
        "an endpoint whitelist holds at most " + MAX_WHITELIST + " entries",
        "终端节点白名单最多" + MAX_WHITELIST + "条");
  }

  private static String dnsName(String endpointId, Resource service) {
    String base =
        service == null || service.doc().path("dnsName").asText().isEmpty()
            ? "vpce.ctyun.local"
            : service.doc().path("dnsName").asText().replaceFirst("^\\*\\.", "");
    return endpointId + "." + base;
  }
}
