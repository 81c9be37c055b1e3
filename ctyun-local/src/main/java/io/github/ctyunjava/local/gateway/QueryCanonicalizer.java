package io.github.ctyunjava.local.gateway;

import io.github.ctyunjava.core.signer.CanonicalQuery;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate canonical query strings computed from the raw query of the request line, in the order
 * they are tried: pairs sorted by decoded key (what CTyun's Go SDK signs), pairs sorted as whole
 * strings (CTyun's Java SDKs), and, in lenient mode, the help-centre samples' decoded {@code k=v}.
 */
public final class QueryCanonicalizer {
  private QueryCanonicalizer() {}

  /** The raw query split on {@code &} without empty segments. */
  public static List<String> rawPairs(String rawQuery) {
    List<String> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String seg : rawQuery.split("&", -1)) {
      if (!seg.isEmpty()) {
        out.add(seg);
      }
    }
    return out;
  }

  /** Raw pairs stably sorted by percent-decoded key (UTF-8 byte order), joined as received. */
  public static String byDecodedKey(String rawQuery) {
    List<String> pairs = rawPairs(rawQuery);
    pairs.sort(Comparator.comparing(p -> decodeLenient(key(p)), CanonicalQuery::compareUtf8));
    return String.join("&", pairs);
  }

  /** Raw pairs sorted as whole strings. */
  public static String byWholePair(String rawQuery) {
    List<String> pairs = rawPairs(rawQuery);
    pairs.sort(CanonicalQuery::compareUtf8);
    return String.join("&", pairs);
  }

  /**
   * The help-centre form: every pair form-decoded, stably sorted by key, joined unescaped; null
   * when that text would not show the parameter boundaries. A decoded {@code &} (or {@code =} in a
   * key) would read back as other parameters, so {@code %26} could merge two signed parameters into
   * one; a decoded {@code %} would read back as an escape. Such a query only passes in one of the
   * escaped forms. ({@code +} stays: the help-centre samples sign a literal {@code +}.)
   */
  public static String seedDecoded(String rawQuery) {
    List<String[]> pairs = new ArrayList<>();
    for (String p : rawPairs(rawQuery)) {
      int eq = p.indexOf('=');
      String k = eq < 0 ? p : p.substring(0, eq);
      String v = eq < 0 ? "" : p.substring(eq + 1);
      String dk;
      String dv;
      try {
        dk = decodeStrict(k);
        dv = decodeStrict(v);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (hasAny(dk, "&=%") || hasAny(dv, "&%")) {
        return null;
      }
      pairs.add(new String[] {dk, dv});
    }
    pairs.sort(Comparator.comparing((String[] kv) -> kv[0], CanonicalQuery::compareUtf8));
    StringBuilder sb = new StringBuilder();
    for (String[] kv : pairs) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(kv[0]).append('=').append(kv[1]);
    }
    return sb.toString();
  }

  /** The candidates to try, without duplicates, the primary one first. */
  public static List<String> candidates(String rawQuery, boolean lenient) {
    Set<String> out = new LinkedHashSet<>();
    out.add(byDecodedKey(rawQuery));
    out.add(byWholePair(rawQuery));
    String decoded = lenient ? seedDecoded(rawQuery) : null;
    if (decoded != null) {
      out.add(decoded);
    }
    return new ArrayList<>(out);
  }

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String key(String pair) {
    int eq = pair.indexOf('=');
    return eq < 0 ? pair : pair.substring(0, eq);
  }

  /** Form-decodes ({@code +} is a space); text that is not valid escaped UTF-8 stays raw. */
  static String decodeLenient(String s) {
    try {
      return decodeStrict(s);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * Form-decodes {@code s} strictly.
   *
   * @throws IllegalArgumentException on a bad escape or bytes that are not UTF-8
   */
  public static String decodeStrict(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new IllegalArgumentException("truncated percent escape");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("bad percent escape");
        }
        out.write((hi << 4) | lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("escaped bytes are not UTF-8", e);
    }
  }
}
