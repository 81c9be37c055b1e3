package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.testing.TestEopServer;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportSecurityTest {
  private static final String AK = "ak-transport-test";
  private static final String SK = "sk-transport-test";

  @TempDir Path tmp;

  @Test
  void selfSignedCertificateIsRefused() throws Exception {
    Path keystore = tmp.resolve("self-signed.p12");
    Process keytool =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/keytool",
                "-genkeypair",
                "-alias",
                "test",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor()).isZero();
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(keystore.toString());
    tls.setKeyStorePassword("changeit");
    tls.setKeyStoreType("PKCS12");
    try (TestEopServer server = new TestEopServer(AK, SK, tls);
        CtyunClient client =
            CtyunClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(AK, SK))
                .endpointOverride(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .build()) {
      assertThat(server.endpoint()).startsWith("https://");
      assertThatThrownBy(
              () ->
                  client.call(
                      CtyunRequest.builder().product("ctvpc").method("GET").path("/v4/x").build()))
          .isInstanceOf(CtyunClientException.class)
          .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class)
          .cause()
          .isInstanceOf(SSLException.class);
      assertThat(server.received()).isEmpty(); // nothing, not even headers, reached the server
    }
  }

  @Test
  void sequentialCallsReuseOneConnection() throws Exception {
    try (TestEopServer server = new TestEopServer(AK, SK);
        CtyunClient client =
            CtyunClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(AK, SK))
                .endpointOverride(server.endpoint())
                .build()) {
      for (int i = 0; i < 5; i++) {
        client.call(CtyunRequest.builder().product("ctvpc").method("GET").path("/v4/x").build());
        client.call(
            CtyunRequest.builder()
                .product("ctvpc")
                .method("POST")
                .path("/v4/y")
                .jsonBody("{}")
                .build());
      }
      assertThat(server.received()).hasSize(10);
      assertThat(server.received().stream().map(r -> r.connectionId).distinct()).hasSize(1);
    }
  }
}
