package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.service.Cidr;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Resource;
import java.util.List;

/**
 * ECX (edge cloud): an emulator-made catalogue of edge clusters, VPCs and elastic IPs, stored per
 * cluster (the cluster's code is the region column).
 */
public final class Ecx {
  /**
   * An edge cluster.
   *
   * @param nodeCode the cluster's code
   * @param nodeName its name
   * @param province province
   * @param city city
   * @param regionCode code of its region
   * @param regionName name of its region
   */
  public record Cluster(
      String nodeCode,
      String nodeName,
      String province,
      String city,
      String regionCode,
      String regionName) {}

  /** The edge clusters. */
  public static final List<Cluster> CLUSTERS =
      List.of(
          new Cluster("hn-changde-1", "常德-1", "湖南", "常德", "hunan", "湖南"),
          new Cluster("hi-haikou-6", "海口-6", "海南", "海口", "hainan", "海南"));

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Scope scope;

  /** ECX resources seen from a scope. */
  public Ecx(Scope scope) {
    this.scope = scope;
  }

  /** Checks that a cluster exists; returns its code. */
  public static String node(String code) {
    for (Cluster c : CLUSTERS) {
      if (c.nodeCode().equals(code)) {
        return code;
      }
    }
    throw ApiError.business(
        "Ecx.Cluster.NotFound",
        "edge cluster " + code + " does not exist or is not open to this account",
        "边缘节点" + code + "不存在或未开通权限");
  }

  /**
   * Stores a VPC in a cluster.
   *
   * @param cidrText the CIDR, null for 192.168.0.0/16
   * @param name the name, null for one made from the ID
   */
  public Resource createVpc(String nodeCode, String cidrText, String name, String description) {
    String node = node(nodeCode);
    Cidr cidr;
    try {
      cidr = Cidr.parse("cidr", cidrText == null ? "192.168.0.0/16" : cidrText);
    } catch (ApiError e) {
      throw ApiError.business("Ecx.Cidr.Invalid", e.getMessage(), e.description());
    }
    if (!cidr.isPrivate()
        || cidr.prefix() < Vpcs.VPC_MIN_PREFIX
        || cidr.prefix() > Vpcs.MAX_PREFIX) {
      throw ApiError.business(
          "Ecx.Cidr.Invalid",
          "cidr must be an RFC 1918 block with a mask of 8-28",
          "cidr须为私有网段且掩码在8到28之间");
    }
    String id = Ids.withPrefix("vpc-");
    String vpcName = name == null ? "vpc-" + id.substring(4, 12) : name;
    ObjectNode doc = F.objectNode();
    doc.put("vpcId", id);
    doc.put("vpcName", vpcName);
    doc.put("nodeCode", node);
    doc.put("cidr", cidr.toString());
    doc.put("description", Docs.orEmpty(description));
    doc.put("createTime", scope.timestamp());
    return scope
        .tx()
        .insert(
            Resource.create(Types.ECX_VPC, id, scope.accountId(), node, null, null, vpcName, doc));
  }

  /**
   * Allocates an elastic IP (from the documentation range 203.0.113.0/24) in a cluster.
   *
   * @param bandwidth Mbit/s, 1 to 10000
   * @param priceType billing of the bandwidth, null for fixed
   * @param isp carrier, may be null
   */
  public Resource allocateEip(
      String nodeCode, int bandwidth, boolean dualStack, String priceType, String isp) {
    String node = node(nodeCode);
    if (bandwidth < 1 || bandwidth > 10_000) {
      throw ApiError.parameter(
          "bandwidthSize must be between 1 and 10000 Mbit/s", "bandwidthSize须在1到10000之间");
    }
    String id = Ids.withPrefix("eip-");
    long n = Math.floorMod((long) id.hashCode(), 250L) + 2;
    String ip = "203.0.113." + n;
    ObjectNode doc = F.objectNode();
    doc.put("eipId", id);
    doc.put("ipAddress", ip);
    doc.put("ipv6Address", dualStack ? "2001:db8::" + Long.toHexString(n) : "");
    doc.put("nodeCode", node);
    doc.put("bandwidthSize", bandwidth);
    doc.put("bandwidthPriceType", priceType == null ? "FIXED_BANDWIDTH" : priceType);
    doc.put("isp", Docs.orEmpty(isp));
    doc.put("isDualStack", dualStack);
    doc.put("status", "available");
    doc.put("createTime", scope.timestamp());
    return scope
        .tx()
        .insert(Resource.create(Types.ECX_EIP, id, scope.accountId(), node, null, null, ip, doc));
  }
}
