package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.local.testing.Api;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tls}: HTTPS from a local CA kept in the data directory, trusted by a CA bundle. */
class TlsTest {
  @TempDir Path dir;

  private CtyunLocal start() {
    return CtyunLocal.builder()
        .port(0)
        .dataDir(dir.resolve("data"))
        .credentialsFile(dir.resolve("home/.ctyun/credentials"))
        .options(o -> o.tls(true).tlsPort(0))
        .build()
        .start();
  }

  private Path ca() {
    return dir.resolve("data/tls/ca.pem");
  }

  @Test
  void firstStartCreatesTheCaInTheDataDirWithPrivateKeys() throws Exception {
    try (CtyunLocal local = start()) {
      assertThat(local.caFile()).isEqualTo(ca());
      assertThat(ca()).exists();
      if (Files.getFileStore(ca()).supportsFileAttributeView("posix")) {
        for (String key : new String[] {"ca-key.pem", "server-key.pem"}) {
          assertThat(
                  PosixFilePermissions.toString(
                      Files.getPosixFilePermissions(dir.resolve("data/tls").resolve(key))))
              .as(key)
              .isEqualTo("rw-------");
        }
      }
      X509Certificate server = readCert(dir.resolve("data/tls/server.pem"));
      assertThat(server.getSubjectAlternativeNames())
          .extracting(n -> n.get(1).toString())
          .contains("localhost", "127.0.0.1")
          .anyMatch(ip -> ip.startsWith("0:0:0:0:0:0:0:1") || ip.equals("::1"));
      server.verify(readCert(ca()).getPublicKey());
    }
  }

  @Test
  void aPlainHttpsClientTrustingOnlyTheCaIsServedAndPlainHttpStays() throws Exception {
    try (CtyunLocal local = start()) {
      // what curl --cacert ca.pem does: trust exactly this CA, verify the host name
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("ca", readCert(ca()));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
      for (String host : List.of("localhost", "127.0.0.1")) {
        URL url =
            new URL("https://" + host + ":" + local.tlsEndpoint().getPort() + "/_ctyun/health");
        HttpsURLConnection c = (HttpsURLConnection) url.openConnection();
        c.setSSLSocketFactory(tls.getSocketFactory());
        assertThat(c.getResponseCode()).as(host).isEqualTo(200);
        try (InputStream in = c.getInputStream()) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"UP\"");
        }
      }
      HttpURLConnection plain =
          (HttpURLConnection) new URL(local.endpoint() + "/_ctyun/health").openConnection();
      assertThat(plain.getResponseCode()).isEqualTo(200);
      assertThat(local.endpoint().getScheme()).isEqualTo("http");
    }
  }

  @Test
  void theSdkWithTheCaBundleIsServedAndWithoutItIsRefused() {
    try (CtyunLocal local = start()) {
      CtyunRequest list =
          CtyunRequest.builder()
              .product("ctvpc")
              .method("GET")
              .path("/v4/vpc/list")
              .addQueryParam("regionID", Api.REGION)
              .build();
      try (CtyunClient trusted =
          CtyunClient.builder()
              .configuration(emptyConfiguration())
              .credentialsProvider(StaticCredentialsProvider.create(local.credentials()))
              .endpointOverride(local.tlsEndpoint().toString())
              .caBundle(ca())
              .build()) {
        assertThat(trusted.call(list).envelope().isSuccess()).isTrue();
      }
      try (CtyunClient untrusted =
          CtyunClient.builder()
              .configuration(emptyConfiguration())
              .credentialsProvider(StaticCredentialsProvider.create(local.credentials()))
              .endpointOverride(local.tlsEndpoint().toString())
              .retryPolicy(RetryPolicy.none())
              .build()) {
        assertThatThrownBy(() -> untrusted.call(list))
            .isInstanceOf(CtyunClientException.class)
            .hasCauseInstanceOf(SSLHandshakeException.class)
            .hasRootCauseInstanceOf(CertPathBuilderException.class);
      }
    }
  }

  @Test
  void profileLocalGetsTheHttpsEndpointAndCaBundleSoCtyunProfileLocalNeedsNothingElse() {
    Path home = dir.resolve("home");
    try (CtyunLocal local = start()) {
      Map<String, String> profile =
          ProfileFile.read(home.resolve(".ctyun/config")).profile("local");
      assertThat(profile)
          .containsEntry("endpoint_url", local.tlsEndpoint().toString())
          .containsEntry("ca_bundle", ca().toAbsolutePath().toString());
      Map<String, String> env = new HashMap<>();
      env.put("HOME", home.toString());
      env.put("CTYUN_PROFILE", "local");
      CtyunConfiguration config = CtyunConfiguration.loader().environment(env).load();
      try (CtyunClient client = CtyunClient.builder().configuration(config).build()) {
        assertThat(client.endpointFor("ctvpc")).isEqualTo(local.tlsEndpoint().toString());
        assertThat(
                client
                    .call(
                        CtyunRequest.builder()
                            .product("ctvpc")
                            .method("GET")
                            .path("/v4/vpc/list")
                            .addQueryParam("regionID", Api.REGION)
                            .build())
                    .envelope()
                    .isSuccess())
            .isTrue();
      }
    }
    // a later start without TLS points the profile back at plain HTTP
    try (CtyunLocal plain =
        CtyunLocal.builder()
            .port(0)
            .dataDir(dir.resolve("data"))
            .credentialsFile(home.resolve(".ctyun/credentials"))
            .build()
            .start()) {
      Map<String, String> profile =
          ProfileFile.read(home.resolve(".ctyun/config")).profile("local");
      assertThat(profile)
          .containsEntry("endpoint_url", plain.endpoint().toString())
          .doesNotContainKey("ca_bundle");
    }
  }

  @Test
  void theCaIsKeptAcrossStarts() throws Exception {
    byte[] first;
    byte[] firstServer;
    try (CtyunLocal local = start()) {
      first = Files.readAllBytes(ca());
      firstServer = Files.readAllBytes(dir.resolve("data/tls/server.pem"));
    }
    try (CtyunLocal again = start()) {
      assertThat(Files.readAllBytes(ca())).isEqualTo(first);
      assertThat(Files.readAllBytes(dir.resolve("data/tls/server.pem"))).isEqualTo(firstServer);
    }
  }

  @Test
  void theStandaloneArgumentsAcceptTls() {
    CtyunLocalOptions o =
        CtyunLocalArgs.parse(new String[] {"--tls", "--tls-port", "9443"}, Map.of());
    assertThat(o.tls()).isTrue();
    assertThat(o.tlsPort()).isEqualTo(9443);
    assertThat(CtyunLocalArgs.parse(new String[] {}, Map.of()).tls()).isFalse();
    assertThat(CtyunLocalArgs.parse(new String[] {}, Map.of()).tlsPort())
        .isEqualTo(CtyunLocalArgs.DEFAULT_TLS_PORT);
  }

  private CtyunConfiguration emptyConfiguration() {
    return CtyunConfiguration.loader()
        .environment(Map.of("HOME", dir.resolve("nohome").toString()))
        .load();
  }

  private static X509Certificate readCert(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
