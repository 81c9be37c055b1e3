package io.github.ctyunjava.core.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a catalogue document ({@code operations.json}) with Jackson's streaming parser, in a way
 * that keeps a short command's start-up short:
 *
 * <ul>
 *   <li>no {@code ObjectMapper}: a mapper's first creation initialises most of jackson-databind
 *       (and the JDK's locale data, for its date format);
 *   <li>each operation's {@code fields} array, most of the text, is only skipped over; its place in
 *       the document is kept ({@link Slice}) and read when the operation's fields are first used.
 * </ul>
 *
 * <p>The catalogue holds only objects, arrays, strings, integers, booleans and nulls.
 */
final class CatalogJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CatalogJson() {}

  /** The document's top-level facts and its operations. */
  static final class Document {
    private final JsonNode root;
    private final List<OperationEntry> operations;

    Document(JsonNode root, List<OperationEntry> operations) {
      this.root = root;
      this.operations = operations;
    }

    /** The top-level object without its {@code operations}. */
    JsonNode root() {
      return root;
    }

    List<OperationEntry> operations() {
      return operations;
    }
  }

  /** One operation: its facts as a tree, without {@code fields}, and where its fields are. */
  static final class OperationEntry {
    private final JsonNode facts;
    private final Slice fields;

    OperationEntry(JsonNode facts, Slice fields) {
      this.facts = facts;
      this.fields = fields;
    }

    JsonNode facts() {
      return facts;
    }

    Slice fields() {
      return fields;
    }
  }

  /** A JSON array of a document, read on demand. */
  static final class Slice {
    private static final Slice EMPTY = new Slice(new byte[] {'[', ']'}, 0, 2);
    private final byte[] document;
    private final int offset;
    private final int length;

    Slice(byte[] document, int offset, int length) {
      this.document = document;
      this.offset = offset;
      this.length = length;
    }

    /** The array (already checked to be well-formed JSON when the document was read). */
    JsonNode read() {
      try (JsonParser p = FACTORY.createParser(document, offset, length)) {
        return value(p, p.nextToken());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read a catalogue's fields", e);
      }
    }
  }

  /** Every byte of {@code in} (Java 8 has no {@code readAllBytes}). */
  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    byte[] buffer = new byte[16 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Reads a whole catalogue document, which must be exactly one JSON object. */
  static Document read(byte[] document) throws IOException {
    try (JsonParser p = FACTORY.createParser(document)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(p, "a catalogue is a JSON object");
      }
      ObjectNode root = NODES.objectNode();
      List<OperationEntry> operations = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ("operations".equals(name) && t == JsonToken.START_ARRAY) {
          for (JsonToken op = p.nextToken(); op != JsonToken.END_ARRAY; op = p.nextToken()) {
            operations.add(operation(p, op, document));
          }
        } else {
          root.set(name, value(p, t));
        }
      }
      if (p.nextToken() != null) {
        throw new JsonParseException(p, "trailing content after the catalogue");
      }
      return new Document(root, Collections.unmodifiableList(operations));
    }
  }

  private static OperationEntry operation(JsonParser p, JsonToken t, byte[] document)
      throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "a catalogue operation is a JSON object");
    }
    ObjectNode facts = NODES.objectNode();
    Slice fields = Slice.EMPTY;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if ("fields".equals(name) && value == JsonToken.START_ARRAY) {
        int start = (int) byteOffset(p, true);
        p.skipChildren(); // still checks the JSON is well-formed
        int end = (int) byteOffset(p, false);
        fields = new Slice(document, start, end - start);
      } else {
        facts.set(name, value(p, value));
      }
    }
    return new OperationEntry(facts, fields);
  }

  /**
   * The byte offset where the current token starts, or just after it. The methods are deprecated in
   * newer Jackson versions, but their replacements need 2.13 and the SDK supports 2.12.
   */
  @SuppressWarnings("deprecation")
  private static long byteOffset(JsonParser p, boolean start) {
    return start ? p.getTokenLocation().getByteOffset() : p.getCurrentLocation().getByteOffset();
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          object.set(name, value(p, p.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
          array.add(value(p, item));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "unexpected " + t + " in a catalogue");
    }
  }
}
