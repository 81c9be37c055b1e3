package io.github.ctyunjava.core.signer;

import io.github.ctyunjava.core.auth.Credentials;
import java.nio.charset.StandardCharsets;

/**
 * The EOP key chain, {@code kTime -> kAk -> kDate}, with an optional one-entry cache: {@code kDate}
 * depends only on (AK, SK, eopDate), so a burst of requests within one second derives it once.
 * Thread-safe: the cache is one immutable entry behind a volatile reference.
 */
final class SigningKeys {
  private final boolean cacheEnabled;
  private volatile Entry last;

  SigningKeys(boolean cacheEnabled) {
    this.cacheEnabled = cacheEnabled;
  }

  /** The per-request signing key for these credentials and date. */
  HmacKey signingKey(Credentials credentials, String eopDate) {
    return entry(credentials, eopDate).key;
  }

  /** The signing key together with the credentials' {@code Eop-Authorization} prefix. */
  Entry entry(Credentials credentials, String eopDate) {
    if (!cacheEnabled) {
      return new Entry(credentials, eopDate, HmacKey.of(kDate(credentials, eopDate)));
    }
    Entry e = last;
    if (e != null && e.matches(credentials, eopDate)) {
      return e;
    }
    e = new Entry(credentials, eopDate, HmacKey.of(kDate(credentials, eopDate)));
    last = e;
    return e;
  }

  static byte[] kDate(Credentials credentials, String eopDate) {
    byte[] kTime = Hashing.hmac(utf8(credentials.secretKey()), utf8(eopDate));
    byte[] kAk = Hashing.hmac(kTime, utf8(credentials.accessKey()));
    return Hashing.hmac(kAk, utf8(eopDate.substring(0, 8)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A derived key and the header prefix {@code "{AK} Headers=... Signature="} as bytes. */
  static final class Entry {
    final Credentials credentials;
    final String eopDate;
    final HmacKey key;
    final byte[] authorizationPrefix;
    final boolean asciiPrefix;

    Entry(Credentials credentials, String eopDate, HmacKey key) {
      this.credentials = credentials;
      this.eopDate = eopDate;
      this.key = key;
      this.authorizationPrefix =
          (credentials.accessKey() + " Headers=ctyun-eop-request-id;eop-date Signature=")
              .getBytes(StandardCharsets.UTF_8);
      boolean ascii = true;
      for (byte b : authorizationPrefix) {
        ascii &= b >= 0;
      }
      this.asciiPrefix = ascii;
    }

    boolean matches(Credentials c, String date) {
      return eopDate.equals(date) && (credentials == c || credentials.equals(c));
    }
  }
}
