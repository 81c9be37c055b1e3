package io.github.ctyunjava.local.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.internal.JsonFields;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One stored resource: identity columns plus its JSON document. The factories and {@code with...}
 * methods copy the document they are given and {@link #doc()} returns a copy, so a {@code Resource}
 * is immutable; the canonical constructor takes the document over without a copy (the store hands
 * it freshly parsed documents), so its callers must not keep modifying it.
 *
 * @param type resource type, e.g. {@code vpc}
 * @param id resource ID (unique per type)
 * @param accountId owner account
 * @param regionId region
 * @param parentId containing resource (VPC of a subnet, service of a rule), may be null
 * @param refId secondary reference (subnet of an endpoint), may be null
 * @param name display name used by filters, may be null
 * @param seq creation order (set by the store)
 * @param doc the API representation and internal fields
 */
public record Resource(
    String type,
    String id,
    String accountId,
    String regionId,
    String parentId,
    String refId,
    String name,
    long seq,
    ObjectNode doc) {

  /** Checks the identity columns; takes {@code doc} over (see the class comment). */
  public Resource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(regionId, "regionId");
    Objects.requireNonNull(doc, "doc");
  }

  /** A fresh, unsaved resource (seq 0). */
  public static Resource create(
      String type,
      String id,
      String accountId,
      String regionId,
      String parentId,
      String refId,
      String name,
      ObjectNode doc) {
    return new Resource(type, id, accountId, regionId, parentId, refId, name, 0, doc.deepCopy());
  }

  /** A copy of the document, safe to modify. */
  @Override
  public ObjectNode doc() {
    return doc.deepCopy();
  }

  /**
   * A new document of the top-level fields whose names {@code keep} accepts, values copied: a
   * partial copy without a copy of the whole document first.
   */
  public ObjectNode copyOfDoc(Predicate<String> keep) {
    ObjectNode out = doc.objectNode();
    for (Map.Entry<String, JsonNode> e : JsonFields.of(doc)) {
      if (keep.test(e.getKey())) {
        out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return out;
  }

  /** The document itself, for the store to serialize or hand on unchanged; never modified. */
  ObjectNode sharedDoc() {
    return doc;
  }

  /**
   * This resource stored as another type (an order that becomes its resource), sharing the
   * document, which neither changes.
   */
  public Resource withType(String newType) {
    return new Resource(newType, id, accountId, regionId, parentId, refId, name, seq, doc);
  }

  /** This resource with another document. */
  public Resource withDoc(ObjectNode newDoc) {
    return new Resource(
        type, id, accountId, regionId, parentId, refId, name, seq, newDoc.deepCopy());
  }

  /** This resource with another name and document. */
  public Resource withNameAndDoc(String newName, ObjectNode newDoc) {
    return new Resource(
        type, id, accountId, regionId, parentId, refId, newName, seq, newDoc.deepCopy());
  }
}
