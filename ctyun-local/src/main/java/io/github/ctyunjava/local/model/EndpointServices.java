package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.RequestValidator;
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
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Endpoint services: create (interface or reverse), lookup, modify, IP version, delete, backends
 * and labels. Who may connect is {@link ServiceAccess}.
 */
public final class EndpointServices {
  /** Page size cap of VPCE lists (inferred, from the hybrid SDK). */
  public static final int PAGE_CAP = 100;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Scope scope;

  /** The endpoint services seen from a scope. */
  public EndpointServices(Scope scope) {
    this.scope = scope;
  }

  /**
   * A new service's settings.
   *
   * @param vpcId the VPC
   * @param name display name
   * @param description description, may be null
   * @param type {@code interface} or {@code reverse}, null for interface
   * @param ipVersion 0 IPv4, 2 dual stack
   * @param subnetId the subnet, may be null
   * @param instanceType backend kind of an interface service, may be null
   * @param instanceId backend of an interface service, may be null
   * @param reverseIsUnderlay whether a reverse service reaches an underlay address
   * @param transitIp wanted transit IP, may be null
   * @param rules port rules as given ({@code protocol, serverPort, endpointPort})
   * @param dnsName DNS name, may be null
   * @param autoConnection whether endpoints connect without approval
   * @param oaType OSS access type, may be null
   */
  public record NewService(
      String vpcId,
      String name,
      String description,
      String type,
      int ipVersion,
      String subnetId,
      String instanceType,
      String instanceId,
      boolean reverseIsUnderlay,
      String transitIp,
      JsonNode rules,
      String dnsName,
      boolean autoConnection,
      String oaType) {}

  /** Checks and stores a service; a reverse service in a subnet gets its first transit IP. */
  public Resource create(NewService spec) {
    Vpcs vpcs = new Vpcs(scope);
    Resource vpc = vpcs.vpc(spec.vpcId());
    String type = spec.type() == null ? "interface" : spec.type();
    requireIpVersion(spec.ipVersion());
    Resource subnet = null;
    if (spec.subnetId() != null) {
      subnet = vpcs.subnet(spec.subnetId());
      Vpcs.requireInVpc(subnet, vpc);
    }
    ArrayNode backends = F.arrayNode();
    if (!type.equals("reverse")) {
      if (spec.instanceType() == null || spec.instanceId() == null) {
        throw ApiError.parameter(
            "instanceType and instanceID are required for an " + type + " service",
            "interface类型的终端节点服务须提供instanceType和instanceID");
      }
      if (Backends.isWellFormed(spec.instanceType(), spec.instanceId())) {
        backends.add(Backends.entry(spec.instanceType(), spec.instanceId()));
      }
    } else if (spec.reverseIsUnderlay()) {
      if (spec.transitIp() == null || !Cidr.isIp(spec.transitIp())) {
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
    for (JsonNode rule : spec.rules()) {
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
    String dnsName = spec.dnsName();
    if (dnsName != null && !dnsName.isEmpty()) {
      checkDnsName(dnsName);
    }
    String id = Ids.withPrefix("endpser-");
    String ts = scope.timestamp();
    ObjectNode doc = F.objectNode();
    doc.put("ID", id);
    doc.put("name", spec.name());
    doc.put("vpcID", vpc.id());
    doc.put("description", Docs.orEmpty(spec.description()));
    doc.put("type", type);
    doc.put("autoConnection", spec.autoConnection());
    doc.set("rules", rules);
    doc.set("backends", backends);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    doc.put("dnsName", dnsName == null ? "" : dnsName);
    doc.put(DocFields.IP_VERSION, spec.ipVersion());
    doc.put(DocFields.OA_TYPE, spec.oaType() == null ? "close" : spec.oaType());
    doc.put(DocFields.SUBNET_ID, subnet == null ? "" : subnet.id());
    doc.putArray(DocFields.WHITELIST);
    doc.putArray(DocFields.LABELS);
    Resource service =
        scope.insert(
            Types.SERVICE, id, vpc.id(), subnet == null ? null : subnet.id(), spec.name(), doc);
    if (type.equals("reverse") && subnet != null) {
      new ReverseRules(scope).addTransitIp(service, subnet, spec.transitIp());
    }
    return service;
  }

  /** The caller's service or {@code Openapi.EndpointService.NotFound}. */
  public Resource service(String id) {
    return Lookups.require(scope, Types.SERVICE, id);
  }

  /**
   * The caller's services, optionally only ID {@code id}, only named {@code name} and only those
   * whose name contains {@code nameContains}.
   */
  public ResourceQuery services(String id, String name, String nameContains) {
    ResourceQuery q =
        ResourceQuery.of(Types.SERVICE).account(scope.accountId()).region(scope.region());
    if (id != null) {
      q = q.where("id = ?", id);
    }
    if (name != null) {
      q = q.where("name = ?", name);
    }
    if (nameContains != null) {
      q = q.nameContains(nameContains);
    }
    return q;
  }

  /** Deletes a service without endpoints or reverse rules and releases its transit IPs. */
  public void delete(String id) {
    Resource s = service(id);
    long endpoints =
        scope.tx().count(ResourceQuery.of(Types.ENDPOINT).parent(s.id()))
            + scope.tx().count(ResourceQuery.of(EndpointOrders.PENDING).parent(s.id()));
    long rules = scope.tx().count(ResourceQuery.of(Types.REVERSE_RULE).parent(s.id()));
    if (endpoints > 0 || rules > 0) {
      throw ApiError.business(
          ErrorCodes.SERVICE_IN_USE,
          "endpoint service " + s.id() + " still has endpoints or reverse rules",
          "终端节点服务" + s.id() + "仍有终端节点或中转规则，无法删除");
    }
    for (Resource t : scope.tx().all(ResourceQuery.of(Types.TRANSIT_IP).parent(s.id()))) {
      SubnetIps.release(scope, t.refId(), t.doc().path("transitIP").asText());
      scope.tx().delete(Types.TRANSIT_IP, t.id());
    }
    scope.tx().delete(Types.SERVICE, s.id());
  }

  /** Changes a service; a null argument leaves its value as it is. */
  public void modify(
      String id,
      String name,
      Boolean autoConnection,
      String dnsName,
      String oaType,
      String description) {
    Resource s = service(id);
    ObjectNode doc = s.doc();
    String newName = Docs.rename(doc, s.name(), name);
    if (autoConnection != null) {
      doc.put("autoConnection", autoConnection);
    }
    if (dnsName != null) {
      checkDnsName(dnsName);
      doc.put("dnsName", dnsName);
    }
    if (oaType != null) {
      doc.put(DocFields.OA_TYPE, oaType);
    }
    if (description != null) {
      doc.put("description", description);
    }
    doc.put("updatedAt", scope.timestamp());
    scope.tx().update(s.withNameAndDoc(newName, doc));
  }

  /** Sets the IP version of a service. */
  public void setIpVersion(String id, int version) {
    Resource s = service(id);
    requireIpVersion(version);
    update(s, doc -> doc.put(DocFields.IP_VERSION, version));
  }

  /** The backends of a service. */
  public JsonNode backends(String id) {
    return service(id).doc().path("backends");
  }

  /** Replaces the backends of a service by one well-formed instance. */
  public Resource setBackend(String id, String instanceType, String instanceId) {
    Resource s = service(id);
    if (!Backends.isWellFormed(instanceType, instanceId)) {
      throw ApiError.business(
          RequestValidator.PATTERN_ERROR,
          "instanceID "
              + instanceId
              + " is not a well-formed "
              + Backends.normalizeType(instanceType)
              + " ID",
          "后端实例ID格式不合法");
    }
    update(s, doc -> doc.putArray("backends").add(Backends.entry(instanceType, instanceId)));
    return s;
  }

  /** Detaches a backend or fails with {@code Openapi.Backend.NotFound}. */
  public Resource removeBackend(String id, String instanceId) {
    Resource s = service(id);
    ObjectNode doc = s.doc();
    ArrayNode arr = doc.withArray("backends");
    for (int i = 0; i < arr.size(); i++) {
      if (arr.get(i).path("instanceID").asText().equals(instanceId)) {
        arr.remove(i);
        doc.put("updatedAt", scope.timestamp());
        scope.tx().update(s.withDoc(doc));
        return s;
      }
    }
    throw ApiError.business(
        ErrorCodes.BACKEND_NOT_FOUND,
        "backend " + instanceId + " is not attached to " + s.id(),
        "后端实例" + instanceId + "不存在");
  }

  /**
   * Binds a label on a service, or on the account when no service is named (CTyun's generated
   * client sends no service ID: the label is kept on the account, inferred).
   */
  public void bindLabel(String serviceId, String key, String value) {
    Resource holder = serviceId != null ? service(serviceId) : accountLabels();
    ObjectNode doc = holder.doc();
    Labels.bind(doc, key, value);
    if (holder.seq() == 0) {
      scope.tx().insert(holder.withDoc(doc));
    } else {
      scope.tx().update(holder.withDoc(doc));
    }
  }

  /**
   * Removes a label of a service; a label bound without a service is removed through any of the
   * caller's services.
   */
  public Resource unbindLabel(String serviceId, String labelId) {
    Resource service = service(serviceId);
    Resource book = accountLabels();
    Resource holder =
        !Labels.has(service.doc(), labelId) && Labels.has(book.doc(), labelId) ? book : service;
    ObjectNode doc = holder.doc();
    Labels.unbind(doc, labelId);
    scope.tx().update(holder.withDoc(doc));
    return service;
  }

  /** The labels of one service, or of all the caller's services and account when none is named. */
  public ArrayNode labels(String serviceId) {
    if (serviceId != null) {
      return Labels.of(service(serviceId).doc());
    }
    ArrayNode all = F.arrayNode();
    for (Resource s :
        scope
            .tx()
            .all(
                ResourceQuery.of(Types.SERVICE)
                    .account(scope.accountId())
                    .region(scope.region()))) {
      all.addAll(Labels.of(s.doc()));
    }
    all.addAll(Labels.of(accountLabels().doc()));
    return all;
  }

  /** The caller's account-level service labels in the scope's region (unsaved when new). */
  private Resource accountLabels() {
    String id = scope.accountId() + "/" + scope.region();
    return scope
        .tx()
        .find(Types.ACCOUNT_SERVICE_LABELS, id)
        .orElseGet(
            () -> {
              ObjectNode doc = F.objectNode();
              doc.putArray(DocFields.LABELS);
              return Resource.create(
                  Types.ACCOUNT_SERVICE_LABELS,
                  id,
                  scope.accountId(),
                  scope.region(),
                  null,
                  null,
                  "labels",
                  doc);
            });
  }

  /** Changes a stored service's document and stamps {@code updatedAt}. */
  void update(Resource s, Consumer<ObjectNode> change) {
    ObjectNode doc = s.doc();
    change.accept(doc);
    doc.put("updatedAt", scope.timestamp());
    scope.tx().update(s.withDoc(doc));
  }

  /** A port rule object. */
  public static ObjectNode rule(String protocol, int serverPort, int endpointPort) {
    ObjectNode r = F.objectNode();
    r.put("protocol", protocol);
    r.put("serverPort", serverPort);
    r.put("endpointPort", endpointPort);
    return r;
  }

  /** Refuses IP version 1 (IPv6 only), which CTyun does not offer yet. */
  public static void requireIpVersion(int v) {
    if (v == 1) {
      throw ApiError.business(
          ErrorCodes.NOT_SUPPORTED, "ipVersion 1 (IPv6 only) is not supported yet", "暂不支持纯IPv6");
    }
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
          RequestValidator.PATTERN_ERROR,
          "dnsName " + name + " is not a valid DNS name",
          "dnsName格式不合法");
    }
  }
}
