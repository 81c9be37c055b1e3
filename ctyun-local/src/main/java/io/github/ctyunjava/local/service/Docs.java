package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.internal.JsonFields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Helpers for resource documents: public view and timestamps. */
public final class Docs {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Docs() {}

  /** A copy without internal fields (names starting with {@code _}); those are never copied. */
  public static ObjectNode publicView(ObjectNode doc) {
    ObjectNode out = doc.objectNode();
    for (Map.Entry<String, JsonNode> e : JsonFields.of(doc)) {
      if (!e.getKey().startsWith("_")) {
        out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return out;
  }

  /** CTyun's timestamp format, UTC, seconds. */
  public static String timestamp(Instant t) {
    return UTC.format(t.truncatedTo(ChronoUnit.SECONDS));
  }
}
