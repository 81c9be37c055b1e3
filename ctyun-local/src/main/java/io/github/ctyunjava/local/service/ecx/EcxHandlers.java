package io.github.ctyunjava.local.service.ecx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.Ecx;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.store.Resource;

/**
 * The four evidenced ECX operations: describeRegionClusters, describeInstanceSpec, createVPC and
 * the legacy v1 allocateEipAddress. Every response field name is inferred (no public ECX response
 * exists); clusters and specs are an emulator-made catalogue.
 */
public final class EcxHandlers {
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
    for (Ecx.Cluster c : Ecx.CLUSTERS) {
      ObjectNode region = results.addObject();
      region.put("regionCode", c.regionCode());
      region.put("regionName", c.regionName());
      ObjectNode cluster = region.putArray("clusters").addObject();
      cluster.put("nodeCode", c.nodeCode());
      cluster.put("nodeName", c.nodeName());
      cluster.put("province", c.province());
      cluster.put("city", c.city());
      cluster.put("isp", "中国电信");
      cluster.put("status", "available");
      cluster.put("ipv6Supported", true);
    }
    return results(results);
  }

  static ApiReply instanceSpecs(ApiCall call) {
    Ecx.node(call.text("nodeCode"));
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
    return results(results);
  }

  static ApiReply createVpc(ApiCall call) {
    Resource vpc =
        new Ecx(Scope.of(call))
            .createVpc(
                call.text("nodeCode"),
                call.optText("cidr"),
                call.optText("vpcName"),
                call.optText("description"));
    return ApiReply.of(F.objectNode().put("vpcId", vpc.id()));
  }

  static ApiReply allocateEip(ApiCall call) {
    ObjectNode eip =
        new Ecx(Scope.of(call))
            .allocateEip(
                call.text("nodeCode"),
                call.integer("bandwidthSize", 0),
                call.bool("isDualStack", false),
                call.optText("bandwidthPriceType"),
                call.optText("isp"))
            .doc();
    ObjectNode ret = F.objectNode();
    ret.put("eipId", eip.path("eipId").asText());
    ret.put("ipAddress", eip.path("ipAddress").asText());
    ret.put("ipv6Address", eip.path("ipv6Address").asText());
    return ApiReply.of(ret);
  }

  private static ApiReply results(ArrayNode results) {
    ObjectNode ret = F.objectNode();
    ret.set("results", results);
    return ApiReply.of(ret);
  }
}
