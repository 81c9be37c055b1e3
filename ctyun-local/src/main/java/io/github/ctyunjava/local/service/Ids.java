package io.github.ctyunjava.local.service;

import java.security.SecureRandom;

/** Generates IDs in CTyun's formats ({@code vpc-} + 10 lower-case letters or digits, ...). */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] DIGITS = "0123456789".toCharArray();

  private Ids() {}

  /** {@code prefix} followed by 10 random lower-case letters or digits. */
  public static String withPrefix(String prefix) {
    return prefix + random(ALNUM, 10);
  }

  /** 32 random hex digits. */
  public static String hex32() {
    return random(HEX, 32);
  }

  /** {@code n} random decimal digits. */
  public static String digits(int n) {
    return random(DIGITS, n);
  }

  /**
   * {@code n} characters drawn uniformly from {@code alphabet} (at most 256 letters): one call to
   * the shared {@link SecureRandom} per ID, not one per character; a byte that would bias the draw
   * (at or above the largest multiple of the alphabet's size) is skipped.
   */
  private static String random(char[] alphabet, int n) {
    int limit = 256 - 256 % alphabet.length;
    char[] out = new char[n];
    byte[] bytes = new byte[n + n / 2 + 8];
    int filled = 0;
    while (filled < n) {
      RANDOM.nextBytes(bytes);
      for (int i = 0; i < bytes.length && filled < n; i++) {
        int b = bytes[i] & 0xff;
        if (b < limit) {
          out[filled++] = alphabet[b % alphabet.length];
        }
      }
    }
    return new String(out);
  }
}
