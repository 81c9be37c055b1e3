package io.github.ctyunjava.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.config.ConfigurationException;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProxyConfigurationTest {
  @Test
  void parsesAProxyUrlWithCredentialsAndNeverShowsThePassword() {
    ProxyConfiguration p = ProxyConfiguration.parse("http://alice:s%40cret@proxy.corp:3128");
    assertThat(p.host()).isEqualTo("proxy.corp");
    assertThat(p.port()).isEqualTo(3128);
    assertThat(p.username()).isEqualTo("alice");
    assertThat(p.password()).isEqualTo("s@cret");
    assertThat(p.toString()).contains("alice").doesNotContain("s@cret").doesNotContain("s%40");
    assertThat(ProxyConfiguration.parse("proxy.corp:8080").port()).isEqualTo(8080);
    assertThat(ProxyConfiguration.parse("http://proxy.corp").port()).isEqualTo(80);
    assertThatThrownBy(() -> ProxyConfiguration.parse("socks5://bob:hunter2@proxy:1080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("hunter2");
    // an unencoded '@' in the password: refused, and no part of the password in the message
    assertThatThrownBy(() -> ProxyConfiguration.parse("http://bob:hun@ter2@proxy:1080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("hun")
        .hasMessageNotContaining("ter2")
        .hasMessageContaining("proxy:1080");
  }

  @Test
  void nonProxyPatternsMatchHostsAndSubdomains() {
    ProxyConfiguration p =
        ProxyConfiguration.builder("proxy", 3128)
            .nonProxyHosts(Arrays.asList("*.example.com", ".internal", "10.0.0.1"))
            .build();
    assertThat(p.bypasses("api.example.com")).isTrue();
    assertThat(p.bypasses("a.b.EXAMPLE.com")).isTrue();
    assertThat(p.bypasses("example.com")).isTrue();
    assertThat(p.bypasses("notexample.com")).isFalse();
    assertThat(p.bypasses("svc.internal")).isTrue();
    assertThat(p.bypasses("10.0.0.1")).isTrue();
    assertThat(p.bypasses("ctvpc-global.ctapi.ctyun.cn")).isFalse();
    assertThat(p.proxyFor("ctvpc-global.ctapi.ctyun.cn"))
        .isEqualTo(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy", 3128)));
    assertThat(p.proxyFor("api.example.com")).isEqualTo(Proxy.NO_PROXY);
    assertThat(ProxyConfiguration.none().bypasses("anything")).isTrue();
  }

  @Test
  void jvmPropertiesWinOverVariablesWhichNeedTheRightScheme() {
    Map<String, String> env = new HashMap<>();
    env.put("https_proxy", "http://lower:1111");
    env.put("HTTP_PROXY", "http://plain:2222");
    env.put("NO_PROXY", "localhost, *.corp");
    Properties props = new Properties();
    ProxyConfiguration https = ProxyConfiguration.fromEnvironment(env, props, "https");
    assertThat(https.host()).isEqualTo("lower");
    assertThat(https.nonProxyHosts()).containsExactly("localhost", "*.corp");
    assertThat(ProxyConfiguration.fromEnvironment(env, props, "http").host()).isEqualTo("plain");
    props.setProperty("https.proxyHost", "jvm");
    props.setProperty("https.proxyPort", "3333");
    props.setProperty("http.nonProxyHosts", "*.jvm|localhost");
    ProxyConfiguration fromJvm = ProxyConfiguration.fromEnvironment(env, props, "https");
    assertThat(fromJvm.host()).isEqualTo("jvm");
    assertThat(fromJvm.port()).isEqualTo(3333);
    assertThat(fromJvm.nonProxyHosts()).containsExactly("*.jvm", "localhost");
    assertThat(ProxyConfiguration.fromEnvironment(new HashMap<>(), new Properties(), "https"))
        .isNull();
  }

  @Test
  void theConfigurationTableGivesExplicitFirstThenStandardThenCtyunProxy() {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", "/nonexistent-home-for-test");
    env.put("CTYUN_PROXY", "http://own:4444");
    env.put("NO_PROXY", "*.example.com");
    CtyunConfiguration.Loader loader =
        CtyunConfiguration.loader().environment(env).systemProperties(new Properties());
    ProxyConfiguration own = loader.load().proxy("https");
    assertThat(own.host()).isEqualTo("own");
    assertThat(own.nonProxyHosts()).containsExactly("*.example.com");
    env.put("HTTPS_PROXY", "http://standard:5555");
    assertThat(loader.environment(env).load().proxy("https").host()).isEqualTo("standard");
    assertThat(loader.set(Setting.PROXY, "http://cli:6666").load().proxy("https").host())
        .isEqualTo("cli");
    assertThatThrownBy(
            () -> loader.set(Setting.PROXY, "ftp://u:topsecret@x:1").load().proxy("https"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageNotContaining("topsecret");
  }
}
