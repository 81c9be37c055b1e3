package io.github.ctyunjava.core.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.CtyunResponse;
import io.github.ctyunjava.core.catalog.OperationCatalog.Field;
import io.github.ctyunjava.core.catalog.OperationCatalog.Operation;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.internal.JsonFields;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns a typed request into a {@link CtyunRequest} using an operation catalogue (query vs body
 * placement, method, path, idempotency, clientToken filling) and reads the typed response. The
 * product-neutral engine behind the generated typed clients; thread-safe.
 */
public final class OperationInvoker implements AutoCloseable {
  /** The field filled from the client's default region ({@link CtyunClient#regionId()}). */
  private static final String REGION_ID = "regionID";

  private static final Set<String> ENVELOPE =
      new HashSet<>(
          Arrays.asList("statusCode", "message", "description", "errorCode", "error", "returnObj"));

  private final CtyunClient client;
  private final boolean ownsClient;
  private final OperationCatalog catalog;
  private final Supplier<String> clientTokens;
  private final ObjectMapper mapper;

  /**
   * An invoker.
   *
   * @param client the core client that signs and sends
   * @param ownsClient whether {@link #close()} closes {@code client}
   * @param catalog the wire facts of the operations
   * @param clientTokens where missing body clientTokens come from (called once per call)
   */
  public OperationInvoker(
      CtyunClient client,
      boolean ownsClient,
      OperationCatalog catalog,
      Supplier<String> clientTokens) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.catalog = catalog;
    this.clientTokens = clientTokens;
    this.mapper =
        new ObjectMapper()
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
  }

  /**
   * {@code request} with the client's defaults applied: when the operation requires {@code
   * regionID} and the request leaves it unset, the client's {@link CtyunClient#regionId() default
   * region} (builder, {@code CTYUN_REGION}, profile). Returns {@code request} itself when nothing
   * is filled in.
   *
   * @throws IllegalArgumentException if the catalogue has no such operation
   */
  @SuppressWarnings("unchecked")
  public <T> T withDefaults(String operationId, T request) {
    String region = client.regionId();
    Field field = catalog.operation(operationId).field(REGION_ID);
    if (region == null || field == null || !field.required()) {
      return request;
    }
    ObjectNode fields = mapper.valueToTree(request);
    if (hasText(fields.get(REGION_ID))) {
      return request;
    }
    fields.put(REGION_ID, region);
    try {
      return (T) mapper.treeToValue(fields, request.getClass());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot apply the default regionID to " + operationId, e);
    }
  }

  /**
   * Calls {@code operationId} with the fields of {@code request} (a typed model serialised with its
   * wire names) and reads the answer into {@code responseType}: a flattened {@code returnObj} plus
   * top-level extras, or the {@code returnObj} as one field, as the catalogue says.
   *
   * @throws IllegalArgumentException if the catalogue has no such operation
   * @throws io.github.ctyunjava.core.exception.CtyunServiceException for a service or gateway error
   * @throws CtyunClientException if the call could not be made or its answer read
   */
  public <R> R invoke(String operationId, Object request, Class<R> responseType) {
    Operation op = catalog.operation(operationId);
    CtyunResponse response = client.call(toRequest(op, withClientToken(op, request)));
    return read(op, response, responseType);
  }

  /**
   * Whether {@link #invokeAsync} is available: the core client has an asynchronous transport
   * ({@link CtyunClient#hasAsyncTransport()}).
   */
  public boolean supportsAsync() {
    return client.hasAsyncTransport();
  }

  /**
   * {@link #invoke} on the core client's asynchronous transport, with the client's defaults ({@link
   * #withDefaults}) applied and {@code validator} run first: no thread waits for the answer. Every
   * failure, a null or invalid request included, completes the future exceptionally; cancelling it
   * cancels the call.
   *
   * @throws IllegalStateException when the core client has no asynchronous transport
   */
  public <T, R> CompletableFuture<R> invokeAsync(
      String operationId, T request, Consumer<? super T> validator, Class<R> responseType) {
    if (!supportsAsync()) {
      throw new IllegalStateException("the core client has no asynchronous transport");
    }
    Operation op;
    CtyunRequest call;
    try {
      T withDefaults = withDefaults(operationId, Objects.requireNonNull(request, "request"));
      validator.accept(withDefaults);
      op = catalog.operation(operationId);
      call = toRequest(op, withClientToken(op, withDefaults));
    } catch (RuntimeException e) {
      CompletableFuture<R> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    CompletableFuture<CtyunResponse> answer = client.callAsync(call);
    CompletableFuture<R> typed = answer.thenApply(response -> read(op, response, responseType));
    typed.whenComplete(
        (r, t) -> {
          if (typed.isCancelled()) {
            answer.cancel(true);
          }
        });
    return typed;
  }

  /** The request's fields, with a generated clientToken first when the operation wants one. */
  private ObjectNode withClientToken(Operation op, Object request) {
    ObjectNode fields = mapper.valueToTree(request);
    if (op.clientTokenAuto() && !hasText(fields.get("clientToken"))) {
      ObjectNode withToken = mapper.createObjectNode().put("clientToken", clientTokens.get());
      fields.remove("clientToken");
      withToken.setAll(fields);
      fields = withToken; // first, where the spec lists it
    }
    return fields;
  }

  /**
   * The request for {@code op} with {@code fields} (wire names): each field in the query string or
   * the JSON body as the catalogue says, lists as repeated query keys, a JSON body on every
   * non-GET. The one place that decides placement, for the typed clients and the CLI alike.
   *
   * @throws IllegalStateException for a field the catalogue does not list for the operation
   */
  public static CtyunRequest toRequest(Operation op, ObjectNode fields) {
    CtyunRequest.Builder b =
        CtyunRequest.builder()
            .product(op.product())
            .operationName(op.operationId())
            .method(op.method())
            .path(op.path())
            .idempotent(op.idempotent());
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> e : JsonFields.of(fields)) {
      Field f = op.field(e.getKey());
      if (f == null) {
        throw new IllegalStateException(
            op.operationId() + ": field " + e.getKey() + " is not in the operation catalogue");
      }
      if (f.inQuery()) {
        addQuery(b, e.getKey(), e.getValue());
      } else {
        body.set(e.getKey(), e.getValue());
      }
    }
    if (!"GET".equals(op.method())) {
      b.jsonBody(body.toString());
    }
    return b.build();
  }

  private static boolean hasText(JsonNode n) {
    return n != null && n.isTextual() && !n.asText().isEmpty();
  }

  private static void addQuery(CtyunRequest.Builder b, String name, JsonNode value) {
    if (value.isArray()) {
      for (JsonNode v : value) {
        b.addQueryParam(name, v.isValueNode() ? v.asText() : v.toString());
      }
    } else if (value.isValueNode()) {
      b.addQueryParam(name, value.asText());
    } else {
      b.addQueryParam(name, value.toString());
    }
  }

  private <R> R read(Operation op, CtyunResponse response, Class<R> type) {
    JsonNode root = response.envelope().json();
    ObjectNode node = mapper.createObjectNode();
    for (Map.Entry<String, JsonNode> e : JsonFields.of(root)) {
      if (!ENVELOPE.contains(e.getKey())) {
        node.set(e.getKey(), e.getValue());
      }
    }
    JsonNode returnObj = root.get("returnObj");
    if (returnObj != null && !returnObj.isNull()) {
      if ("flatten".equals(op.response())) {
        if (returnObj.isObject()) {
          for (Map.Entry<String, JsonNode> e : JsonFields.of(returnObj)) {
            if (!e.getValue().isNull() || !node.has(e.getKey())) {
              node.set(e.getKey(), e.getValue());
            }
          }
        }
      } else if ("return_obj".equals(op.response())) {
        node.set("returnObj", returnObj);
      }
    }
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new CtyunClientException(
          "cannot read the " + op.operationId() + " response: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  @Override
  public String toString() {
    return client.toString();
  }
}
