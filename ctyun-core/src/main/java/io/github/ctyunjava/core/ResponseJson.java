package io.github.ctyunjava.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads response bodies as JSON trees, straight from the body bytes (no intermediate text), and
 * describes unreadable ones in a short, secret-free excerpt.
 *
 * <p>Jackson 2.15 added {@code StreamReadConstraints}, whose default refuses strings longer than 20
 * MB: a valid 50 MB answer would be reported as "not JSON". The transport already caps the whole
 * body ({@code maxResponseBytes}), so the string limit is lifted here. The class is looked up by
 * reflection because the SDK supports Jackson 2.12, which has no such limit (nor the class); the
 * other constraints (number length, nesting depth) keep their defaults.
 */
final class ResponseJson {
  private static final int EXCERPT_CHARS = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper(unlimitedStrings(new JsonFactory()));

  private ResponseJson() {}

  /** Parses a body; {@code null} for an empty one. */
  static JsonNode read(byte[] body) throws IOException {
    return body.length == 0 ? null : MAPPER.readTree(body);
  }

  /** The top-level fields an {@link Envelope} reads without its tree. */
  private static final Set<String> STATUS_FIELDS =
      new HashSet<>(
          Arrays.asList(
              "statusCode",
              "errorCode",
              "error",
              "message",
              "errorMessage",
              "description",
              "traceID",
              "requestId"));

  /**
   * Bodies up to this size are parsed into their tree at once: typed calls need the tree, and a
   * second pass over a small body costs more than the tree would have.
   */
  static final int TREE_AT_ONCE_BYTES = 64 * 1024;

  /**
   * Reads a body as an envelope, checking the whole document: a body of at most {@value
   * #TREE_AT_ONCE_BYTES} bytes into its tree, a larger one in a streaming pass that keeps only its
   * status fields (the tree is then built only if asked for, {@link Envelope#json()}).
   *
   * @throws IOException when the body is not JSON
   */
  static Envelope scan(byte[] body) throws IOException {
    return scan(body, TREE_AT_ONCE_BYTES);
  }

  /** {@link #scan(byte[])} with the size up to which the tree is built at once. */
  static Envelope scan(byte[] body, int treeAtOnceBytes) throws IOException {
    if (body.length == 0) {
      return Envelope.of(null);
    }
    if (body.length <= treeAtOnceBytes) {
      return Envelope.of(MAPPER.readTree(body));
    }
    ObjectNode head = MAPPER.createObjectNode();
    try (JsonParser p = MAPPER.getFactory().createParser(body)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        p.skipChildren();
        return Envelope.lazy(MissingNode.getInstance(), body);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (STATUS_FIELDS.contains(name)) {
          head.set(name, MAPPER.readTree(p));
        } else {
          skipValue(p);
        }
      }
    }
    return Envelope.lazy(head, body);
  }

  /** Skips a value token by token, so that a malformed payload is still noticed. */
  private static void skipValue(JsonParser p) throws IOException {
    if (!p.currentToken().isStructStart()) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new JsonParseException(p, "unexpected end of the body");
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    }
  }

  /** Parses a body, or null when it is empty or not JSON. */
  static JsonNode readOrNull(byte[] body) {
    try {
      return read(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The mapper, for tests. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * What came back, for an error message: {@code an empty body}, or the byte count and the first
   * {@value #EXCERPT_CHARS} characters with control characters escaped and secret fields masked.
   */
  static String describe(byte[] body) {
    if (body.length == 0) {
      return "an empty body";
    }
    int take = Math.min(body.length, EXCERPT_CHARS * 4);
    String window = new String(body, 0, take, StandardCharsets.UTF_8);
    // Mask before cutting; the added quote closes a string value the window may end inside, so
    // that a secret cut in two is still recognised as a value.
    String masked = Redaction.query(Redaction.json(window + "\""));
    masked = masked.substring(0, masked.length() - 1);
    boolean cut = take < body.length || masked.length() > EXCERPT_CHARS;
    StringBuilder sb = new StringBuilder(EXCERPT_CHARS + 32);
    for (int i = 0; i < masked.length() && i < EXCERPT_CHARS; i++) {
      char c = masked.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return body.length + (body.length == 1 ? " byte: " : " bytes: ") + sb + (cut ? "..." : "");
  }

  private static JsonFactory unlimitedStrings(JsonFactory factory) {
    try {
      Class<?> constraints = Class.forName("com.fasterxml.jackson.core.StreamReadConstraints");
      Object builder = constraints.getMethod("builder").invoke(null);
      Method maxString = builder.getClass().getMethod("maxStringLength", int.class);
      Object built = maxString.invoke(builder, Integer.MAX_VALUE);
      Object limits = built.getClass().getMethod("build").invoke(built);
      JsonFactory.class.getMethod("setStreamReadConstraints", constraints).invoke(factory, limits);
    } catch (ClassNotFoundException e) {
      // Jackson before 2.15: strings have no length limit
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot configure Jackson's StreamReadConstraints", e);
    }
    return factory;
  }
}
