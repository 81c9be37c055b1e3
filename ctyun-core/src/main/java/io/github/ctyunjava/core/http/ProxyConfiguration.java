package io.github.ctyunjava.core.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The HTTP proxy requests go through: host, port, optional credentials and the hosts reached
 * directly. Immutable; the password never appears in {@link #toString()}.
 *
 * <p>Non-proxy host patterns: {@code example.com} (that host), {@code *.example.com} or {@code
 * .example.com} (its subdomains and itself), {@code *} (every host); case-insensitive. {@code
 * localhost} and {@code 127.0.0.1} are only bypassed when listed.
 */
public final class ProxyConfiguration {
  private static final ProxyConfiguration NONE = new ProxyConfiguration(null, -1, null, null, null);

  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private final List<String> nonProxyHosts;

  private ProxyConfiguration(
      String host, int port, String username, String password, List<String> nonProxyHosts) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.nonProxyHosts =
        nonProxyHosts == null
            ? Collections.<String>emptyList()
            : Collections.unmodifiableList(new ArrayList<>(nonProxyHosts));
  }

  /** No proxy at all: every request goes directly, whatever the JVM properties say. */
  public static ProxyConfiguration none() {
    return NONE;
  }

  /** A builder for a proxy at {@code host:port}. */
  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  /**
   * Parses a proxy URL as in {@code HTTPS_PROXY}: {@code http://[user[:password]@]host[:port]}
   * (port 80 when absent; a bare {@code host:port} is read as {@code http://host:port}).
   *
   * @throws IllegalArgumentException for anything else (the message never shows the password)
   */
  public static ProxyConfiguration parse(String url) {
    String text = url.trim();
    if (!text.contains("://")) {
      text = "http://" + text;
    }
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a proxy URL: " + redactUserInfo(text));
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "not a proxy URL (want http://host:port): " + redactUserInfo(text));
    }
    Builder b = builder(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort());
    String info = uri.getRawUserInfo();
    if (info != null && !info.isEmpty()) {
      int colon = info.indexOf(':');
      b.credentials(
          decode(colon < 0 ? info : info.substring(0, colon)),
          colon < 0 ? "" : decode(info.substring(colon + 1)));
    }
    return b.build();
  }

  /**
   * The proxy the environment asks for, for requests to {@code scheme} ({@code https} or {@code
   * http}): the JVM properties {@code https.proxyHost}/{@code https.proxyPort} (or {@code http.*})
   * with {@code http.nonProxyHosts}, else the variables {@code HTTPS_PROXY}/{@code https_proxy} (or
   * {@code HTTP_PROXY}/{@code http_proxy}) with {@code NO_PROXY}/{@code no_proxy}; null when
   * neither names one.
   */
  public static ProxyConfiguration fromEnvironment(
      Map<String, String> env, Properties properties, String scheme) {
    String prefix = "https".equalsIgnoreCase(scheme) ? "https" : "http";
    String propertyHost = properties.getProperty(prefix + ".proxyHost");
    if (propertyHost != null && !propertyHost.trim().isEmpty()) {
      String port = properties.getProperty(prefix + ".proxyPort");
      String nonProxy = properties.getProperty("http.nonProxyHosts");
      return builder(
              propertyHost.trim(),
              port == null || port.trim().isEmpty() ? 80 : Integer.parseInt(port.trim()))
          .nonProxyHosts(split(nonProxy, "\\|"))
          .build();
    }
    String url = variable(env, prefix.toUpperCase(Locale.ROOT) + "_PROXY");
    if (url == null) {
      return null;
    }
    return parse(url).toBuilder().nonProxyHosts(noProxyHosts(env)).build();
  }

  /** The patterns of {@code NO_PROXY} (or {@code no_proxy}), comma-separated; empty if unset. */
  public static List<String> noProxyHosts(Map<String, String> env) {
    return split(variable(env, "NO_PROXY"), ",");
  }

  private static String variable(Map<String, String> env, String upper) {
    String v = env.get(upper);
    if (v == null || v.trim().isEmpty()) {
      v = env.get(upper.toLowerCase(Locale.ROOT));
    }
    return v == null || v.trim().isEmpty() ? null : v.trim();
  }

  private static List<String> split(String list, String separator) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      for (String s : list.split(separator)) {
        if (!s.trim().isEmpty()) {
          out.add(s.trim());
        }
      }
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), "UTF-8");
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The URL with everything up to the authority's last {@code @} masked (a password may hold one).
   */
  private static String redactUserInfo(String url) {
    return url.replaceAll("//[^/]*@", "//****@");
  }

  /** Whether this configuration names a proxy ({@link #none()} does not). */
  public boolean isEnabled() {
    return host != null;
  }

  /** The proxy host, or null for {@link #none()}. */
  public String host() {
    return host;
  }

  /** The proxy port, or -1 for {@link #none()}. */
  public int port() {
    return port;
  }

  /** The proxy user name, or null. */
  public String username() {
    return username;
  }

  /** The proxy password, or null. Never logged. */
  public String password() {
    return password;
  }

  /** The patterns of hosts reached directly. */
  public List<String> nonProxyHosts() {
    return nonProxyHosts;
  }

  /** Whether requests to {@code targetHost} go directly (no proxy, or a non-proxy pattern). */
  public boolean bypasses(String targetHost) {
    if (!isEnabled()) {
      return true;
    }
    String h = targetHost.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    for (String pattern : nonProxyHosts) {
      String p = pattern.toLowerCase(Locale.ROOT);
      if (p.equals("*") || p.equals(h)) {
        return true;
      }
      String domain = p.startsWith("*.") ? p.substring(1) : p.startsWith(".") ? p : null;
      if (domain != null && (h.endsWith(domain) || h.equals(domain.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  /** The {@link Proxy} for a request to {@code targetHost}: {@link Proxy#NO_PROXY} if bypassed. */
  public Proxy proxyFor(String targetHost) {
    return bypasses(targetHost)
        ? Proxy.NO_PROXY
        : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
  }

  /** The {@code Proxy-Authorization} value for Basic credentials, or null without credentials. */
  public String basicAuthorization() {
    if (username == null) {
      return null;
    }
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder(host, port);
    b.username = username;
    b.password = password;
    b.nonProxyHosts = new ArrayList<>(nonProxyHosts);
    return b;
  }

  @Override
  public String toString() {
    if (!isEnabled()) {
      return "ProxyConfiguration{none}";
    }
    return "ProxyConfiguration{"
        + host
        + ":"
        + port
        + (username == null ? "" : ", user=" + username + ", password=****")
        + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts)
        + "}";
  }

  /** Builder of {@link ProxyConfiguration}. */
  public static final class Builder {
    private final String host;
    private final int port;
    private String username;
    private String password;
    private List<String> nonProxyHosts = new ArrayList<>();

    private Builder(String host, int port) {
      this.host = host;
      this.port = port;
    }

    /** Basic credentials sent to the proxy. */
    public Builder credentials(String username, String password) {
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** Hosts reached directly (see the class description for the patterns). */
    public Builder nonProxyHosts(List<String> patterns) {
      this.nonProxyHosts = new ArrayList<>(patterns);
      return this;
    }

    /** Builds the configuration. */
    public ProxyConfiguration build() {
      if (host == null || host.trim().isEmpty()) {
        throw new IllegalArgumentException("proxy host must not be empty");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("proxy port must be 1-65535: " + port);
      }
      return new ProxyConfiguration(host, port, username, password, nonProxyHosts);
    }
  }
}
