package io.github.ctyunjava.core.signer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with a per-thread engine, HMAC-SHA256 and lower-case hex. HMAC is built on {@link
 * MessageDigest} (here for one-off MACs, in {@link HmacKey} for a key used again), not on {@code
 * javax.crypto.Mac}: the JCE's first use reads the crypto policy files and initialises every
 * security provider, a large part of a short CLI command's start-up, for a construction of two
 * hashes (RFC 2104).
 */
final class Hashing {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Hashing::newSha256);

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

  /** HMAC-SHA256 block size in bytes. */
  static final int BLOCK = 64;

  static final byte INNER_PAD = 0x36;
  static final byte OUTER_PAD = 0x5c;

  /**
   * HMAC-SHA256 of {@code message} under {@code key} (RFC 2104; an empty key is valid), on the
   * per-thread engine: four compressions for a short message, no allocation but the pad and the
   * results.
   */
  static byte[] hmac(byte[] key, byte[] message) {
    MessageDigest md = SHA256.get();
    md.reset();
    byte[] k = blockKey(key, md);
    md.update(pad(k, INNER_PAD));
    md.update(message);
    byte[] inner = md.digest();
    md.update(pad(k, OUTER_PAD));
    md.update(inner);
    return md.digest();
  }

  /** The key as HMAC uses it: hashed when longer than a block (resets {@code md}). */
  static byte[] blockKey(byte[] key, MessageDigest md) {
    return key.length > BLOCK ? md.digest(key) : key;
  }

  /** The inner ({@code 0x36}) or outer ({@code 0x5c}) pad block of a block key. */
  static byte[] pad(byte[] blockKey, byte xor) {
    byte[] pad = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      pad[i] = (byte) ((i < blockKey.length ? blockKey[i] : 0) ^ xor);
    }
    return pad;
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
}
