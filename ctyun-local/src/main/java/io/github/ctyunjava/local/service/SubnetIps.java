package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Resource;
import java.util.HashSet;
import java.util.Set;

/**
 * Private IP bookkeeping of a subnet. Reserved: network, gateway, DHCP and broadcast addresses; the
 * allocated addresses live in the subnet document's internal {@code _allocated} array.
 */
public final class SubnetIps {
  private SubnetIps() {}

  /**
   * Allocates an address in the subnet and stores the updated subnet.
   *
   * @param requested a wanted address, or null for the lowest free one
   * @return the address
   */
  public static String allocate(ApiCall call, Resource subnet, String requested) {
    ObjectNode doc = subnet.doc();
    Cidr cidr = Cidr.parse("CIDR", doc.path("CIDR").asText());
    Set<String> used = used(doc);
    long start = Cidr.parseIp(doc.path("start").asText());
    long end = Cidr.parseIp(doc.path("end").asText());
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
      if (used.contains(requested) || reserved(doc).contains(requested)) {
        throw ApiError.business(
            ErrorCodes.IP_IN_USE, requested + " is already in use", "IP地址" + requested + "已被占用");
      }
      ip = requested;
    } else {
      ip = null;
      Set<String> reserved = reserved(doc);
      for (long v = start; v <= end; v++) {
        String s = Cidr.format(v);
        if (!used.contains(s) && !reserved.contains(s)) {
          ip = s;
          break;
        }
      }
      if (ip == null) {
        throw ApiError.business(
            ErrorCodes.SUBNET_FULL, "subnet " + subnet.id() + " has no free IP", "子网没有可用IP");
      }
    }
    doc.withArray("_allocated").add(ip);
    doc.put("availableIPCount", doc.path("availableIPCount").asInt() - 1);
    call.tx().update(subnet.withDoc(doc));
    return ip;
  }

  /** Releases an address of the subnet, if allocated, and stores the subnet. */
  public static void release(ApiCall call, String subnetId, String ip) {
    call.tx()
        .find(Types.SUBNET, subnetId)
        .ifPresent(
            subnet -> {
              ObjectNode doc = subnet.doc();
              ArrayNode arr = doc.withArray("_allocated");
              for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).asText().equals(ip)) {
                  arr.remove(i);
                  doc.put("availableIPCount", doc.path("availableIPCount").asInt() + 1);
                  call.tx().update(subnet.withDoc(doc));
                  return;
                }
              }
            });
  }

  /** Whether any address of the subnet is allocated. */
  public static boolean hasAllocations(Resource subnet) {
    return subnet.doc().path("_allocated").size() > 0;
  }

  private static Set<String> used(ObjectNode doc) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : doc.path("_allocated")) {
      out.add(n.asText());
    }
    return out;
  }

  private static Set<String> reserved(ObjectNode doc) {
    return Set.of(doc.path("gatewayIP").asText(), doc.path("dhcpIP").asText());
  }
}
