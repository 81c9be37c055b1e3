package io.github.ctyunjava.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One operation as one CTyun client encodes it: the request on the wire and what it decodes. */
public final class ContractRecord {
  /** The terraform provider's generated layer. */
  public static final String TERRAFORM = "terraform-generated";

  /** CTyun's hand-written Go SDK. */
  public static final String SDK_GO = "ctyun-sdk-go";

  private final JsonNode node;

  ContractRecord(JsonNode node) {
    this.node = node;
  }

  public String operationId() {
    return node.path("operationId").asText();
  }

  public String client() {
    return node.path("client").asText();
  }

  public String method() {
    return node.path("method").asText();
  }

  public String path() {
    return node.path("path").asText();
  }

  /** Query parameters in the order the client adds them. */
  public List<JsonNode> query() {
    return list(node.path("request").path("query"));
  }

  /** Top-level body fields in struct order; empty when the client sends no body. */
  public List<JsonNode> body() {
    return list(node.path("request").path("body"));
  }

  /** Whether the client writes a JSON body at all. */
  public boolean hasBody() {
    return node.path("request").path("body").isArray();
  }

  /** The declared {@code returnObj} tree, or a JSON null when the client declares none. */
  public JsonNode returnObj() {
    return node.path("response").path("returnObj");
  }

  /** The declared envelope keys beside {@code returnObj}. */
  public List<JsonNode> topLevel() {
    return list(node.path("response").path("topLevel"));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Override
  public String toString() {
    return operationId() + " (" + client() + ")";
  }
}
