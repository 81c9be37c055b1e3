package io.github.ctyunjava.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.CtyunServiceException;

/**
 * The demo's generic SDK calls: GET with query pairs, POST with a JSON body, each answered by the
 * full response envelope. An operation the emulator does not serve yet (HTTP 501, {@value
 * #NOT_IMPLEMENTED}) becomes a {@link NotEmulatedException}.
 */
final class DemoApi {
  /** The emulator's errorCode for an operation it has no handler for. */
  static final String NOT_IMPLEMENTED = "Eop.Route.NotImplemented";

  private final CtyunClient client;

  DemoApi(CtyunClient client) {
    this.client = client;
  }

  /** A GET with query parameters given as name, value, name, value, ... */
  JsonNode get(DemoOp op, String... nameValues) {
    if (!"GET".equals(op.method()) || nameValues.length % 2 != 0) {
      throw new IllegalArgumentException(op.id() + ": GET with name/value pairs expected");
    }
    CtyunRequest.Builder b = request(op);
    for (int i = 0; i < nameValues.length; i += 2) {
      b.addQueryParam(nameValues[i], nameValues[i + 1]);
    }
    return call(op, b);
  }

  /** A POST with a JSON body. */
  JsonNode post(DemoOp op, ObjectNode body) {
    if (!"POST".equals(op.method())) {
      throw new IllegalArgumentException(op.id() + " is not a POST");
    }
    return call(op, request(op).body(Json.bytes(body), CtyunRequest.JSON));
  }

  private static CtyunRequest.Builder request(DemoOp op) {
    return CtyunRequest.builder().product(op.product()).method(op.method()).path(op.path());
  }

  private JsonNode call(DemoOp op, CtyunRequest.Builder request) {
    try {
      return client.call(request.build()).envelope().json();
    } catch (CtyunServiceException e) {
      if (e.httpStatus() == 501 || NOT_IMPLEMENTED.equals(e.errorCode())) {
        throw new NotEmulatedException(op.id());
      }
      throw e;
    }
  }
}
