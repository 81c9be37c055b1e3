package io.github.ctyunjava.core.http;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What a client asks of a transport it creates through an {@link AsyncHttpTransportProvider}:
 * connect timeout, response size limit, TLS trust and proxy. Immutable.
 */
public final class HttpTransportOptions {
  private final Duration connectTimeout;
  private final long maxResponseBytes;
  private final SSLContext sslContext;
  private final ProxyConfiguration proxy;

  private HttpTransportOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.sslContext = b.sslContext;
    this.proxy = b.proxy;
  }

  /** The proxy to send through, or null for the JVM's default proxy selector. */
  public ProxyConfiguration proxy() {
    return proxy;
  }

  /** A builder with a 10 s connect timeout, a 64 MiB limit and the JVM's trust. */
  public static Builder builder() {
    return new Builder();
  }

  /** The TCP (and TLS handshake) connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The largest response body accepted, in bytes. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * The TLS context to use (e.g. from {@link CaBundle#sslContext}), or null for the JVM's default.
   * Certificates and host names are verified either way.
   */
  public SSLContext sslContext() {
    return sslContext;
  }

  @Override
  public String toString() {
    return "HttpTransportOptions{connectTimeout="
        + connectTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", customTrust="
        + (sslContext != null)
        + ", proxy="
        + proxy
        + "}";
  }

  /** Builder of {@link HttpTransportOptions}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private long maxResponseBytes = UrlConnectionTransport.DEFAULT_MAX_RESPONSE_BYTES;
    private SSLContext sslContext;
    private ProxyConfiguration proxy;

    private Builder() {}

    /** The proxy, or null for the JVM's default proxy selector. */
    public Builder proxy(ProxyConfiguration proxy) {
      this.proxy = proxy;
      return this;
    }

    /** The connect timeout (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
      return this;
    }

    /** The response size limit in bytes (default 64 MiB). */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** The TLS context, or null for the JVM's default. */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /** Builds the options. */
    public HttpTransportOptions build() {
      return new HttpTransportOptions(this);
    }
  }
}
