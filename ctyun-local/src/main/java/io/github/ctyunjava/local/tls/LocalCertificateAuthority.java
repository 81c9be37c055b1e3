package io.github.ctyunjava.local.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The emulator's own certificate authority, kept in one directory: {@code ca.pem} (the CA
 * certificate users trust), {@code ca-key.pem}, and a server certificate for {@code localhost},
 * {@code 127.0.0.1} and {@code ::1} ({@code server.pem}, {@code server-key.pem}). Created on first
 * use, reused afterwards; the server certificate is reissued when it nears expiry or does not
 * belong to the CA. Key files are readable by the owner only. ECDSA P-256 keys, SHA-256 signatures.
 */
public final class LocalCertificateAuthority {
  /** The CA certificate, the file to trust. */
  public static final String CA_CERT = "ca.pem";

  static final String CA_KEY = "ca-key.pem";
  static final String SERVER_CERT = "server.pem";
  static final String SERVER_KEY = "server-key.pem";

  private static final Duration CA_VALIDITY = Duration.ofDays(3650);
  // browsers and Apple platforms refuse server certificates valid for longer than 398 days
  private static final Duration SERVER_VALIDITY = Duration.ofDays(397);
  private static final Duration RENEW_BEFORE = Duration.ofDays(30);
  private static final Duration BACKDATE = Duration.ofHours(1);
  private static final String SIGNATURE = "SHA256withECDSA";

  private final SecureRandom random = new SecureRandom();
  private final Path dir;

  private LocalCertificateAuthority(Path dir) {
    this.dir = dir;
  }

  /**
   * Loads the CA and a current server certificate from {@code dir}, creating what is missing.
   *
   * @param now the time the certificates must be valid at
   * @throws UncheckedIOException when the directory cannot be read or written
   * @throws IllegalStateException when the stored files are not usable
   */
  public static ServerIdentity ensure(Path dir, Instant now) {
    return new LocalCertificateAuthority(dir).load(now);
  }

  private ServerIdentity load(Instant now) {
    try {
      createPrivateDirectory(dir);
      KeyPair caKeys;
      X509Certificate ca;
      if (Files.exists(dir.resolve(CA_CERT)) && Files.exists(dir.resolve(CA_KEY))) {
        ca = readCertificate(dir.resolve(CA_CERT));
        caKeys = new KeyPair(ca.getPublicKey(), readKey(dir.resolve(CA_KEY)));
      } else {
        caKeys = newKeyPair();
        ca = issueCa(caKeys, now);
        writePrivate(dir.resolve(CA_KEY), pem(new JcaPKCS8Generator(caKeys.getPrivate(), null)));
        writePublic(dir.resolve(CA_CERT), pem(ca));
        Files.deleteIfExists(dir.resolve(SERVER_CERT));
      }
      X509Certificate server = null;
      PrivateKey serverKey = null;
      if (Files.exists(dir.resolve(SERVER_CERT)) && Files.exists(dir.resolve(SERVER_KEY))) {
        X509Certificate stored = readCertificate(dir.resolve(SERVER_CERT));
        if (isCurrent(stored, ca, now)) {
          server = stored;
          serverKey = readKey(dir.resolve(SERVER_KEY));
        }
      }
      if (server == null) {
        KeyPair keys = newKeyPair();
        server = issueServer(keys, caKeys.getPrivate(), ca, now);
        serverKey = keys.getPrivate();
        writePrivate(dir.resolve(SERVER_KEY), pem(new JcaPKCS8Generator(serverKey, null)));
        writePublic(dir.resolve(SERVER_CERT), pem(server));
      }
      return new ServerIdentity(dir.resolve(CA_CERT), ca, server, serverKey);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the local CA in " + dir, e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(
          "cannot prepare the local CA in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isCurrent(X509Certificate server, X509Certificate ca, Instant now) {
    try {
      server.verify(ca.getPublicKey());
      server.checkValidity(Date.from(now.plus(RENEW_BEFORE)));
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"), random);
    return g.generateKeyPair();
  }

  private X509Certificate issueCa(KeyPair keys, Instant now)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    X500Name name = new X500Name("CN=ctyun-local CA " + serial().toString(16).substring(0, 8));
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
                name,
                serial(),
                Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(CA_VALIDITY)),
                name,
                keys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
            .addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .addExtension(
                Extension.subjectKeyIdentifier,
                false,
                ext.createSubjectKeyIdentifier(keys.getPublic()));
    return sign(b, keys.getPrivate());
  }

  private X509Certificate issueServer(
      KeyPair keys, PrivateKey caKey, X509Certificate ca, Instant now)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    GeneralNames names =
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
              new GeneralName(GeneralName.iPAddress, "::1")
            });
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
                ca,
                serial(),
                Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(SERVER_VALIDITY)),
                new X500Name("CN=localhost"),
                keys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
            .addExtension(
                Extension.extendedKeyUsage,
                false,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
            .addExtension(Extension.subjectAlternativeName, false, names)
            .addExtension(
                Extension.subjectKeyIdentifier,
                false,
                ext.createSubjectKeyIdentifier(keys.getPublic()))
            .addExtension(
                Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
    return sign(b, caKey);
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key)
      throws GeneralSecurityException, OperatorCreationException {
    return new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
  }

  private BigInteger serial() {
    return new BigInteger(127, random).setBit(126); // positive, 16 bytes, no leading zero
  }

  private static X509Certificate readCertificate(Path file)
      throws IOException, GeneralSecurityException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      Object o = p.readObject();
      if (!(o instanceof X509CertificateHolder)) {
        throw new GeneralSecurityException(file + " holds no certificate");
      }
      return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) o);
    }
  }

  private static PrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      Object o = p.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PEMKeyPair) {
        return converter.getPrivateKey(((PEMKeyPair) o).getPrivateKeyInfo());
      }
      if (o instanceof PrivateKeyInfo) {
        return converter.getPrivateKey((PrivateKeyInfo) o);
      }
      throw new GeneralSecurityException(file + " holds no private key");
    }
  }

  private static String pem(Object o) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      w.writeObject(o);
    }
    return out.toString();
  }

  private static boolean isPosix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void createPrivateDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir);
    if (isPosix(dir)) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void writePrivate(Path file, String text) throws IOException {
    write(file, text, "rw-------");
  }

  private static void writePublic(Path file, String text) throws IOException {
    write(file, text, "rw-r--r--");
  }

  /** Writes through a temporary file that has its final permissions before any byte is in it. */
  private static void write(Path file, String text, String permissions) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".tls", ".tmp");
    try {
      if (isPosix(tmp)) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.write(tmp, text.getBytes(StandardCharsets.US_ASCII));
      if (isPosix(tmp)) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(permissions));
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
