package io.github.ctyunjava.core.signer;

/**
 * Standard Base64 (RFC 4648, with padding) of a 32-byte MAC, written straight into a larger buffer:
 * the {@code Eop-Authorization} header is built in one array without an intermediate copy.
 */
final class Base64Writer {
  private static final byte[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Base64Writer() {}

  /** Writes the 44 characters of {@code mac} (32 bytes) into {@code out} from {@code at}. */
  static void encode32(byte[] mac, byte[] out, int at) {
    if (mac.length != 32) {
      throw new IllegalArgumentException("expected a 32-byte MAC, got " + mac.length);
    }
    int o = at;
    int i = 0;
    for (; i < 30; i += 3) {
      int bits = (mac[i] & 0xFF) << 16 | (mac[i + 1] & 0xFF) << 8 | (mac[i + 2] & 0xFF);
      out[o++] = ALPHABET[bits >>> 18];
      out[o++] = ALPHABET[(bits >>> 12) & 0x3F];
      out[o++] = ALPHABET[(bits >>> 6) & 0x3F];
      out[o++] = ALPHABET[bits & 0x3F];
    }
    int bits = (mac[30] & 0xFF) << 16 | (mac[31] & 0xFF) << 8;
    out[o++] = ALPHABET[bits >>> 18];
    out[o++] = ALPHABET[(bits >>> 12) & 0x3F];
    out[o++] = ALPHABET[(bits >>> 6) & 0x3F];
    out[o] = '=';
  }
}
