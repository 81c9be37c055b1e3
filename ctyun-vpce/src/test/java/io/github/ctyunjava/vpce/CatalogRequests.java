package io.github.ctyunjava.vpce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.catalog.OperationCatalog.Field;
import io.github.ctyunjava.core.catalog.OperationCatalog.Operation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Builds typed requests from the catalogue and calls typed methods by operation id. */
final class CatalogRequests {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogRequests() {}

  /** A typed request whose required fields hold well-formed values; regionID is {@code region}. */
  static Object requiredOnly(Operation op, String region) throws Exception {
    ObjectNode n = MAPPER.createObjectNode();
    for (Field f : op.fields()) {
      if (!f.required() || f.name().equals("clientToken")) {
        continue;
      }
      String name = f.name();
      if (name.equals("regionID")) {
        n.put(name, region);
      } else if (!f.enumValues().isEmpty()) {
        if (f.type().equals("integer")) {
          n.put(name, Integer.parseInt(f.enumValues().get(0)));
        } else {
          n.put(name, f.enumValues().get(0));
        }
      } else if (f.type().equals("integer") || f.type().equals("int64")) {
        n.put(name, 80);
      } else if (f.type().equals("boolean")) {
        n.put(name, true);
      } else if (f.type().startsWith("array")) {
        ArrayNode a = n.putArray(name);
        if (f.type().equals("array<string>")) {
          a.add("10.0.0.0/24");
        }
      } else if (name.endsWith("ID")) {
        n.put(name, sampleId(name));
      } else {
        n.put(name, "sample" + name.length());
      }
    }
    return MAPPER.treeToValue(n, Class.forName(op.requestClass()));
  }

  static String sampleId(String name) {
    switch (name) {
      case "vpcID":
        return "vpc-zzzzzzzzzz";
      case "subnetID":
        return "subnet-zzzzzzzzzz";
      case "endpointServiceID":
        return "endpser-zzzzzzzzzz";
      case "endpointID":
        return "endpoint-zzzzzzzzzz";
      case "reverseRuleID":
        return "endprule-zzzzzzzzzz";
      default:
        return "id-zzzzzzzzzz";
    }
  }

  /** Calls the typed method named after the operation, unwrapping reflection exceptions. */
  static Object call(VpceClient client, Operation op, Object request) throws Throwable {
    Method m = VpceClient.class.getMethod(op.operationId(), request.getClass());
    try {
      return m.invoke(client, request);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
