package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.service.DocFields;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Resource;
import java.util.List;
import java.util.Optional;

/**
 * CTyun's own public endpoint services (object storage, DNS): listed by {@code query-ctyun-service}
 * and usable by {@code create-endpoint} from any account and region. They are not stored; each
 * lookup builds the service in the caller's region.
 */
public final class CtyunServices {
  /** The owner shown for CTyun's services (no real account). */
  public static final String OWNER = "ctyun";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String CREATED = "2022-07-07T09:29:55Z";

  private record Entry(String id, String name, String description) {}

  private static final List<Entry> ALL =
      List.of(
          new Entry("endpser-zosglobal1", "ctyun-zos", "CTyun object storage (ZOS) private access"),
          new Entry("endpser-dnsglobal1", "ctyun-dns", "CTyun private DNS resolver"));

  private CtyunServices() {}

  /** The catalogue as {@code query-ctyun-service} shows it, optionally one ID only. */
  public static ArrayNode list(String onlyId) {
    ArrayNode out = F.arrayNode();
    for (Entry e : ALL) {
      if (onlyId == null || onlyId.equals(e.id())) {
        out.add(view(e));
      }
    }
    return out;
  }

  /** The public service as an (unsaved) endpoint-service resource in the scope's region. */
  public static Optional<Resource> find(Scope scope, String id) {
    for (Entry e : ALL) {
      if (e.id().equals(id)) {
        ObjectNode doc = view(e);
        doc.put(DocFields.PUBLIC, true);
        return Optional.of(
            Resource.create(
                Types.SERVICE, e.id(), OWNER, scope.region(), null, null, e.name(), doc));
      }
    }
    return Optional.empty();
  }

  /** Whether a service resource is one of CTyun's public services (open to every account). */
  public static boolean isPublic(Resource service) {
    return service.doc().path(DocFields.PUBLIC).asBoolean(false);
  }

  private static ObjectNode view(Entry e) {
    ObjectNode o = F.objectNode();
    o.put("endpointServiceID", e.id());
    o.put("name", e.name());
    o.put("description", e.description());
    o.put("type", "interface");
    o.put("autoConnection", true);
    o.putArray("rules").add(EndpointServices.rule("TCP", 443, 443));
    o.put("createdAt", CREATED);
    o.put("updatedAt", CREATED);
    o.put("dnsName", e.name() + ".ctyun.local");
    return o;
  }
}
