package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.service.Cidr;
import io.github.ctyunjava.local.service.ErrorCodes;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.service.Lookups;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.SubnetIps;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.List;

/**
 * Transit IPs and reverse (transit) rules of reverse endpoint services. A rule keeps its transit IP
 * in its document ({@code transitIPAddress}); the store's {@code name} column of a rule is unused.
 */
public final class ReverseRules {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Scope scope;

  /** The reverse rules seen from a scope. */
  public ReverseRules(Scope scope) {
    this.scope = scope;
  }

  /**
   * A new rule.
   *
   * @param serviceId the reverse service
   * @param endpointId an endpoint of the service
   * @param transitIp one of the service's transit IPs
   * @param transitPort port on the transit IP
   * @param protocol TCP or UDP
   * @param targetIp where traffic goes
   * @param targetPort port on the target
   */
  public record NewRule(
      String serviceId,
      String endpointId,
      String transitIp,
      int transitPort,
      String protocol,
      String targetIp,
      int targetPort) {}

  /** Allocates a transit IP of a reverse service in one of the service VPC's subnets. */
  String addTransitIp(Resource service, Resource subnet, String wanted) {
    if (!service.parentId().equals(subnet.parentId())) {
      throw ApiError.business(
          ErrorCodes.SUBNET_NOT_IN_VPC,
          "subnet " + subnet.id() + " is not in the service's VPC " + service.parentId(),
          "子网须属于终端节点服务所在的VPC");
    }
    String ip = SubnetIps.allocate(scope, subnet, wanted);
    String ts = scope.timestamp();
    ObjectNode doc = F.objectNode();
    doc.put("subnetID", subnet.id());
    doc.put("endpointServiceID", service.id());
    doc.put("transitIP", ip);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    scope
        .tx()
        .insert(
            Resource.create(
                Types.TRANSIT_IP,
                transitIpId(service.id(), ip),
                service.accountId(),
                service.regionId(),
                service.id(),
                subnet.id(),
                ip,
                doc));
    return ip;
  }

  /** The caller's service, which must be a reverse service. */
  public Resource reverseService(String serviceId) {
    Resource s = new EndpointServices(scope).service(serviceId);
    if (!"reverse".equals(s.doc().path("type").asText())) {
      throw ApiError.business(
          ErrorCodes.NOT_SUPPORTED,
          "endpoint service " + s.id() + " is not a reverse service",
          "终端节点服务" + s.id() + "不是反向服务");
    }
    return s;
  }

  /** Allocates one more transit IP of a reverse service; returns the address. */
  public String createTransitIp(String serviceId, String subnetId, String wanted) {
    Resource s = reverseService(serviceId);
    Resource subnet = new Vpcs(scope).subnet(subnetId);
    return addTransitIp(s, subnet, wanted);
  }

  /** The transit IPs of one of the caller's services. */
  public ResourceQuery transitIps(String serviceId) {
    Resource s = new EndpointServices(scope).service(serviceId);
    return ResourceQuery.of(Types.TRANSIT_IP).parent(s.id());
  }

  /** Releases a transit IP no rule uses. */
  public void deleteTransitIp(String serviceId, String ip) {
    Resource s = new EndpointServices(scope).service(serviceId);
    Resource t =
        scope
            .tx()
            .find(Types.TRANSIT_IP, transitIpId(s.id(), ip))
            .orElseThrow(
                () ->
                    ApiError.business(
                        ErrorCodes.TRANSIT_IP_NOT_FOUND,
                        "transit IP " + ip + " does not exist on " + s.id(),
                        "中转IP" + ip + "不存在"));
    for (Resource rule : rulesOf(s.id())) {
      if (rule.doc().path("transitIPAddress").asText().equals(ip)) {
        throw ApiError.business(
            ErrorCodes.TRANSIT_IP_IN_USE,
            "transit IP " + ip + " is used by reverse rules",
            "中转IP" + ip + "仍被中转规则使用");
      }
    }
    SubnetIps.release(scope, t.refId(), ip);
    scope.tx().delete(Types.TRANSIT_IP, t.id());
  }

  /** Checks and stores a rule; returns it. */
  public Resource createRule(NewRule spec) {
    Resource s = reverseService(spec.serviceId());
    String endpointId = spec.endpointId();
    Lookups.requireChild(scope, Types.ENDPOINT, endpointId, s.id());
    String transit = spec.transitIp();
    if (scope.tx().find(Types.TRANSIT_IP, transitIpId(s.id(), transit)).isEmpty()) {
      throw ApiError.business(
          ErrorCodes.TRANSIT_IP_NOT_FOUND,
          "transit IP " + transit + " does not belong to " + s.id(),
          "中转IP" + transit + "不属于该服务");
    }
    String target = spec.targetIp();
    if (!Cidr.isIp(target)) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID,
          "targetIPAddress " + target + " is not an IPv4 address",
          "目标IP不合法");
    }
    for (Resource r : rulesOf(s.id())) {
      ObjectNode d = r.doc();
      if (d.path("transitIPAddress").asText().equals(transit)
          && d.path("transitPort").asInt() == spec.transitPort()
          && d.path("protocol").asText().equals(spec.protocol())) {
        throw ApiError.business(
            ErrorCodes.RULE_EXISTS,
            spec.protocol()
                + " "
                + transit
                + ":"
                + spec.transitPort()
                + " is already used by "
                + r.id(),
            "中转IP和端口已被使用");
      }
    }
    String id = Ids.withPrefix("endprule-");
    String ts = scope.timestamp();
    ObjectNode doc = F.objectNode();
    doc.put("ID", id);
    doc.put("endpointServiceID", s.id());
    doc.put("endpointID", endpointId);
    doc.put("transitIPAddress", transit);
    doc.put("transitPort", spec.transitPort());
    doc.put("protocol", spec.protocol());
    doc.put("targetIPAddress", target);
    doc.put("targetPort", spec.targetPort());
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    return scope.insert(Types.REVERSE_RULE, id, s.id(), endpointId, null, doc);
  }

  /** The rules of one of the caller's services. */
  public ResourceQuery rules(String serviceId) {
    Resource s = new EndpointServices(scope).service(serviceId);
    return ResourceQuery.of(Types.REVERSE_RULE).parent(s.id());
  }

  /** Deletes one of the caller's rules. */
  public void deleteRule(String id) {
    Resource r = Lookups.require(scope, Types.REVERSE_RULE, id);
    scope.tx().delete(Types.REVERSE_RULE, r.id());
  }

  private List<Resource> rulesOf(String serviceId) {
    return scope.tx().all(ResourceQuery.of(Types.REVERSE_RULE).parent(serviceId));
  }

  private static String transitIpId(String serviceId, String ip) {
    return serviceId + "/" + ip;
  }
}
