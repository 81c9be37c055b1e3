package io.github.ctyunjava.core.signer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;

/** SHA-256 and HMAC-SHA256 with per-thread engines, and lower-case hex. */
final class Hashing {
  static final String HMAC_SHA256 = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(() -> newInstance("SHA-256"));

  /** SHA-256 of the empty string, the digest of every body-less request. */
  static final String EMPTY_SHA256_HEX = sha256Hex(new byte[0]);

  private Hashing() {}

  static String sha256Hex(byte[] data) {
    MessageDigest md = SHA256.get();
    md.reset();
    return hex(md.digest(data));
  }

  static void appendHex(StringBuilder sb, byte[] bytes) {
    for (byte b : bytes) {
      sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    appendHex(sb, bytes);
    return sb.toString();
  }

  static Mac newMac() {
    try {
      return Mac.getInstance(HMAC_SHA256);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static MessageDigest newInstance(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }
}
