package io.github.ctyunjava.local.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.local.api.ApiError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses request bodies as JSON with tight limits; any failure becomes a parameter error. The
 * limits are checked on a token stream before the tree is built, with Jackson 2.12's API (the
 * emulator runs in-process with the user's Jackson; {@code StreamReadConstraints} is 2.15+).
 */
public final class JsonBodies {
  /** Deepest accepted nesting of arrays and objects. */
  public static final int MAX_DEPTH = 32;

  /** Longest accepted number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** Longest accepted string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** Longest accepted field name, in characters (below Jackson 2.16+'s own default of 50000). */
  public static final int MAX_NAME_LENGTH = 10_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final ThreadLocal<CharsetDecoder> UTF8 =
      ThreadLocal.withInitial(
          () ->
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));

  private JsonBodies() {}

  /**
   * Parses a JSON document in strict UTF-8.
   *
   * @return the tree, or null for an empty body
   * @throws ApiError {@code Openapi.Parameter.Error} describing the problem
   */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    String text;
    try {
      // Jackson would guess UTF-16/32 from the first bytes (NULs are valid UTF-8) and read
      // overlong UTF-8 forms: it only ever sees the strictly decoded text
      text = UTF8.get().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw ApiError.parameter(
          "the request body is not valid UTF-8 (strict: no overlong forms, no UTF-16)",
          "请求体不是合法的UTF-8编码");
    }
    try {
      checkLimits(text);
      try (JsonParser p = MAPPER.getFactory().createParser(text)) {
        JsonNode node = MAPPER.readTree(p);
        return node == null || node.isMissingNode() ? null : node;
      }
    } catch (IOException e) {
      throw ApiError.parameter(
          "the request body is not valid UTF-8 JSON: " + shortReason(e), "请求体不是合法的JSON");
    }
  }

  /** One pass over the tokens, without building anything: nesting depth and value sizes. */
  private static void checkLimits(String body) throws IOException {
    try (JsonParser p = MAPPER.getFactory().createParser(body)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        boolean tooLarge;
        switch (t) {
          case START_OBJECT:
          case START_ARRAY:
            tooLarge = ++depth > MAX_DEPTH;
            break;
          case END_OBJECT:
          case END_ARRAY:
            depth--;
            tooLarge = false;
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            tooLarge = p.getTextLength() > MAX_NUMBER_LENGTH;
            break;
          case VALUE_STRING:
            tooLarge = p.getTextLength() > MAX_STRING_LENGTH;
            break;
          case FIELD_NAME:
            tooLarge = p.getTextLength() > MAX_NAME_LENGTH;
            break;
          default:
            tooLarge = false;
        }
        if (tooLarge) {
          throw ApiError.parameter(
              "the request body is nested too deeply or has an oversized value (max depth "
                  + MAX_DEPTH
                  + ")",
              "请求体嵌套过深或字段值过大");
        }
      }
    }
  }

  private static String shortReason(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl > 0 ? m.substring(0, nl) : m;
    return m.length() > 160 ? m.substring(0, 160) : m;
  }
}
