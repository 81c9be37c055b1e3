package io.github.ctyunjava.local.service;

import java.security.SecureRandom;

/** Generates IDs in CTyun's formats ({@code vpc-} + 10 lower-case letters or digits, ...). */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

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
    return random("0123456789".toCharArray(), n);
  }

  private static String random(char[] alphabet, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
    }
    return new String(out);
  }
}
