package io.github.ctyunjava.local.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/**
 * The emulator's HTTPS identity: the server certificate and key, issued by the local CA whose
 * certificate is in {@link #caFile()}.
 *
 * @param caFile the CA certificate (PEM) clients trust
 * @param ca the CA certificate
 * @param certificate the server certificate
 * @param key the server's private key
 */
public record ServerIdentity(
    Path caFile, X509Certificate ca, X509Certificate certificate, PrivateKey key) {

  /** An in-memory PKCS#12 key store with the key and its chain, protected by {@code password}. */
  public KeyStore keyStore(char[] password) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("ctyun-local", key, password, new Certificate[] {certificate, ca});
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS key store: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ServerIdentity[caFile="
        + caFile
        + ", subject="
        + certificate.getSubjectX500Principal()
        + "]";
  }
}
