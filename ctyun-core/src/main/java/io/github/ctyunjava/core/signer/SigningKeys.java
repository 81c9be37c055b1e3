package io.github.ctyunjava.core.signer;

import io.github.ctyunjava.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
  SecretKeySpec signingKey(Credentials credentials, String eopDate) {
    if (!cacheEnabled) {
      return derive(credentials, eopDate);
    }
    Entry e = last;
    if (e != null && e.matches(credentials, eopDate)) {
      return e.key;
    }
    SecretKeySpec key = derive(credentials, eopDate);
    last = new Entry(credentials, eopDate, key);
    return key;
  }

  static SecretKeySpec derive(Credentials credentials, String eopDate) {
    Mac mac = Hashing.newMac();
    byte[] kTime = hmac(mac, credentials.secretKey().getBytes(StandardCharsets.UTF_8), eopDate);
    byte[] kAk = hmac(mac, kTime, credentials.accessKey());
    byte[] kDate = hmac(mac, kAk, eopDate.substring(0, 8));
    return new SecretKeySpec(kDate, Hashing.HMAC_SHA256);
  }

  private static byte[] hmac(Mac mac, byte[] key, String message) {
    try {
      // HMAC accepts an empty key; SecretKeySpec does not, so use a one-byte zero key, which HMAC
      // pads to the same 64 zero bytes.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, Hashing.HMAC_SHA256));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 refused a key", e);
    }
    return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private static final class Entry {
    final Credentials credentials;
    final String eopDate;
    final SecretKeySpec key;

    Entry(Credentials credentials, String eopDate, SecretKeySpec key) {
      this.credentials = credentials;
      this.eopDate = eopDate;
      this.key = key;
    }

    boolean matches(Credentials c, String date) {
      return eopDate.equals(date) && (credentials == c || credentials.equals(c));
    }
  }
}
