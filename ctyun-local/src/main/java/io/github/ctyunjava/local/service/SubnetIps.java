package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.Set;

/**
 * Private IP bookkeeping of a subnet. Reserved: network, gateway, DHCP and broadcast addresses.
 * Each allocated address is its own indexed row ({@link Types#SUBNET_IP}, ID {@code subnetID/ip}),
 * so allocating costs a few index probes whatever the subnet holds; the subnet keeps a hint ({@code
 * _ipHint}) below which every usable address is taken, so "lowest free address" needs no scan from
 * the start.
 */
public final class SubnetIps {
  private static final String HINT = DocFields.IP_HINT;
  private static final String LEGACY = DocFields.LEGACY_ALLOCATED;

  private SubnetIps() {}

  /**
   * Allocates an address in the subnet and stores the updated subnet.
   *
   * @param requested a wanted address, or null for the lowest free one
   * @return the address
   */
  public static String allocate(Scope scope, Resource subnet, String requested) {
    ObjectNode doc = adoptLegacyList(scope, subnet);
    Cidr cidr = Cidr.parse("CIDR", doc.path("CIDR").asText());
    long start = Cidr.parseIp(doc.path("start").asText());
    long end = Cidr.parseIp(doc.path("end").asText());
    Set<String> reserved = reserved(doc);
    String ip;
    if (requested != null) {
      long v;
      try {
        v = Cidr.parseIp(requested);
      } catch (IllegalArgumentException e) {
        throw ApiError.business(
            ErrorCodes.IP_INVALID,
            requested + " is not an IPv4 address",
            "IP地址" + requested + "不合法");
      }
      if (!cidr.contains(v) || v < start || v > end) {
        throw ApiError.business(
            ErrorCodes.IP_INVALID,
            requested + " is not a usable address of subnet " + subnet.id(),
            "IP地址" + requested + "不在子网可用范围内");
      }
      if (reserved.contains(requested) || isAllocated(scope, subnet.id(), requested)) {
        throw ApiError.business(
            ErrorCodes.IP_IN_USE, requested + " is already in use", "IP地址" + requested + "已被占用");
      }
      ip = requested;
    } else {
      ip = null;
      long v = Math.max(start, doc.path(HINT).asLong(start));
      for (; v <= end; v++) {
        String s = Cidr.format(v);
        if (!reserved.contains(s) && !isAllocated(scope, subnet.id(), s)) {
          ip = s;
          break;
        }
      }
      if (ip == null) {
        throw ApiError.business(
            ErrorCodes.SUBNET_FULL, "subnet " + subnet.id() + " has no free IP", "子网没有可用IP");
      }
      doc.put(HINT, v + 1);
    }
    scope.tx().insert(ipRow(subnet, ip));
    doc.put("availableIPCount", doc.path("availableIPCount").asInt() - 1);
    scope.tx().update(subnet.withDoc(doc));
    return ip;
  }

  /** Releases an address of the subnet, if allocated, and stores the subnet. */
  public static void release(Scope scope, String subnetId, String ip) {
    scope
        .tx()
        .find(Types.SUBNET, subnetId)
        .ifPresent(
            subnet -> {
              boolean hadLegacy = subnet.doc().has(LEGACY);
              ObjectNode doc = adoptLegacyList(scope, subnet);
              boolean released = scope.tx().delete(Types.SUBNET_IP, key(subnetId, ip));
              if (released) {
                doc.put("availableIPCount", doc.path("availableIPCount").asInt() + 1);
                long v = Cidr.parseIp(ip);
                if (!doc.has(HINT) || v < doc.path(HINT).asLong()) {
                  doc.put(HINT, v);
                }
              }
              if (released || hadLegacy) {
                scope.tx().update(subnet.withDoc(doc));
              }
            });
  }

  /** Whether any address of the subnet is allocated. */
  public static boolean hasAllocations(Scope scope, Resource subnet) {
    return subnet.doc().path(LEGACY).size() > 0
        || scope.tx().count(ResourceQuery.of(Types.SUBNET_IP).parent(subnet.id())) > 0;
  }

  private static boolean isAllocated(Scope scope, String subnetId, String ip) {
    return scope.tx().find(Types.SUBNET_IP, key(subnetId, ip)).isPresent();
  }

  /**
   * Moves addresses kept in the subnet document by earlier versions ({@code _allocated}) into rows;
   * returns the document without the list. The caller stores the subnet.
   */
  private static ObjectNode adoptLegacyList(Scope scope, Resource subnet) {
    ObjectNode doc = subnet.doc();
    JsonNode legacy = doc.remove(LEGACY);
    if (legacy != null) {
      for (JsonNode n : legacy) {
        if (!isAllocated(scope, subnet.id(), n.asText())) {
          scope.tx().insert(ipRow(subnet, n.asText()));
        }
      }
      doc.remove(HINT); // recomputed from the start on the next allocation
    }
    return doc;
  }

  private static Resource ipRow(Resource subnet, String ip) {
    return Resource.create(
        Types.SUBNET_IP,
        key(subnet.id(), ip),
        subnet.accountId(),
        subnet.regionId(),
        subnet.id(),
        null,
        ip,
        JsonNodeFactory.instance.objectNode());
  }

  private static String key(String subnetId, String ip) {
    return subnetId + "/" + ip;
  }

  private static Set<String> reserved(ObjectNode doc) {
    return Set.of(doc.path("gatewayIP").asText(), doc.path("dhcpIP").asText());
  }
}
