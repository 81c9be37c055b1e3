package io.github.ctyunjava.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS trust for a PEM file of CA certificates (e.g. ctyun-local's {@code ca.pem}) in addition to
 * the JVM's trust store. Certificates and host names are still fully verified: a server is accepted
 * when either the JVM's trust store or the bundle vouches for it.
 */
public final class CaBundle {
  private CaBundle() {}

  /**
   * A socket factory trusting the JVM's CAs and the ones in {@code pemFile}.
   *
   * @throws IllegalArgumentException when the file cannot be read or holds no certificate
   */
  public static SSLSocketFactory socketFactory(Path pemFile) {
    return sslContext(pemFile).getSocketFactory();
  }

  /**
   * A TLS context trusting the JVM's CAs and the ones in {@code pemFile}, for transports that take
   * a context rather than a socket factory (e.g. {@code java.net.http.HttpClient}).
   *
   * @throws IllegalArgumentException when the file cannot be read or holds no certificate
   */
  public static SSLContext sslContext(Path pemFile) {
    try {
      X509ExtendedTrustManager jvm = trustManager(null);
      X509ExtendedTrustManager bundle = trustManager(keyStore(read(pemFile)));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new EitherTrustManager(jvm, bundle)}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot use CA bundle " + pemFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * The certificates of a PEM (or DER) file.
   *
   * @throws IllegalArgumentException when the file cannot be read or holds no certificate
   */
  public static List<X509Certificate> read(Path pemFile) {
    Collection<? extends Certificate> certs;
    try (InputStream in = Files.newInputStream(pemFile)) {
      certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read CA bundle " + pemFile + ": " + e, e);
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          "CA bundle " + pemFile + " is not a PEM file of certificates: " + e.getMessage(), e);
    }
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate c : certs) {
      out.add((X509Certificate) c);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("CA bundle " + pemFile + " holds no certificate");
    }
    return out;
  }

  private static KeyStore keyStore(List<X509Certificate> certs) throws GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      ks.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
    for (int i = 0; i < certs.size(); i++) {
      ks.setCertificateEntry("ca-" + i, certs.get(i));
    }
    return ks;
  }

  private static X509ExtendedTrustManager trustManager(KeyStore ks)
      throws GeneralSecurityException {
    TrustManagerFactory f =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(ks);
    for (TrustManager tm : f.getTrustManagers()) {
      if (tm instanceof X509ExtendedTrustManager) {
        return (X509ExtendedTrustManager) tm;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager available");
  }

  /** Trusts a server when the first or the second manager does (each checks the host name). */
  private static final class EitherTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager first;
    private final X509ExtendedTrustManager second;

    EitherTrustManager(X509ExtendedTrustManager first, X509ExtendedTrustManager second) {
      this.first = first;
      this.second = second;
    }

    /** One trust check against one manager. */
    private interface Check {
      void run(X509ExtendedTrustManager tm) throws CertificateException;
    }

    private void either(Check check) throws CertificateException {
      try {
        check.run(first);
      } catch (CertificateException e) {
        try {
          check.run(second);
        } catch (CertificateException e2) {
          e2.addSuppressed(e);
          throw e2;
        }
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      either(tm -> tm.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      either(tm -> tm.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      either(tm -> tm.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      first.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      first.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      first.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      X509Certificate[] a = first.getAcceptedIssuers();
      X509Certificate[] b = second.getAcceptedIssuers();
      X509Certificate[] all = new X509Certificate[a.length + b.length];
      System.arraycopy(a, 0, all, 0, a.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      return all;
    }
  }
}
