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
