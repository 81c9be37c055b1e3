package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.store.Resource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Helpers for resource documents: public view, timestamps, CSV fields. */
public final class Docs {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Docs() {}

  /**
   * A copy of a resource's document without internal fields (names starting with {@code _}); those
   * are never copied.
   */
  public static ObjectNode publicView(Resource r) {
    return r.copyOfDoc(name -> !name.startsWith(DocFields.PREFIX));
  }

  /** A comma-separated list, blanks dropped and entries trimmed. */
  public static List<String> splitCsv(String csv) {
    List<String> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** The text, or empty for null. */
  public static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Sets {@code name} in the document when given; returns the resource's name after it. */
  public static String rename(ObjectNode doc, String current, String name) {
    if (name == null) {
      return current;
    }
    doc.put("name", name);
    return name;
  }

  /** CTyun's timestamp format, UTC, seconds. */
  public static String timestamp(Instant t) {
    return UTC.format(t.truncatedTo(ChronoUnit.SECONDS));
  }
}
