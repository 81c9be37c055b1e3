package io.github.ctyunjava.core;

import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One CTyun OpenAPI call, before signing: product, method, path, query pairs in order, and the body
 * as the exact bytes to send. The one request model of the SDK: its wire part is the {@link
 * #signable()} request the signer reads (the signer alone builds one with {@link
 * SignableRequest#builder()}). Immutable.
 */
public final class CtyunRequest {
  /** Content type of JSON bodies. */
  public static final String JSON = "application/json";

  private final String product;
  private final SignableRequest signable;
  private final String contentType;
  private final boolean idempotent;
  private final String operationName;

  private CtyunRequest(Builder b) {
    this.product = b.product;
    this.signable =
        SignableRequest.builder().method(b.method).path(b.path).query(b.query).body(b.body).build();
    this.contentType = b.contentType;
    this.idempotent = b.idempotent;
    this.operationName = b.operationName;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The product code that selects the endpoint, e.g. {@code ctvpc} or {@code ecx}. */
  public String product() {
    return product;
  }

  /**
   * The catalogue's operation id, e.g. {@code listEndpoints}, set by the typed clients and the CLI;
   * null for a hand-built request. Not sent; interceptors use it to name the call.
   */
  public String operationName() {
    return operationName;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return signable.method();
  }

  /** The path, starting with {@code /}. */
  public String path() {
    return signable.path();
  }

  /** The query pairs, in the order given. */
  public List<QueryParam> query() {
    return signable.query();
  }

  /** A copy of the body bytes (empty when there is none). */
  public byte[] body() {
    return signable.body();
  }

  /**
   * The part of this request the EOP signature covers (method, path, query, body): what {@link
   * io.github.ctyunjava.core.signer.EopSigner} signs, built once with the request.
   */
  public SignableRequest signable() {
    return signable;
  }

  /** The body's content type, or null without a body. */
  public String contentType() {
    return contentType;
  }

  /**
   * Whether repeating this request is harmless: every GET, and a POST marked idempotent or carrying
   * a {@code clientToken}.
   */
  public boolean isRetrySafe() {
    return idempotent
        || "GET".equals(method())
        || ClientTokens.present(query(), signable.body(), contentType);
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .product(product)
            .method(method())
            .path(path())
            .idempotent(idempotent)
            .operationName(operationName);
    b.query.addAll(query());
    b.body = signable.body();
    b.contentType = contentType;
    return b;
  }

  @Override
  public String toString() {
    return "CtyunRequest{" + method() + " " + product + " " + path() + "}";
  }

  /** Builder of {@link CtyunRequest}. */
  public static final class Builder {
    private String product;
    private String method = "GET";
    private String path;
    private final List<QueryParam> query = new ArrayList<>();
    private byte[] body = new byte[0];
    private String contentType;
    private boolean idempotent;
    private String operationName;

    private Builder() {}

    /** The product code, e.g. {@code ctvpc}. */
    public Builder product(String product) {
      this.product = product;
      return this;
    }

    /** The HTTP method. */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      return this;
    }

    /** The path, e.g. {@code /v4/vpc/list}. */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /** Appends a query pair; repeated names are kept in order. */
    public Builder addQueryParam(String name, String value) {
      query.add(QueryParam.of(name, value));
      return this;
    }

    /** Appends query pairs. */
    public Builder query(List<QueryParam> params) {
      query.addAll(params);
      return this;
    }

    /** A JSON body, sent as its UTF-8 bytes. */
    public Builder jsonBody(String json) {
      return body(json == null ? null : json.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** A body of exact bytes and its content type; null bytes mean no body. */
    public Builder body(byte[] bytes, String contentType) {
      if (bytes == null || bytes.length == 0) {
        this.body = new byte[0];
        this.contentType = bytes == null ? null : contentType;
      } else {
        this.body = bytes.clone();
        this.contentType = Objects.requireNonNull(contentType, "contentType");
      }
      return this;
    }

    /** Marks a POST as safe to repeat (the service deduplicates it). */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** The catalogue's operation id, e.g. {@code listEndpoints} (default: none). */
    public Builder operationName(String operationName) {
      this.operationName = operationName;
      return this;
    }

    /** Builds the request. */
    public CtyunRequest build() {
      if (product == null || product.isEmpty()) {
        throw new IllegalArgumentException("request product is required (e.g. ctvpc, ecx)");
      }
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("request path must start with '/': " + path);
      }
      for (int i = 0; i < path.length(); i++) {
        char c = path.charAt(i);
        if (c <= 0x20 || c >= 0x7F || c == '?' || c == '#') {
          throw new IllegalArgumentException(
              "request path must be printable ASCII without '?', '#' or spaces: " + path);
        }
      }
      return new CtyunRequest(this);
    }
  }
}
