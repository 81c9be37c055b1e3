package io.github.ctyunjava.core.signer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the EOP signature covers: the query pairs in order and the exact body bytes. Method and path
 * are carried for the caller's benefit; EOP does not sign them.
 */
public final class SignableRequest {
  private static final byte[] NO_BODY = new byte[0];

  private final String method;
  private final String path;
  private final List<QueryParam> query;
  private final byte[] body;

  private SignableRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.query = Collections.unmodifiableList(new ArrayList<>(b.query));
    this.body = b.body;
  }

  /** A new builder ({@code GET /} with no query and no body). */
  public static Builder builder() {
    return new Builder();
  }

  /** The HTTP method (not signed). */
  public String method() {
    return method;
  }

  /** The request path (not signed). */
  public String path() {
    return path;
  }

  /** The query pairs, in the order given. */
  public List<QueryParam> query() {
    return query;
  }

  /** A copy of the body bytes; empty when there is no body. */
  public byte[] body() {
    return body.clone();
  }

  /** The body length in bytes. */
  public int bodyLength() {
    return body.length;
  }

  byte[] bodyUnsafe() {
    return body;
  }

  @Override
  public String toString() {
    return "SignableRequest{"
        + method
        + " "
        + path
        + ", "
        + query.size()
        + " query params, "
        + body.length
        + " body bytes}";
  }

  /** Builder of {@link SignableRequest}. */
  public static final class Builder {
    private String method = "GET";
    private String path = "/";
    private final List<QueryParam> query = new ArrayList<>();
    private byte[] body = NO_BODY;

    private Builder() {}

    /** The HTTP method. */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /** The request path. */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** Appends one query pair; repeats are kept. */
    public Builder addQueryParam(String name, String value) {
      query.add(QueryParam.of(name, value));
      return this;
    }

    /** Appends query pairs in order. */
    public Builder query(List<QueryParam> params) {
      query.addAll(params);
      return this;
    }

    /** The exact body bytes (copied); null means no body. */
    public Builder body(byte[] body) {
      this.body = body == null || body.length == 0 ? NO_BODY : body.clone();
      return this;
    }

    /** The body as UTF-8 text; null means no body. */
    public Builder body(String body) {
      this.body = body == null ? NO_BODY : body.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /** Builds the immutable request. */
    public SignableRequest build() {
      return new SignableRequest(this);
    }
  }
}
