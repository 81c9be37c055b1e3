package io.github.ctyunjava.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One API operation as described by the product's OpenAPI document.
 *
 * @param product the product serving it
 * @param operationId the spec's operationId
 * @param method HTTP method (upper case)
 * @param path the path, e.g. {@code /v4/vpc/create}
 * @param evidence the spec's {@code x-evidence} value
 * @param queryParams query parameters
 * @param bodySchema JSON schema of the request body, or null when the operation takes none
 */
public record Operation(
    Product product,
    String operationId,
    String method,
    String path,
    String evidence,
    List<Param> queryParams,
    JsonNode bodySchema) {

  /** Copies the list. */
  public Operation {
    queryParams = List.copyOf(queryParams);
  }

  /** Whether the body schema has a property of that name. */
  public boolean hasBodyField(String name) {
    return bodySchema != null && bodySchema.path("properties").has(name);
  }

  /**
   * A query parameter.
   *
   * @param name wire name
   * @param required whether it must be present
   * @param schema its JSON schema
   */
  public record Param(String name, boolean required, JsonNode schema) {}
}
