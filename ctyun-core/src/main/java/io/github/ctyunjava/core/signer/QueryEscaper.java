package io.github.ctyunjava.core.signer;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code url.QueryEscape}: {@code A-Za-z0-9-_.~} kept, space to {@code +}, every other UTF-8
 * byte to upper-case {@code %XX}. Differs from {@link java.net.URLEncoder}, which keeps {@code *}
 * and escapes {@code ~}.
 */
public final class QueryEscaper {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['~'] = true;
  }

  private QueryEscaper() {}

  /** Escapes {@code s}; returns {@code s} itself when nothing needs escaping. */
  public static String escape(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 128 || !UNRESERVED[c]) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16);
    appendEscaped(sb, s);
    return sb.toString();
  }

  /** Appends the escaped form of {@code s} to {@code sb}. */
  public static void appendEscaped(StringBuilder sb, String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int clean = i;
      while (clean < n && isUnreserved(s.charAt(clean))) {
        clean++;
      }
      if (clean > i) {
        if (i == 0 && clean == n) {
          sb.append(s); // nothing to escape (IDs, numbers): one array copy
          return;
        }
        sb.append(s, i, clean); // runs of safe characters are copied in bulk
        i = clean;
        continue;
      }
      char c = s.charAt(i);
      if (c == ' ') {
        sb.append('+');
        i++;
      } else if (c < 128) {
        percent(sb, c);
        i++;
      } else {
        int end = i + 1;
        while (end < n && s.charAt(end) >= 128) {
          end++;
        }
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          percent(sb, b & 0xFF);
        }
        i = end;
      }
    }
  }

  private static boolean isUnreserved(char c) {
    return c < 128 && UNRESERVED[c];
  }

  private static void percent(StringBuilder sb, int b) {
    sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }
}
