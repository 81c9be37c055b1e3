package io.github.ctyunjava.http.jdk;

import static io.github.ctyunjava.http.jdk.EmulatorRequests.listVpcs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both transports through a proxy in front of the emulator: a CONNECT tunnel to its TLS port, a
 * plain-HTTP proxy demanding credentials, and the {@code HTTPS_PROXY}/{@code NO_PROXY} variables.
 */
class ProxyTest {
  @RegisterExtension
  static final CtyunLocalExtension LOCAL = CtyunLocalExtension.withOptions(o -> o.tls(true));

  private TinyProxy proxy;

  @AfterEach
  void stop() throws Exception {
    proxy.close();
  }

  private static String tls() {
    return LOCAL.local().tlsEndpoint().toString();
  }

  private static String tlsAuthority() {
    return LOCAL.local().tlsEndpoint().getHost() + ":" + LOCAL.local().tlsEndpoint().getPort();
  }

  private CtyunClient.Builder viaProxy(String endpoint, ProxyConfiguration p) {
    return CtyunClient.builder()
        .configuration(LOCAL.configuration())
        .endpointOverride(endpoint)
        .caBundle(LOCAL.local().caFile())
        .proxy(p);
  }

  // ---- through a CONNECT tunnel
  @Test
  void theBlockingTransportTunnelsToTheTlsPort() throws Exception {
    proxy = new TinyProxy(null);
    try (CtyunClient c =
        viaProxy(tls(), ProxyConfiguration.builder("127.0.0.1", proxy.port()).build())
            .discoverAsyncTransport(false)
            .build()) {
      assertThat(c.call(listVpcs()).envelope().isSuccess()).isTrue();
    }
    assertThat(proxy.requestLines()).contains("CONNECT " + tlsAuthority() + " HTTP/1.1");
  }

  @Test
  void theJdkTransportTunnelsToTheTlsPort() throws Exception {
    proxy = new TinyProxy(null);
    try (CtyunClient c =
        viaProxy(tls(), ProxyConfiguration.builder("127.0.0.1", proxy.port()).build()).build()) {
      assertThat(c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS).envelope().isSuccess()).isTrue();
    }
    assertThat(proxy.requestLines()).contains("CONNECT " + tlsAuthority() + " HTTP/1.1");
  }

  @Test
  void httpsProxyFromTheEnvironmentIsUsedAndNoProxyBypassesIt() throws Exception {
    proxy = new TinyProxy(null);
    Map<String, String> env = new HashMap<>(LOCAL.configuration().environment());
    env.put("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port());
    try (CtyunClient c = fromEnvironment(env)) {
      assertThat(c.call(listVpcs()).envelope().isSuccess()).isTrue();
      assertThat(c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS).envelope().isSuccess()).isTrue();
    }
    int tunnels = proxy.requestLines().size();
    assertThat(tunnels).isGreaterThanOrEqualTo(2);
    env.put("NO_PROXY", "localhost,127.0.0.1");
    try (CtyunClient c = fromEnvironment(env)) {
      assertThat(c.call(listVpcs()).envelope().isSuccess()).isTrue();
      assertThat(c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS).envelope().isSuccess()).isTrue();
    }
    assertThat(proxy.requestLines()).hasSize(tunnels);
  }

  private CtyunClient fromEnvironment(Map<String, String> env) {
    CtyunConfiguration config =
        CtyunConfiguration.loader()
            .environment(env)
            .systemProperties(new Properties())
            .set(Setting.ENDPOINT_URL, tls())
            .load();
    return CtyunClient.builder().configuration(config).caBundle(LOCAL.local().caFile()).build();
  }

  // ---- through a plain proxy that demands credentials
  private final String expected =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("proxyuser:pr0xy-pass".getBytes(StandardCharsets.UTF_8));

  private ProxyConfiguration withCredentials() {
    return ProxyConfiguration.builder("127.0.0.1", proxy.port())
        .credentials("proxyuser", "pr0xy-pass")
        .build();
  }

  @Test
  void bothTransportsSendTheCredentialsAndAnAbsoluteUrl() throws Exception {
    proxy = new TinyProxy(expected);
    String http = LOCAL.endpoint().toString();
    try (CtyunClient c = viaProxy(http, withCredentials()).build()) {
      assertThat(c.call(listVpcs()).envelope().isSuccess()).isTrue();
      assertThat(c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS).envelope().isSuccess()).isTrue();
    }
    assertThat(proxy.requestLines())
        .allSatisfy(l -> assertThat(l).startsWith("GET " + http + "/v4/vpc/list?"));
    // the blocking transport sends them at once, the JDK one after the 407 challenge
    assertThat(proxy.authorizations()).containsSubsequence(expected, "-", expected);
  }
}
