package io.github.ctyunjava.http.jdk;

import io.github.ctyunjava.core.http.ProxyConfiguration;
import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/** A {@link ProxyConfiguration} as the {@code HttpClient} takes it: a selector and credentials. */
final class ProxyRouting {
  private ProxyRouting() {}

  /** Sends through the proxy unless the target host is a non-proxy host. */
  static ProxySelector selector(ProxyConfiguration proxy) {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(proxy.proxyFor(uri.getHost()));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress proxyAddress, IOException e) {
        // one proxy, nothing to fall back on
      }
    };
  }

  /**
   * Answers the proxy's {@code 407} challenge with the configured credentials, and never a server's
   * {@code 401}. For an HTTPS target the JDK sends them in the CONNECT request only when Basic is
   * allowed for tunnels ({@code -Djdk.http.auth.tunneling.disabledSchemes=}, whose default disables
   * it).
   */
  static Authenticator authenticator(ProxyConfiguration proxy) {
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return getRequestorType() == RequestorType.PROXY
            ? new PasswordAuthentication(proxy.username(), proxy.password().toCharArray())
            : null;
      }
    };
  }
}
