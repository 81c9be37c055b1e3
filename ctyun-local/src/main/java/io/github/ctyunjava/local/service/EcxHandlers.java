package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.store.Resource;
import java.util.List;

/**
 * The four evidenced ECX operations: describeRegionClusters, describeInstanceSpec, createVPC and
 * the legacy v1 allocateEipAddress. Every response field name is inferred (no public ECX response
 * exists); clusters and specs are an emulator-made catalogue.
 */
public final class EcxHandlers {
  /** Edge clusters: nodeCode, name, province, city. */
  static final List<String[]> CLUSTERS =
      List.of(
          new String[] {"hn-changde-1", "常德-1", "湖南", "常德", "hunan", "湖南"},
          new String[] {"hi-haikou-6", "海口-6", "海南", "海口", "hainan", "海南"});

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EcxHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(Product.ECX, "describeRegionClusters", EcxHandlers::regionClusters);
    r.register(Product.ECX, "describeInstanceSpec", EcxHandlers::instanceSpecs);
    r.register(Product.ECX, "createVPC", EcxHandlers::createVpc);
    r.register(Product.ECX, "allocateEipAddressV1", EcxHandlers::allocateEip);
  }

  static ApiReply regionClusters(ApiCall call) {
    ArrayNode results = F.arrayNode();
    for (String[] c : CLUSTERS) {
      ObjectNode region = results.addObject();
      region.put("regionCode", c[4]);
      region.put("regionName", c[5]);
      ObjectNode cluster = region.putArray("clusters").addObject();
      cluster.put("nodeCode", c[0]);
      cluster.put("nodeName", c[1]);
      cluster.put("province", c[2]);
      cluster.put("city", c[3]);
      cluster.put("isp", "中国电信");
      cluster.put("status", "available");
      cluster.put("ipv6Supported", true);
    }
    ObjectNode ret = F.objectNode();
    ret.set("results", results);
    return ApiReply.of(ret);
  }

  static String node(ApiCall call) {
    String code = call.text("nodeCode");
    for (String[] c : CLUSTERS) {
      if (c[0].equals(code)) {
        return code;
      }
    }
    throw ApiError.business(
        "Ecx.Cluster.NotFound",
        "edge cluster " + code + " does not exist or is not open to this account",
        "边缘节点" + code + "不存在或未开通权限");
  }

  static ApiReply instanceSpecs(ApiCall call) {
    node(call);
    ArrayNode results = F.arrayNode();
    int[][] sizes = {{2, 4}, {4, 8}, {8, 16}};
    for (int[] s : sizes) {
      ObjectNode spec = results.addObject();
      spec.put("specCode", "ecx.c6." + (s[0] == 2 ? "large" : s[0] == 4 ? "xlarge" : "2xlarge"));
      spec.put("specName", s[0] + "核" + s[1] + "G");
      spec.put("specFamily", "c6");
      spec.put("cpu", s[0]);
      spec.put("memory", s[1]);
      spec.put("gpuCount", 0);
      spec.put("gpuType", "");
      spec.put("architecture", "x86_64");
      spec.put("soldOut", false);
    }
    ObjectNode ret = F.objectNode();
    ret.set("results", results);
    return ApiReply.of(ret);
  }

  static ApiReply createVpc(ApiCall call) {
    String node = node(call);
    String cidrText = call.optText("cidr") == null ? "192.168.0.0/16" : call.optText("cidr");
    Cidr cidr;
    try {
      cidr = Cidr.parse("cidr", cidrText);
    } catch (ApiError e) {
      throw ApiError.business("Ecx.Cidr.Invalid", e.getMessage(), e.description());
    }
    if (!cidr.isPrivate()
        || cidr.prefix() < VpcHandlers.VPC_MIN_PREFIX
        || cidr.prefix() > VpcHandlers.MAX_PREFIX) {
      throw ApiError.business(
          "Ecx.Cidr.Invalid",
          "cidr must be an RFC 1918 block with a mask of 8-28",
          "cidr须为私有网段且掩码在8到28之间");
    }
    String id = Ids.withPrefix("vpc-");
    String name =
        call.optText("vpcName") == null ? "vpc-" + id.substring(4, 12) : call.optText("vpcName");
    ObjectNode doc = F.objectNode();
    doc.put("vpcId", id);
    doc.put("vpcName", name);
    doc.put("nodeCode", node);
    doc.put("cidr", cidr.toString());
    doc.put("description", VpcHandlers.nz(call.optText("description")));
    doc.put("createTime", Docs.timestamp(call.now()));
    call.tx()
        .insert(Resource.create(Types.ECX_VPC, id, call.accountId(), node, null, null, name, doc));
    return ApiReply.of(F.objectNode().put("vpcId", id));
  }

  static ApiReply allocateEip(ApiCall call) {
    String node = node(call);
    int bandwidth = call.integer("bandwidthSize", 0);
    if (bandwidth < 1 || bandwidth > 10_000) {
      throw ApiError.parameter(
          "bandwidthSize must be between 1 and 10000 Mbit/s", "bandwidthSize须在1到10000之间");
    }
    String id = Ids.withPrefix("eip-");
    long n = Math.floorMod((long) id.hashCode(), 250L) + 2;
    String ip = "203.0.113." + n;
    boolean dual = call.bool("isDualStack", false);
    ObjectNode doc = F.objectNode();
    doc.put("eipId", id);
    doc.put("ipAddress", ip);
    doc.put("ipv6Address", dual ? "2001:db8::" + Long.toHexString(n) : "");
    doc.put("nodeCode", node);
    doc.put("bandwidthSize", bandwidth);
    doc.put(
        "bandwidthPriceType",
        call.optText("bandwidthPriceType") == null
            ? "FIXED_BANDWIDTH"
            : call.optText("bandwidthPriceType"));
    doc.put("isp", VpcHandlers.nz(call.optText("isp")));
    doc.put("isDualStack", dual);
    doc.put("status", "available");
    doc.put("createTime", Docs.timestamp(call.now()));
    call.tx()
        .insert(Resource.create(Types.ECX_EIP, id, call.accountId(), node, null, null, ip, doc));
    ObjectNode ret = F.objectNode();
    ret.put("eipId", id);
    ret.put("ipAddress", ip);
    ret.put("ipv6Address", doc.path("ipv6Address").asText());
    return ApiReply.of(ret);
  }
}
