package io.github.ctyunjava.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** How to make a client trust the local CA, as printed in the start-up banners. */
public final class TrustInstructions {
  private TrustInstructions() {}

  /** Lines telling how to trust {@code caFile} for {@code httpsEndpoint}. */
  public static List<String> lines(Path caFile, URI httpsEndpoint) {
    String ca = caFile.toAbsolutePath().toString();
    return Arrays.asList(
        "Trust the local CA " + ca + " (verification stays on):",
        "  curl:     curl --cacert " + ca + " " + httpsEndpoint + "/_ctyun/health",
        "  Go, Python, OpenSSL: SSL_CERT_FILE=" + ca,
        "  ctyun / ctyun-java SDK: --ca-bundle "
            + ca
            + ", CTYUN_CA_BUNDLE="
            + ca
            + " or ca_bundle in the profile (profile 'local' has it)",
        "  other JVM clients: keytool -importcert -noprompt -alias ctyun-local -file "
            + ca
            + " -keystore ctyun-local.p12 -storepass changeit; then"
            + " -Djavax.net.ssl.trustStore=ctyun-local.p12 -Djavax.net.ssl.trustStorePassword=changeit");
  }
}
