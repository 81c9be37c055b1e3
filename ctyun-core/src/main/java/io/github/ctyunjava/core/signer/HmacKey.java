package io.github.ctyunjava.core.signer;

import java.security.MessageDigest;

/**
 * An HMAC-SHA256 key with its inner and outer pad blocks already absorbed. Each MAC clones the two
 * prepared digests instead of re-hashing the pads, which saves two of the five to seven SHA-256
 * compressions a short EOP string to sign costs. Immutable and thread-safe: the prepared digests
 * are only ever cloned, never updated.
 */
final class HmacKey {
  private final MessageDigest inner;
  private final MessageDigest outer;

  private HmacKey(MessageDigest inner, MessageDigest outer) {
    this.inner = inner;
    this.outer = outer;
  }

  /** Prepares {@code key} (any length; longer than a block is hashed first, as HMAC requires). */
  static HmacKey of(byte[] key) {
    MessageDigest inner = Hashing.newSha256();
    byte[] k = Hashing.blockKey(key, inner);
    inner.update(Hashing.pad(k, Hashing.INNER_PAD));
    MessageDigest outer = Hashing.newSha256();
    outer.update(Hashing.pad(k, Hashing.OUTER_PAD));
    return new HmacKey(inner, outer);
  }

  /** HMAC-SHA256 of {@code message} under this key. */
  byte[] mac(byte[] message) {
    MessageDigest in = begin();
    in.update(message);
    return finish(in);
  }

  /**
   * Starts a MAC whose message is fed piecewise into the returned digest; end with {@link #finish}.
   */
  MessageDigest begin() {
    return copy(inner);
  }

  /** Completes a MAC started with {@link #begin}. */
  byte[] finish(MessageDigest started) {
    MessageDigest out = copy(outer);
    out.update(started.digest());
    return out.digest();
  }

  private static MessageDigest copy(MessageDigest prepared) {
    try {
      return (MessageDigest) prepared.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JVM's SHA-256 cannot be cloned", e);
    }
  }
}
