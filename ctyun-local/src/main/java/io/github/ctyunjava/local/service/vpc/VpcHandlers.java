package io.github.ctyunjava.local.service.vpc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.model.Vpcs;
import io.github.ctyunjava.local.service.ApiCall;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.Cidr;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Listing;
import io.github.ctyunjava.local.service.Params;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.store.Resource;

/** The twelve {@code /v4/vpc/...} operations: requests to {@link Vpcs}, VPCs and subnets back. */
public final class VpcHandlers {
  /** Page size cap of VPC and subnet lists. */
  public static final int PAGE_CAP = 50;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private VpcHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(Product.CTVPC, "createVpc", VpcHandlers::createVpc);
    r.register(Product.CTVPC, "listVpcs", c -> listVpcs(c, false));
    r.register(Product.CTVPC, "newListVpcs", c -> listVpcs(c, true));
    r.register(Product.CTVPC, "showVpc", VpcHandlers::showVpc);
    r.register(Product.CTVPC, "updateVpc", VpcHandlers::updateVpc);
    r.register(Product.CTVPC, "deleteVpc", VpcHandlers::deleteVpc);
    r.register(Product.CTVPC, "createSubnet", VpcHandlers::createSubnet);
    r.register(Product.CTVPC, "listSubnets", c -> listSubnets(c, false));
    r.register(Product.CTVPC, "newListSubnets", c -> listSubnets(c, true));
    r.register(Product.CTVPC, "showSubnet", VpcHandlers::showSubnet);
    r.register(Product.CTVPC, "updateSubnet", VpcHandlers::updateSubnet);
    r.register(Product.CTVPC, "deleteSubnet", VpcHandlers::deleteSubnet);
  }

  private static Vpcs vpcs(ApiCall call) {
    return new Vpcs(Scope.of(call));
  }

  static ApiReply createVpc(ApiCall call) {
    Params.checkDescription(call, "description");
    Cidr cidr = Cidr.parse("CIDR", call.text("CIDR"));
    Resource vpc =
        vpcs(call)
            .create(
                new Vpcs.NewVpc(
                    call.text("name"),
                    call.optText("description"),
                    cidr,
                    call.bool("enableIpv6", false),
                    call.optText("projectID")));
    ObjectNode ret = F.objectNode();
    ret.put("vpcID", vpc.id());
    ret.put("createdAt", vpc.doc().path("createdAt").asText());
    ret.put("updatedAt", vpc.doc().path("updatedAt").asText());
    return ApiReply.of(ret);
  }

  static ApiReply listVpcs(ApiCall call, boolean newShape) {
    Vpcs vpcs = vpcs(call);
    return Listing.of(
            call,
            PAGE_CAP,
            vpcs.vpcs(Params.idsIfGiven(call, "vpcID"), Params.textIfGiven(call, "vpcName")),
            r -> vpcView(vpcs, r, false))
        .reply("vpcs", newShape);
  }

  static ApiReply showVpc(ApiCall call) {
    Vpcs vpcs = vpcs(call);
    return ApiReply.of(vpcView(vpcs, vpcs.vpc(call.text("vpcID")), true));
  }

  static ApiReply updateVpc(ApiCall call) {
    Params.checkDescription(call, "description");
    vpcs(call)
        .updateVpc(
            call.text("vpcID"),
            Params.textIfGiven(call, "name"),
            Params.textIfGiven(call, "description"));
    return ApiReply.of(null);
  }

  static ApiReply deleteVpc(ApiCall call) {
    vpcs(call).deleteVpc(call.text("vpcID"));
    return ApiReply.of(null);
  }

  static ApiReply createSubnet(ApiCall call) {
    Params.checkDescription(call, "description");
    Resource subnet =
        vpcs(call)
            .createSubnet(
                new Vpcs.NewSubnet(
                    call.text("vpcID"),
                    call.text("name"),
                    call.optText("description"),
                    call.text("CIDR"),
                    call.optText("subnetGatewayIP"),
                    call.optText("dhcpIP"),
                    call.params().path("dnsList"),
                    call.bool("enableIpv6", false),
                    call.optText("routeTableID"),
                    "cbm".equals(call.optText("subnetType")),
                    call.optText("projectID")));
    return ApiReply.of(F.objectNode().put("subnetID", subnet.id()));
  }

  static ApiReply listSubnets(ApiCall call, boolean newShape) {
    return Listing.of(
            call,
            PAGE_CAP,
            vpcs(call)
                .subnets(Params.textIfGiven(call, "vpcID"), Params.idsIfGiven(call, "subnetID")),
            VpcHandlers::subnetView)
        .reply("subnets", newShape);
  }

  static ApiReply showSubnet(ApiCall call) {
    return ApiReply.of(subnetView(vpcs(call).subnet(call.text("subnetID"))));
  }

  static ApiReply updateSubnet(ApiCall call) {
    Params.checkDescription(call, "description");
    vpcs(call)
        .updateSubnet(
            call.text("subnetID"),
            Params.textIfGiven(call, "name"),
            Params.textIfGiven(call, "description"),
            call.params().get("dnsList"));
    return ApiReply.of(null);
  }

  static ApiReply deleteSubnet(ApiCall call) {
    vpcs(call).deleteSubnet(call.text("subnetID"));
    return ApiReply.of(null);
  }

  /**
   * A VPC as CTyun's clients read it. The show view's generated client declares {@code
   * dhcpOptionsSetID} as an array, the list views as a string; the hand-written SDK spells {@code
   * secondaryCIDRs} where the generated one has {@code secondaryCIDRS}, so both are written.
   */
  private static ObjectNode vpcView(Vpcs vpcs, Resource vpc, boolean show) {
    ObjectNode v = Docs.publicView(vpc);
    ArrayNode subnets = v.putArray("subnetIDs");
    vpcs.subnetIds(vpc.id()).forEach(subnets::add);
    v.set("secondaryCIDRs", v.path("secondaryCIDRS").deepCopy());
    String dhcp = v.path("dhcpOptionsSetID").asText("");
    if (show) {
      ArrayNode sets = v.putArray("dhcpOptionsSetID");
      if (!dhcp.isEmpty()) {
        sets.add(dhcp);
      }
    } else {
      v.put("dhcpOptionsSetID", dhcp);
    }
    return v;
  }

  /**
   * A subnet as CTyun's clients read it: the hand-written SDK's spellings ({@code gateway}, {@code
   * availableIpCount}, {@code createAt}, {@code updateAt}) beside the generated client's.
   */
  private static ObjectNode subnetView(Resource subnet) {
    ObjectNode v = Docs.publicView(subnet);
    v.set("gateway", v.path("gatewayIP").deepCopy());
    v.set("availableIpCount", v.path("availableIPCount").deepCopy());
    v.set("createAt", v.path("createdAt").deepCopy());
    v.set("updateAt", v.path("updatedAt").deepCopy());
    return v;
  }
}
