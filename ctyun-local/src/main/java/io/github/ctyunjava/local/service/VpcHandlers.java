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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The twelve {@code /v4/vpc/...} operations: VPCs and subnets with CIDR rules. */
public final class VpcHandlers {
  /** Smallest VPC prefix length (evidenced: mask 8-28). */
  public static final int VPC_MIN_PREFIX = 8;

  /** Largest VPC and subnet prefix length. */
  public static final int MAX_PREFIX = 28;

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

  static ApiReply createVpc(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Cidr cidr = Cidr.parse("CIDR", call.text("CIDR"));
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
    String ts = Docs.timestamp(call.now());
    ObjectNode doc = F.objectNode();
    doc.put("vpcID", id);
    doc.put("name", call.text("name"));
    doc.put("description", nz(call.optText("description")));
    doc.put("CIDR", cidr.toString());
    boolean v6 = call.bool("enableIpv6", false);
    doc.put("ipv6Enabled", v6);
    doc.put("enableIpv6", v6);
    doc.putArray("ipv6CIDRS");
    doc.putArray("subnetIDs");
    doc.putArray("natGatewayIDs");
    doc.putArray("secondaryCIDRS");
    doc.put("projectID", call.optText("projectID") == null ? "0" : call.optText("projectID"));
    doc.put("dhcpOptionsSetID", "");
    doc.put("vni", 1 + (int) (Math.abs((long) id.hashCode()) % 16_000_000));
    doc.put("dnsHostnamesEnabled", 0);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    call.tx()
        .insert(
            Resource.create(
                Types.VPC,
                id,
                call.accountId(),
                call.region(),
                null,
                null,
                call.text("name"),
                doc));
    ObjectNode ret = F.objectNode();
    ret.put("vpcID", id);
    ret.put("createdAt", ts);
    ret.put("updatedAt", ts);
    return ApiReply.of(ret);
  }

  static ApiReply listVpcs(ApiCall call, boolean newShape) {
    ResourceQuery q = ResourceQuery.of(Types.VPC).account(call.accountId()).region(call.region());
    if (call.has("vpcID")) {
      q = q.in("id", splitIds(call.text("vpcID")));
    }
    if (call.has("vpcName")) {
      q = q.where("name = ?", call.text("vpcName"));
    }
    Paging paging = Paging.from(call, PAGE_CAP);
    Page<Resource> page = call.tx().list(q, paging.offset(), paging.pageSize());
    ArrayNode items = F.arrayNode();
    for (Resource r : page.items()) {
      items.add(vpcView(call, r, false));
    }
    return listReply("vpcs", items, page.total(), paging, newShape);
  }

  static ApiReply showVpc(ApiCall call) {
    return ApiReply.of(vpcView(call, Lookups.vpc(call, call.text("vpcID")), true));
  }

  static ApiReply updateVpc(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Resource vpc = Lookups.vpc(call, call.text("vpcID"));
    ObjectNode doc = vpc.doc();
    String name = renamed(call, doc, vpc.name());
    if (call.has("description")) {
      doc.put("description", call.text("description"));
    }
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(vpc.withNameAndDoc(name, doc));
    return ApiReply.of(null);
  }

  static ApiReply deleteVpc(ApiCall call) {
    Resource vpc = Lookups.vpc(call, call.text("vpcID"));
    long subnets = call.tx().count(ResourceQuery.of(Types.SUBNET).parent(vpc.id()));
    long services = call.tx().count(ResourceQuery.of(Types.SERVICE).parent(vpc.id()));
    if (subnets > 0 || services > 0) {
      throw ApiError.business(
          ErrorCodes.VPC_IN_USE,
          "VPC " + vpc.id() + " still has subnets or endpoint services; delete them first",
          "VPC " + vpc.id() + "下仍有子网或终端节点服务，请先删除");
    }
    call.tx().delete(Types.VPC, vpc.id());
    return ApiReply.of(null);
  }

  static ApiReply createSubnet(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Resource vpc = Lookups.vpc(call, call.text("vpcID"));
    Cidr vpcCidr = Cidr.parse("CIDR", vpc.doc().path("CIDR").asText());
    Cidr cidr = Cidr.parse("CIDR", call.text("CIDR"));
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
    for (Resource other : call.tx().all(ResourceQuery.of(Types.SUBNET).parent(vpc.id()))) {
      Cidr oc = Cidr.parse("CIDR", other.doc().path("CIDR").asText());
      if (oc.overlaps(cidr)) {
        throw ApiError.business(
            ErrorCodes.CIDR_CONFLICT,
            "subnet CIDR " + cidr + " overlaps subnet " + other.id() + " (" + oc + ")",
            "子网网段" + cidr + "与子网" + other.id() + "冲突");
      }
    }
    long gateway = hostIp(call, "subnetGatewayIP", cidr, cidr.network() + 1);
    long dhcp = hostIp(call, "dhcpIP", cidr, cidr.network() + 2);
    if (gateway == dhcp) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID, "dhcpIP must differ from the gateway IP", "dhcpIP不能与网关IP相同");
    }
    ArrayNode dns = dnsList(call);
    String id = Ids.withPrefix("subnet-");
    String ts = Docs.timestamp(call.now());
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
    doc.put("name", call.text("name"));
    doc.put("description", nz(call.optText("description")));
    doc.put("vpcID", vpc.id());
    doc.putArray("availabilityZones");
    doc.put("routeTableID", nz(call.optText("routeTableID")));
    doc.put("networkAclID", "");
    doc.put("CIDR", cidr.toString());
    doc.put("gatewayIP", Cidr.format(gateway));
    doc.put("dhcpIP", Cidr.format(dhcp));
    doc.put("start", Cidr.format(start));
    doc.put("end", Cidr.format(end));
    doc.put("availableIPCount", usable);
    doc.put("ipv6Enabled", 0);
    doc.put("enableIpv6", call.bool("enableIpv6", false));
    doc.put("ipv6CIDR", "");
    doc.put("ipv6Start", "");
    doc.put("ipv6End", "");
    doc.put("ipv6GatewayIP", "");
    doc.set("dnsList", dns);
    doc.putArray("ntpList");
    doc.put("type", "cbm".equals(call.optText("subnetType")) ? 1 : 0);
    doc.put("createdAt", ts);
    doc.put("updatedAt", ts);
    doc.putArray("systemDnsList");
    doc.put("projectID", call.optText("projectID") == null ? "0" : call.optText("projectID"));
    call.tx()
        .insert(
            Resource.create(
                Types.SUBNET,
                id,
                call.accountId(),
                call.region(),
                vpc.id(),
                null,
                call.text("name"),
                doc));
    return ApiReply.of(F.objectNode().put("subnetID", id));
  }

  static ApiReply listSubnets(ApiCall call, boolean newShape) {
    ResourceQuery q =
        ResourceQuery.of(Types.SUBNET).account(call.accountId()).region(call.region());
    if (call.has("vpcID")) {
      q = q.parent(call.text("vpcID"));
    }
    if (call.has("subnetID")) {
      q = q.in("id", splitIds(call.text("subnetID")));
    }
    Paging paging = Paging.from(call, PAGE_CAP);
    Page<Resource> page = call.tx().list(q, paging.offset(), paging.pageSize());
    ArrayNode items = F.arrayNode();
    for (Resource r : page.items()) {
      items.add(subnetView(r));
    }
    return listReply("subnets", items, page.total(), paging, newShape);
  }

  static ApiReply showSubnet(ApiCall call) {
    return ApiReply.of(subnetView(Lookups.subnet(call, call.text("subnetID"))));
  }

  static ApiReply updateSubnet(ApiCall call) {
    Lookups.checkDescription(call, "description");
    Resource subnet = Lookups.subnet(call, call.text("subnetID"));
    ObjectNode doc = subnet.doc();
    String name = renamed(call, doc, subnet.name());
    if (call.has("description")) {
      doc.put("description", call.text("description"));
    }
    if (call.params().path("dnsList").isArray()) {
      // A null or absent list keeps the current servers: the sources do not say it clears them.
      doc.set("dnsList", dnsList(call));
    }
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(subnet.withNameAndDoc(name, doc));
    return ApiReply.of(null);
  }

  static ApiReply deleteSubnet(ApiCall call) {
    Resource subnet = Lookups.subnet(call, call.text("subnetID"));
    long users =
        call.tx().count(ResourceQuery.of(Types.ENDPOINT).where("ref_id = ?", subnet.id()))
            + call.tx().count(ResourceQuery.of(Types.SERVICE).where("ref_id = ?", subnet.id()))
            + call.tx().count(ResourceQuery.of(Types.TRANSIT_IP).where("ref_id = ?", subnet.id()));
    if (users > 0 || SubnetIps.hasAllocations(call, subnet)) {
      throw ApiError.business(
          ErrorCodes.SUBNET_IN_USE,
          "subnet " + subnet.id() + " still holds endpoints, services or transit IPs",
          "子网" + subnet.id() + "仍有资源在使用，请先释放");
    }
    call.tx().delete(Types.SUBNET, subnet.id());
    return ApiReply.of(null);
  }

  private static ArrayNode dnsList(ApiCall call) {
    ArrayNode dns = F.arrayNode();
    for (JsonNode d : call.params().path("dnsList")) {
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

  /** Applies an optional {@code name} to the document and returns the resource's name after it. */
  private static String renamed(ApiCall call, ObjectNode doc, String current) {
    if (!call.has("name")) {
      return current;
    }
    String name = call.text("name");
    doc.put("name", name);
    return name;
  }

  /**
   * A VPC as CTyun's clients read it. The show view's generated client declares {@code
   * dhcpOptionsSetID} as an array, the list views as a string; the hand-written SDK spells {@code
   * secondaryCIDRs} where the generated one has {@code secondaryCIDRS}, so both are written.
   */
  private static ObjectNode vpcView(ApiCall call, Resource vpc, boolean show) {
    ObjectNode v = Docs.publicView(vpc.doc());
    ArrayNode subnets = v.putArray("subnetIDs");
    for (Resource s : call.tx().all(ResourceQuery.of(Types.SUBNET).parent(vpc.id()))) {
      subnets.add(s.id());
    }
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
    ObjectNode v = Docs.publicView(subnet.doc());
    v.set("gateway", v.path("gatewayIP").deepCopy());
    v.set("availableIpCount", v.path("availableIPCount").deepCopy());
    v.set("createAt", v.path("createdAt").deepCopy());
    v.set("updateAt", v.path("updatedAt").deepCopy());
    return v;
  }

  private static long hostIp(ApiCall call, String field, Cidr cidr, long dflt) {
    String given = call.optText(field);
    if (given == null || given.isEmpty()) {
      return dflt;
    }
    long v;
    try {
      v = Cidr.parseIp(given);
    } catch (IllegalArgumentException e) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID,
          field + " " + given + " is not an IPv4 address",
          "参数" + field + "不是合法的IPv4地址");
    }
    if (!cidr.contains(v) || v == cidr.network() || v == cidr.broadcast()) {
      throw ApiError.business(
          ErrorCodes.IP_INVALID,
          field + " " + given + " is not a host address of " + cidr,
          "参数" + field + "不在子网" + cidr + "的可用范围内");
    }
    return v;
  }

  /** Builds the legacy (counts at top level) or new (counts inside) list answer. */
  static ApiReply listReply(
      String field, ArrayNode items, long total, Paging paging, boolean countsInside) {
    ObjectNode ret = F.objectNode();
    ret.set(field, items);
    if (countsInside) {
      paging.addCounts(ret, total, items.size());
      return ApiReply.of(ret);
    }
    return new ApiReply(ret, paging.topLevel(total, items.size()));
  }

  static List<String> splitIds(String csv) {
    List<String> out = new ArrayList<>();
    for (String s : Arrays.asList(csv.split(","))) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
