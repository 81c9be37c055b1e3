package io.github.ctyunjava.vpce.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VPCE operation catalogue: the wire facts of every typed operation (product, method, path,
 * query vs body fields, idempotency, billing, pagination), generated from the spec into {@code
 * operations.json}. The SDK, the CLI and the emulator read this one copy. Immutable, thread-safe.
 */
public final class OperationCatalog {
  /** The classpath resource holding the catalogue. */
  public static final String RESOURCE = "/io/github/ctyunjava/vpce/catalog/operations.json";

  private static volatile OperationCatalog defaultCatalog;

  private final String generatedFrom;
  private final String specVersion;
  private final Map<String, Operation> operations;

  private OperationCatalog(JsonNode root) {
    this.generatedFrom = root.path("generatedFrom").asText();
    this.specVersion = root.path("specVersion").asText();
    Map<String, Operation> ops = new LinkedHashMap<>();
    for (JsonNode o : root.path("operations")) {
      Operation op = new Operation(o);
      ops.put(op.operationId(), op);
    }
    this.operations = Collections.unmodifiableMap(ops);
  }

  /** The catalogue bundled with this library (loaded once). */
  public static OperationCatalog load() {
    OperationCatalog c = defaultCatalog;
    if (c == null) {
      try (InputStream in = OperationCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        c = new OperationCatalog(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      defaultCatalog = c;
    }
    return c;
  }

  /** The spec file the catalogue was generated from, e.g. {@code spec/ctvpc-vpce.openapi.yaml}. */
  public String generatedFrom() {
    return generatedFrom;
  }

  /** {@code info.version} of that spec. */
  public String specVersion() {
    return specVersion;
  }

  /** All operations in spec order. */
  public List<Operation> operations() {
    return Collections.unmodifiableList(new ArrayList<>(operations.values()));
  }

  /** The operation with this id, or null. */
  public Operation find(String operationId) {
    return operations.get(operationId);
  }

  /**
   * The operation with this id.
   *
   * @throws IllegalArgumentException if the catalogue has no such operation
   */
  public Operation operation(String operationId) {
    Operation op = operations.get(operationId);
    if (op == null) {
      throw new IllegalArgumentException("unknown operation " + operationId);
    }
    return op;
  }

  /** The operation answering {@code method path}, or null. */
  public Operation find(String method, String path) {
    for (Operation op : operations.values()) {
      if (op.method().equalsIgnoreCase(method) && op.path().equals(path)) {
        return op;
      }
    }
    return null;
  }

  /** One operation's wire facts. */
  public static final class Operation {
    private final String operationId;
    private final String product;
    private final String method;
    private final String path;
    private final String evidence;
    private final String tag;
    private final String summary;
    private final boolean idempotent;
    private final boolean billed;
    private final boolean clientTokenAuto;
    private final String response;
    private final String requestClass;
    private final String responseClass;
    private final List<Field> fields;
    private final Map<String, Field> byName;
    private final Pagination pagination;

    Operation(JsonNode o) {
      operationId = o.path("operationId").asText();
      product = o.path("product").asText();
      method = o.path("method").asText();
      path = o.path("path").asText();
      evidence = o.path("evidence").asText();
      tag = o.path("tag").asText();
      summary = o.path("summary").asText();
      idempotent = o.path("idempotent").asBoolean();
      billed = o.path("billed").asBoolean();
      clientTokenAuto = o.path("clientTokenAuto").asBoolean();
      response = o.path("response").asText();
      requestClass = o.path("requestClass").asText();
      responseClass = o.path("responseClass").asText();
      List<Field> list = new ArrayList<>();
      Map<String, Field> map = new LinkedHashMap<>();
      for (JsonNode f : o.path("fields")) {
        Field field = new Field(f);
        list.add(field);
        map.put(field.name(), field);
      }
      fields = Collections.unmodifiableList(list);
      byName = Collections.unmodifiableMap(map);
      pagination = o.has("pagination") ? new Pagination(o.get("pagination")) : null;
    }

    /** The spec's operationId, e.g. {@code createEndpoint}. */
    public String operationId() {
      return operationId;
    }

    /** The product code that selects the endpoint host, e.g. {@code ctvpc}. */
    public String product() {
      return product;
    }

    /** The HTTP method, {@code GET} or {@code POST}. */
    public String method() {
      return method;
    }

    /** The path, e.g. {@code /v4/vpce/create-endpoint}. */
    public String path() {
      return path;
    }

    /** The spec's {@code x-evidence} of the operation ({@code verified} or {@code inferred}). */
    public String evidence() {
      return evidence;
    }

    /** The spec tag (resource group), e.g. {@code endpoint}. */
    public String tag() {
      return tag;
    }

    /** The spec summary. */
    public String summary() {
      return summary;
    }

    /** Whether repeating the call is harmless without a clientToken (every GET). */
    public boolean idempotent() {
      return idempotent;
    }

    /** Whether the call places a billing order (its answer carries masterOrderID). */
    public boolean billed() {
      return billed;
    }

    /** Whether the SDK fills a missing body {@code clientToken} (and reuses it across retries). */
    public boolean clientTokenAuto() {
      return clientTokenAuto;
    }

    /**
     * How returnObj maps onto the response model: {@code flatten} (its fields become the
     * response's), {@code return_obj} (one field {@code returnObj}) or {@code none}.
     */
    public String response() {
      return response;
    }

    /** The typed request class name. */
    public String requestClass() {
      return requestClass;
    }

    /** The typed response class name. */
    public String responseClass() {
      return responseClass;
    }

    /** The request fields in spec order. */
    public List<Field> fields() {
      return fields;
    }

    /** The request field with this wire name, or null. */
    public Field field(String name) {
      return byName.get(name);
    }

    /** The paging facts, or null when the operation is not a paged list. */
    public Pagination pagination() {
      return pagination;
    }

    @Override
    public String toString() {
      return operationId + " " + method + " " + path;
    }
  }

  /** One request field: wire name, placement, type, required flag, allowed values. */
  public static final class Field {
    private final String name;
    private final String in;
    private final String type;
    private final boolean required;
    private final List<String> enumValues;
    private final boolean deprecated;
    private final String evidence;
    private final String requiredWhen;
    private final Integer minLength;
    private final Integer maxLength;
    private final Integer minimum;
    private final Integer maximum;
    private final String pattern;
    private final String format;
    private final List<Field> fields;

    Field(JsonNode f) {
      name = f.path("name").asText();
      in = f.path("in").asText();
      type = f.path("type").asText();
      required = f.path("required").asBoolean();
      List<String> values = new ArrayList<>();
      for (JsonNode v : f.path("enum")) {
        values.add(v.asText());
      }
      enumValues = Collections.unmodifiableList(values);
      deprecated = f.path("deprecated").asBoolean(false);
      evidence = f.path("evidence").asText("verified");
      requiredWhen = f.has("requiredWhen") ? f.get("requiredWhen").asText() : null;
      minLength = f.has("minLength") ? f.get("minLength").asInt() : null;
      maxLength = f.has("maxLength") ? f.get("maxLength").asInt() : null;
      minimum = f.has("minimum") ? f.get("minimum").asInt() : null;
      maximum = f.has("maximum") ? f.get("maximum").asInt() : null;
      pattern = f.has("pattern") ? f.get("pattern").asText() : null;
      format = f.has("format") ? f.get("format").asText() : null;
      List<Field> nested = new ArrayList<>();
      for (JsonNode n : f.path("fields")) {
        nested.add(new Field(n));
      }
      fields = Collections.unmodifiableList(nested);
    }

    /** The spec's minimum string length, or null. */
    public Integer minLength() {
      return minLength;
    }

    /** The spec's maximum string length, or null. */
    public Integer maxLength() {
      return maxLength;
    }

    /** The spec's minimum number, or null. */
    public Integer minimum() {
      return minimum;
    }

    /** The spec's maximum number, or null. */
    public Integer maximum() {
      return maximum;
    }

    /** The spec's regular expression, or null. */
    public String pattern() {
      return pattern;
    }

    /** The spec's string format (e.g. {@code email}), or null. */
    public String format() {
      return format;
    }

    /** The fields of an object (or of the objects of an array), or an empty list. */
    public List<Field> fields() {
      return fields;
    }

    /** The wire name, e.g. {@code regionID}. */
    public String name() {
      return name;
    }

    /** {@code query} or {@code body} (empty for the fields of a nested object). */
    public String in() {
      return in;
    }

    /** Whether the field goes in the query string. */
    public boolean inQuery() {
      return "query".equals(in);
    }

    /**
     * The type: {@code string}, {@code integer}, {@code int64}, {@code number}, {@code boolean},
     * {@code object} or {@code array<...>}.
     */
    public String type() {
      return type;
    }

    /** Whether the spec marks the field required. */
    public boolean required() {
      return required;
    }

    /** The values the spec lists (as text), or an empty list. */
    public List<String> enumValues() {
      return enumValues;
    }

    /** Whether the spec marks the field deprecated. */
    public boolean deprecated() {
      return deprecated;
    }

    /** The field's evidence ({@code verified} unless the spec says otherwise). */
    public String evidence() {
      return evidence;
    }

    /** The spec's condition under which the field is required, or null. */
    public String requiredWhen() {
      return requiredWhen;
    }

    @Override
    public String toString() {
      return name + "(" + in + " " + type + (required ? ", required" : "") + ")";
    }
  }

  /** Paging facts of a list operation. */
  public static final class Pagination {
    private final String pageParam;
    private final String sizeParam;
    private final int defaultPageSize;
    private final Integer maxPageSize;
    private final String counts;
    private final String items;

    Pagination(JsonNode p) {
      pageParam = p.path("pageParam").asText();
      sizeParam = p.path("sizeParam").asText();
      defaultPageSize = p.path("defaultPageSize").asInt(10);
      maxPageSize = p.has("maxPageSize") ? p.get("maxPageSize").asInt() : null;
      counts = p.path("counts").asText();
      items = p.path("items").asText();
    }

    /** The page-number parameter: {@code pageNo} or {@code pageNumber}. */
    public String pageParam() {
      return pageParam;
    }

    /** The page-size parameter ({@code pageSize}). */
    public String sizeParam() {
      return sizeParam;
    }

    /** The page size the service uses when none is given. */
    public int defaultPageSize() {
      return defaultPageSize;
    }

    /** The documented maximum page size, or null. */
    public Integer maxPageSize() {
      return maxPageSize;
    }

    /**
     * Where the counts are: {@code top}, {@code returnObj}, {@code both}, {@code returnObj[]}
     * (inside the array elements) or {@code none}.
     */
    public String counts() {
      return counts;
    }

    /** Where the items are, e.g. {@code returnObj.endpoints} or {@code returnObj[].results}. */
    public String items() {
      return items;
    }
  }
}
