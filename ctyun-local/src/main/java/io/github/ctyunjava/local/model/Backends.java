package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.service.Cidr;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Backend instances of interface services. The emulator hosts no VMs or load balancers: a backend
 * is recorded as given when its ID is well-formed for its kind.
 */
public final class Backends {
  private static final Pattern UUID =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final Pattern LB = Pattern.compile("^lb-[a-z0-9]{10}$");
  private static final Pattern HAVIP = Pattern.compile("^havip-[a-z0-9]{10}$");
  private static final Pattern GWLB = Pattern.compile("^gwlb-[a-z0-9]{10}$");

  private Backends() {}

  /** The canonical kind ({@code elb} is terraform's spelling of {@code lb}). */
  public static String normalizeType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.equals("elb") ? "lb" : t;
  }

  /** Whether {@code id} is a well-formed instance ID for the kind. */
  public static boolean isWellFormed(String type, String id) {
    if (id == null || id.isEmpty()) {
      return false;
    }
    return switch (normalizeType(type)) {
      case "vm", "bm", "cbm" -> UUID.matcher(id).matches();
      case "lb" -> LB.matcher(id).matches();
      case "vip" -> HAVIP.matcher(id).matches();
      case "gwlb" -> GWLB.matcher(id).matches();
      case "underlay" -> Cidr.isIp(id);
      default -> false;
    };
  }

  /** A backend entry as services list it. */
  public static ObjectNode entry(String type, String id) {
    ObjectNode b = JsonNodeFactory.instance.objectNode();
    b.put("instanceType", normalizeType(type));
    b.put("instanceID", id);
    b.put("protocolPort", 0);
    b.put("weight", 100);
    return b;
  }
}
