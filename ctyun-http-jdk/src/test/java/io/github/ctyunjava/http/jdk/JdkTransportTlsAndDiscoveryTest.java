package io.github.ctyunjava.http.jdk;

import static io.github.ctyunjava.http.jdk.EmulatorRequests.listVpcs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.vpce.VpceAsyncClient;
import io.github.ctyunjava.vpce.VpceClient;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TLS trust on the JDK transport, and how clients find (or skip) it. */
class JdkTransportTlsAndDiscoveryTest {
  @RegisterExtension
  static final CtyunLocalExtension LOCAL = CtyunLocalExtension.withOptions(o -> o.tls(true));

  private static CtyunClient.Builder overTls() {
    return CtyunClient.builder()
        .configuration(LOCAL.configuration())
        .endpointOverride(LOCAL.local().tlsEndpoint().toString());
  }

  @Test
  void theCaBundleIsTrustedByTheDiscoveredJdkTransport() throws Exception {
    try (CtyunClient c = overTls().caBundle(LOCAL.local().caFile()).build()) {
      assertThat(c.hasAsyncTransport()).isTrue();
      assertThat(c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS).envelope().isSuccess()).isTrue();
    }
  }

  @Test
  void withoutTheBundleTheEmulatorsCertificateIsRefused() {
    try (CtyunClient c = overTls().build()) {
      Throwable e =
          catchThrowable(() -> c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS)).getCause();
      assertThat(e).isInstanceOf(CtyunClientException.class);
      assertThat(e).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
      assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
    }
  }

  /**
   * The discovered transport (with its selector thread) and the retry timer start with the first
   * asynchronous call, not with the client: a program that builds many clients and calls them
   * blockingly gets no threads for it. A closed client refuses asynchronous calls.
   */
  @Test
  void clientsStartNoAsyncThreadsUntilTheirFirstAsyncCall() throws Exception {
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    java.util.List<CtyunClient> clients = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        clients.add(overTls().caBundle(LOCAL.local().caFile()).build());
      }
      assertThat(clients).allMatch(CtyunClient::hasAsyncTransport);
      assertThat(newAsyncThreads(before)).isEmpty();
      assertThat(
              clients.get(0).callAsync(listVpcs()).get(30, TimeUnit.SECONDS).envelope().isSuccess())
          .isTrue();
      // one HTTP client's selector; the retry timer's thread starts only with a first retry
      assertThat(newAsyncThreads(before)).singleElement().asString().contains("SelectorManager");
    } finally {
      for (CtyunClient c : clients) {
        c.close();
      }
    }
    assertThatThrownBy(() -> clients.get(0).callAsync(listVpcs()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  /**
   * Names of the live threads started since {@code before} that belong to a JDK HTTP client (its
   * selector) or to a client's retry timer.
   */
  private static java.util.List<String> newAsyncThreads(java.util.Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !before.contains(t))
        .map(Thread::getName)
        .filter(n -> n.startsWith("ctyun-retry-timer") || n.contains("SelectorManager"))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aClientWithACustomBlockingTransportOrDiscoveryOffHasNoAsyncTransport() {
    try (CtyunClient custom =
            CtyunClient.builder()
                .configuration(LOCAL.configuration())
                .transport(r -> new HttpResponse(200, Collections.emptyMap(), new byte[0]))
                .build();
        CtyunClient off =
            CtyunClient.builder()
                .configuration(LOCAL.configuration())
                .discoverAsyncTransport(false)
                .build()) {
      assertThat(custom.hasAsyncTransport()).isFalse();
      assertThat(off.hasAsyncTransport()).isFalse();
      assertThatThrownBy(() -> off.callAsync(listVpcs()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("ctyun-http-jdk");
      VpceClient blocking = VpceClient.builder().client(off).build();
      assertThatThrownBy(() -> VpceAsyncClient.create(blocking))
          .isInstanceOf(IllegalArgumentException.class);
      try (VpceAsyncClient pooled = VpceAsyncClient.create(blocking, 2)) {
        assertThat(pooled.isNonBlocking()).isFalse();
      }
    }
  }

  @Test
  void anExplicitAsyncTransportIsUsed() throws Exception {
    try (CtyunClient c =
        CtyunClient.builder()
            .configuration(LOCAL.configuration())
            .discoverAsyncTransport(false)
            .asyncTransport(JdkHttpTransport.create())
            .build()) {
      assertThat(c.callAsync(listVpcs()).get(30, TimeUnit.SECONDS).attempts()).isEqualTo(1);
    }
  }
}
