package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.service.Cidr;
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
import java.util.List;

/** VPCs and their subnets: CIDR rules, lookup, rename and the in-use checks of delete. */
public final class Vpcs {
  /** Smallest VPC prefix length (evidenced: mask 8-28). */
  public static final int VPC_MIN_PREFIX = 8;

  /** Largest VPC and subnet prefix length. */
  public static final int MAX_PREFIX = 28;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Scope scope;

  /** The VPCs seen from a scope. */
  public Vpcs(Scope scope) {
    this.scope = scope;
  }

  /**
   * A new VPC's settings.
   *
   * @param name display name
   * @param description description, may be null
   * @param cidr the VPC's CIDR
   * @param enableIpv6 whether IPv6 is on
   * @param projectId enterprise project, may be null
   */
  public record NewVpc(
      String name, String description, Cidr cidr, boolean enableIpv6, String projectId) {}

  /**
   * A new subnet's settings.
   *
   * @param vpcId the VPC
   * @param name display name
   * @param description description, may be null
   * @param cidr the subnet's CIDR text
   * @param gatewayIp wanted gateway address, may be null
   * @param dhcpIp wanted DHCP address, may be null
   * @param dnsList DNS server addresses as given (an array; checked here)
   * @param enableIpv6 whether IPv6 is on
   * @param routeTableId route table, may be null
   * @param cbm whether the subnet is for bare-metal servers
   * @param projectId enterprise project, may be null
   */
  public record NewSubnet(
      String vpcId,
      String name,
      String description,
      String cidr,
      String gatewayIp,
      String dhcpIp,
      JsonNode dnsList,
      boolean enableIpv6,
      String routeTableId,
      boolean cbm,
      String projectId) {}

  /** Checks the CIDR rules and stores a VPC. */
  public Resource create(NewVpc spec) {
    Cidr cidr = spec.cidr();
    if (cidr.prefix() < VPC_MIN_PREFIX || cidr.prefix() > MAX_PREFIX) {
      throw ApiError.business(
          ErrorCodes.CIDR_INVALID,
          "the VPC CIDR mask must be between " + VPC_MIN_PREFIX + " and " + MAX_PREFIX,
          "VPC网段掩码须在" + VPC_MIN_PREFIX + "到" + MAX_PREFIX + "之间");
    }
    if (!cidr.isPrivate()) {
      throw ApiError.business(
          ErrorCodes.CIDR_INVALID,
          "the VPC CIDR must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
          "VPC网段须属于10.0.0.0/8、172.16.0.0/12或192.168.0.0/16");
    }
    String id = Ids.withPrefix("vpc-");
    String ts = scope.timestamp();
    ObjectNode doc = F.objectNode();
    doc.put("vpcID", id);
    doc.put("name", spec.name());
    doc.put("description", Docs.orEmpty(spec.description()));
    doc.put("CIDR", cidr.toString());
    doc.put("ipv6Enabled", spec.enableIpv6());
    doc.put("enableIpv6", spec.enableIpv6());
    doc.putArray("ipv6CIDRS");
    doc.putArray("subnetIDs");
    doc.putArray("natGatewayIDs");
    doc.putArray("secondaryCIDRS");
    doc.put("projectID", spec.projectId() == null ? "0" : spec.projectId());
    doc.put("dhcpOptionsSetID", "");
    doc.put("vni", 1 + (int) (Math.abs((long) id.hashCode()) % 16_000_000));
    doc.put("dnsHostnamesEnabled", 0);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    return scope.insert(Types.VPC, id, null, null, spec.name(), doc);
  }

  /** The caller's VPC or {@code Openapi.Vpc.NotFound}. */
  public Resource vpc(String id) {
    return Lookups.require(scope, Types.VPC, id);
  }

  /** The caller's VPCs, optionally only the given IDs and only those named {@code name}. */
  public ResourceQuery vpcs(List<String> ids, String name) {
    ResourceQuery q = ResourceQuery.of(Types.VPC).account(scope.accountId()).region(scope.region());
    if (ids != null) {
      q = q.in("id", ids);
    }
    if (name != null) {
      q = q.where("name = ?", name);
    }
    return q;
  }

  /** IDs of a VPC's subnets. */
  public List<String> subnetIds(String vpcId) {
    List<String> out = new ArrayList<>();
    for (Resource s : scope.tx().all(ResourceQuery.of(Types.SUBNET).parent(vpcId))) {
      out.add(s.id());
    }
    return out;
  }

  /** Renames and re-describes a VPC; null leaves a value as it is. */
  public void updateVpc(String id, String name, String description) {
    Resource vpc = vpc(id);
    ObjectNode doc = vpc.doc();
    scope.tx().update(vpc.withNameAndDoc(rename(doc, vpc.name(), name, description), doc));
  }

  /** Deletes a VPC without subnets or endpoint services. */
  public void deleteVpc(String id) {
    Resource vpc = vpc(id);
    long subnets = scope.tx().count(ResourceQuery.of(Types.SUBNET).parent(vpc.id()));
    long services = scope.tx().count(ResourceQuery.of(Types.SERVICE).parent(vpc.id()));
    if (subnets > 0 || services > 0) {
      throw ApiError.business(
          ErrorCodes.VPC_IN_USE,
          "VPC " + vpc.id() + " still has subnets or endpoint services; delete them first",
          "VPC " + vpc.id() + "下仍有子网或终端节点服务，请先删除");
    }
    scope.tx().delete(Types.VPC, vpc.id());
  }

  /** Checks the subnet's CIDR and addresses against its VPC and siblings and stores it. */
  public Resource createSubnet(NewSubnet spec) {
    Resource vpc = vpc(spec.vpcId());
    Cidr vpcCidr = Cidr.parse("CIDR", vpc.doc().path("CIDR").asText());
    Cidr cidr = Cidr.parse("CIDR", spec.cidr());
    if (!vpcCidr.contains(cidr)) {
      throw ApiError.business(
          ErrorCodes.CIDR_INVALID,
          "subnet CIDR " + cidr + " is not inside the VPC CIDR " + vpcCidr,
          "子网网段" + cidr + "不在VPC网段" + vpcCidr + "内");
    }
    if (cidr.prefix() > MAX_PREFIX) {
      throw ApiError.business(
          ErrorCodes.CIDR_INVALID,
          "the subnet CIDR mask must be at most " + MAX_PREFIX,
          "子网掩码不能大于" + MAX_PREFIX);
    }
    for (Resource other : scope.tx().all(ResourceQuery.of(Types.SUBNET).parent(vpc.id()))) {
      Cidr oc = Cidr.parse("CIDR", other.doc().path("CIDR").asText());
      if (oc.overlaps(cidr)) {
        throw ApiError.business(
            ErrorCodes.CIDR_CONFLICT,
            "subnet CIDR " + cidr + " overlaps subnet " + other.id() + " (" + oc + ")",
            "子网网段" + cidr + "与子网" + other.id() + "冲突");
      }
    }
    long gateway = hostIp("subnetGatewayIP", spec.gatewayIp(), cidr, cidr.network() + 1);
    long dhcp = hostIp("dhcpIP", spec.dhcpIp(), cidr, cidr.network() + 2);
    if (gateway == dhcp) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID, "dhcpIP must differ from the gateway IP", "dhcpIP不能与网关IP相同");
    }
    ArrayNode dns = dnsServers(spec.dnsList());
    String id = Ids.withPrefix("subnet-");
    String ts = scope.timestamp();
    long start = cidr.network() + 1;
    long end = cidr.broadcast() - 1;
    long usable = end - start + 1;
    for (long reserved : new long[] {gateway, dhcp}) {
      if (reserved >= start && reserved <= end) {
        usable--;
      }
    }
    ObjectNode doc = F.objectNode();
    doc.put("subnetID", id);
    doc.put("name", spec.name());
    doc.put("description", Docs.orEmpty(spec.description()));
    doc.put("vpcID", vpc.id());
    doc.putArray("availabilityZones");
    doc.put("routeTableID", Docs.orEmpty(spec.routeTableId()));
    doc.put("networkAclID", "");
    doc.put("CIDR", cidr.toString());
    doc.put("gatewayIP", Cidr.format(gateway));
    doc.put("dhcpIP", Cidr.format(dhcp));
    doc.put("start", Cidr.format(start));
    doc.put("end", Cidr.format(end));
    doc.put("availableIPCount", usable);
    doc.put("ipv6Enabled", 0);
    doc.put("enableIpv6", spec.enableIpv6());
    doc.put("ipv6CIDR", "");
    doc.put("ipv6Start", "");
    doc.put("ipv6End", "");
    doc.put("ipv6GatewayIP", "");
    doc.set("dnsList", dns);
    doc.putArray("ntpList");
    doc.put("type", spec.cbm() ? 1 : 0);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    doc.putArray("systemDnsList");
    doc.put("projectID", spec.projectId() == null ? "0" : spec.projectId());
    return scope.insert(Types.SUBNET, id, vpc.id(), null, spec.name(), doc);
  }

  /** The caller's subnet or {@code Openapi.Subnet.NotFound}. */
  public Resource subnet(String id) {
    return Lookups.require(scope, Types.SUBNET, id);
  }

  /** The caller's subnets, optionally of one VPC and only the given IDs. */
  public ResourceQuery subnets(String vpcId, List<String> ids) {
    ResourceQuery q =
        ResourceQuery.of(Types.SUBNET).account(scope.accountId()).region(scope.region());
    if (vpcId != null) {
      q = q.parent(vpcId);
    }
    if (ids != null) {
      q = q.in("id", ids);
    }
    return q;
  }

  /**
   * Updates a subnet; null leaves a value as it is (a null or absent DNS list keeps the current
   * servers: the sources do not say it clears them).
   */
  public void updateSubnet(String id, String name, String description, JsonNode dnsList) {
    Resource subnet = subnet(id);
    ObjectNode doc = subnet.doc();
    String newName = rename(doc, subnet.name(), name, description);
    if (dnsList != null && dnsList.isArray()) {
      doc.set("dnsList", dnsServers(dnsList));
    }
    scope.tx().update(subnet.withNameAndDoc(newName, doc));
  }

  /** Deletes a subnet no endpoint, service or transit IP uses. */
  public void deleteSubnet(String id) {
    Resource subnet = subnet(id);
    long users =
        scope.tx().count(ResourceQuery.of(Types.ENDPOINT).where("ref_id = ?", subnet.id()))
            + scope.tx().count(ResourceQuery.of(Types.SERVICE).where("ref_id = ?", subnet.id()))
            + scope.tx().count(ResourceQuery.of(Types.TRANSIT_IP).where("ref_id = ?", subnet.id()));
    if (users > 0 || SubnetIps.hasAllocations(scope, subnet)) {
      throw ApiError.business(
          ErrorCodes.SUBNET_IN_USE,
          "subnet " + subnet.id() + " still holds endpoints, services or transit IPs",
          "子网" + subnet.id() + "仍有资源在使用，请先释放");
    }
    scope.tx().delete(Types.SUBNET, subnet.id());
  }

  /** Checks that a subnet belongs to a VPC. */
  public static void requireInVpc(Resource subnet, Resource vpc) {
    if (!vpc.id().equals(subnet.parentId())) {
      throw ApiError.business(
          ErrorCodes.SUBNET_NOT_IN_VPC,
          "subnet " + subnet.id() + " does not belong to VPC " + vpc.id(),
          "子网" + subnet.id() + "不属于VPC " + vpc.id());
    }
  }

  /** Applies an optional name and description; returns the resource's name after it. */
  private String rename(ObjectNode doc, String current, String name, String description) {
    String newName = Docs.rename(doc, current, name);
    if (description != null) {
      doc.put("description", description);
    }
    doc.put("updatedAt", scope.timestamp());
    return newName;
  }

  private static long hostIp(String field, String given, Cidr cidr, long dflt) {
    if (given == null || given.isEmpty()) {
      return dflt;
    }
    if (!Cidr.isIp(given)) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID,
          field + " " + given + " is not an IPv4 address",
          "参数" + field + "不是合法的IPv4地址");
    }
    long v = Cidr.parseIp(given);
    if (!cidr.contains(v) || v == cidr.network() || v == cidr.broadcast()) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID,
          field + " " + given + " is not a host address of " + cidr,
          "参数" + field + "不在子网" + cidr + "的可用范围内");
    }
    return v;
  }

  /** Checks DNS server addresses: each an IPv4 address. */
  private static ArrayNode dnsServers(JsonNode given) {
    ArrayNode dns = F.arrayNode();
    for (JsonNode d : given) {
      if (!Cidr.isIp(d.asText())) {
        throw ApiError.business(
            ErrorCodes.IP_INVALID,
            "dnsList entry " + d.asText() + " is not an IPv4 address",
            "dnsList中的地址不合法");
      }
      dns.add(d.asText());
    }
    return dns;
  }
}
