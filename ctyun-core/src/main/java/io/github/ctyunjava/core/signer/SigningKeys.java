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
    if (!cacheEnabled) {
      return HmacKey.of(kDate(credentials, eopDate));
    }
    Entry e = last;
    if (e != null && e.matches(credentials, eopDate)) {
      return e.key;
    }
    HmacKey key = HmacKey.of(kDate(credentials, eopDate));
    last = new Entry(credentials, eopDate, key);
    return key;
  }

  static byte[] kDate(Credentials credentials, String eopDate) {
    byte[] kTime = Hashing.hmac(utf8(credentials.secretKey()), utf8(eopDate));
    byte[] kAk = Hashing.hmac(kTime, utf8(credentials.accessKey()));
    return Hashing.hmac(kAk, utf8(eopDate.substring(0, 8)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static final class Entry {
    final Credentials credentials;
    final String eopDate;
    final HmacKey key;

    Entry(Credentials credentials, String eopDate, HmacKey key) {
      this.credentials = credentials;
      this.eopDate = eopDate;
      this.key = key;
    }

    boolean matches(Credentials c, String date) {
      return eopDate.equals(date) && (credentials == c || credentials.equals(c));
    }
  }
}
