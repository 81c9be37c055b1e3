package io.github.ctyunjava.core.signer;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 and HMAC-SHA256 with per-thread engines, and lower-case hex. */
final class Hashing {
  static final String HMAC_SHA256 = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Hashing::newSha256);
  private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(Hashing::newMac);

  /** SHA-256 of the empty string, the digest of every body-less request. */
  static final String EMPTY_SHA256_HEX = sha256Hex(new byte[0]);

  private static final byte[] HEX_BYTES = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_SHA256_HEX_BYTES =
      EMPTY_SHA256_HEX.getBytes(StandardCharsets.US_ASCII);

  /** Lower-case hex SHA-256 of {@code data} as ASCII bytes; do not modify the result. */
  static byte[] sha256HexBytes(byte[] data) {
    if (data.length == 0) {
      return EMPTY_SHA256_HEX_BYTES;
    }
    MessageDigest md = SHA256.get();
    md.reset();
    byte[] digest = md.digest(data);
    byte[] out = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX_BYTES[(digest[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX_BYTES[digest[i] & 0xF];
    }
    return out;
  }

  private Hashing() {}

  static String sha256Hex(byte[] data) {
    MessageDigest md = SHA256.get();
    md.reset();
    return hex(md.digest(data));
  }

  /** HMAC-SHA256 with a per-thread engine; an empty key is valid, as in RFC 2104. */
  static byte[] hmac(byte[] key, byte[] message) {
    Mac mac = HMAC.get();
    try {
      // SecretKeySpec refuses an empty key; one zero byte pads to the same 64 zero bytes.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, HMAC_SHA256));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 refused a key", e);
    }
    return mac.doFinal(message);
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Mac newMac() {
    try {
      return Mac.getInstance(HMAC_SHA256);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
