package io.github.ctyunjava.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.core.signer.QueryParam;
import java.io.IOException;
import java.util.List;

/** Finds a {@code clientToken}, which makes a CTyun create call safe to repeat. */
final class ClientTokens {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClientTokens() {}

  static boolean present(List<QueryParam> query, byte[] body, String contentType) {
    for (QueryParam p : query) {
      if ("clientToken".equals(p.name()) && !p.value().isEmpty()) {
        return true;
      }
    }
    if (body.length == 0 || contentType == null || !contentType.contains("json")) {
      return false;
    }
    try {
      JsonNode token = MAPPER.readTree(body).get("clientToken");
      return token != null && token.isTextual() && !token.asText().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
