package io.github.ctyunjava.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The CLI's JSON handling: exact numbers, pretty output. */
public final class Json {
  // Jackson's default 20 MB string limit would call a valid 50 MB answer "not JSON"; the SDK
  // already caps the whole response (64 MiB by default).
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses JSON text, or returns null when it is not JSON. */
  public static JsonNode parseOrNull(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Parses JSON bytes, or returns null when they are not JSON. */
  public static JsonNode parseOrNull(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
  }

  /** Compact UTF-8 JSON bytes. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * A typed model read from JSON with wire names (for the SDK's waiters).
   *
   * @throws IllegalArgumentException when the JSON does not fit the type
   */
  public static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** A typed model as JSON with its wire names. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * Prints {@code node} pretty, straight to {@code out} (no intermediate string), and a newline.
   */
  public static void printPretty(PrintWriter out, JsonNode node) {
    try {
      MAPPER
          .writerWithDefaultPrettyPrinter()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print JSON", e);
    }
    out.println();
  }

  /**
   * Prints JSON bytes pretty, token by token, with numbers exactly as written: no tree, no
   * intermediate string, so a large answer costs little beyond its bytes.
   *
   * @throws IOException when the bytes are not JSON (part of it may have been printed)
   */
  public static void printPretty(PrintWriter out, byte[] json) throws IOException {
    try (JsonParser p = MAPPER.getFactory().createParser(json);
        JsonGenerator g = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      while (p.nextToken() != null) {
        g.copyCurrentStructureExact(p);
      }
    }
    out.println();
  }

  /** Pretty-printed JSON. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }
}
