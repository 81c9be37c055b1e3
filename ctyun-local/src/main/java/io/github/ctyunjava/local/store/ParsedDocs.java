package io.github.ctyunjava.local.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last parsed document of each recently read row, so that reading an unchanged row again (a
 * show polled by a client, the subnet of every create) costs a string comparison, not a JSON parse.
 * An entry is used only when the stored text is exactly the text it was parsed from, so a write of
 * the row by this or any other emulator sharing the database is seen at once; nothing else needs to
 * be told. A write keeps the document it wrote with its text ({@link #seed}), so the next read of a
 * row this emulator just wrote needs no parse either. The parsed documents are shared between
 * transactions and threads and never modified ({@link Resource#doc()} hands out copies). Bounded:
 * at {@value #MAX_ROWS} rows it starts over; longer documents than {@value #MAX_CHARS} characters
 * are not kept.
 */
final class ParsedDocs {
  static final int MAX_ROWS = 2048;
  static final int MAX_CHARS = 4096;
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Parsed(String text, ObjectNode doc) {}

  private final Map<String, Parsed> rows = new ConcurrentHashMap<>();

  /** The document stored as {@code text} in row {@code type}/{@code id}, parsed (or not) again. */
  ObjectNode parse(String type, String id, String text) {
    if (text.length() > MAX_CHARS) {
      return read(text);
    }
    String key = key(type, id);
    Parsed p = rows.get(key);
    if (p != null && p.text().equals(text)) {
      return p.doc();
    }
    ObjectNode doc = read(text);
    keep(key, new Parsed(text, doc));
    return doc;
  }

  /**
   * Keeps {@code doc} as the parse of {@code text}, which is being written to row {@code
   * type}/{@code id}; {@code doc} must never be modified again.
   */
  void seed(String type, String id, String text, ObjectNode doc) {
    if (text.length() <= MAX_CHARS) {
      keep(key(type, id), new Parsed(text, doc));
    }
  }

  private static String key(String type, String id) {
    return type + '\u0000' + id;
  }

  private void keep(String key, Parsed p) {
    if (rows.size() >= MAX_ROWS) {
      rows.clear();
    }
    rows.put(key, p);
  }

  private static ObjectNode read(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new StoreException("corrupt document in the store", e);
    }
  }
}
