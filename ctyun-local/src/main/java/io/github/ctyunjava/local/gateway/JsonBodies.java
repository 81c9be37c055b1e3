package io.github.ctyunjava.local.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

/** Parses request bodies as JSON with tight limits; any failure becomes a parameter error. */
public final class JsonBodies {
  /** Deepest accepted nesting of arrays and objects. */
  public static final int MAX_DEPTH = 32;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(64)
                          .maxStringLength(1 << 20)
                          .build())
                  .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
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
      // Jackson would guess UTF-16/32 from the first bytes and read overlong UTF-8 forms
      text = UTF8.get().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw ApiError.parameter(
          "the request body is not valid UTF-8 (strict: no overlong forms, no UTF-16)",
          "请求体不是合法的UTF-8编码");
    }
    try (JsonParser p = MAPPER.getFactory().createParser(text)) {
      JsonNode node = MAPPER.readTree(p);
      return node == null || node.isMissingNode() ? null : node;
    } catch (StreamConstraintsException e) {
      throw ApiError.parameter(
          "the request body is nested too deeply or has an oversized value (max depth "
              + MAX_DEPTH
              + ")",
          "请求体嵌套过深或字段值过大");
    } catch (IOException e) {
      throw ApiError.parameter(
          "the request body is not valid UTF-8 JSON: " + shortReason(e), "请求体不是合法的JSON");
    }
  }

  private static String shortReason(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl > 0 ? m.substring(0, nl) : m;
    return m.length() > 160 ? m.substring(0, 160) : m;
  }
}
