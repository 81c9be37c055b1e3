package io.github.ctyunjava.core.signer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Builds the canonical query line of the string to sign, in either {@link QueryStyle}. */
public final class CanonicalQuery {
  /** Orders strings as their UTF-8 bytes would sort, i.e. by Unicode code point. */
  public static final Comparator<String> UTF8_ORDER = CanonicalQuery::compareUtf8;

  private static final Comparator<QueryParam> BY_NAME = (a, b) -> compareUtf8(a.name(), b.name());

  private CanonicalQuery() {}

  /** The canonical query for {@code params} in the given style. */
  public static String of(List<QueryParam> params, QueryStyle style) {
    return style == QueryStyle.SEED ? seed(params) : go(params);
  }

  /**
   * Go {@code url.Values.Encode()}: pairs stable-sorted by key bytes, escaped. This is also the
   * exact string the SDK puts on the request line.
   */
  public static String go(List<QueryParam> params) {
    int n = params.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      QueryParam p = params.get(0);
      return QueryEscaper.escape(p.name()) + '=' + QueryEscaper.escape(p.value());
    }
    QueryParam[] sorted = sortedByName(params);
    StringBuilder sb = new StringBuilder(n * 24);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append('&');
      }
      QueryEscaper.appendEscaped(sb, sorted[i].name());
      sb.append('=');
      QueryEscaper.appendEscaped(sb, sorted[i].value());
    }
    return sb.toString();
  }

  /** The help-centre sample's signed form: pairs stable-sorted by key, raw {@code k=v}. */
  public static String seed(List<QueryParam> params) {
    if (params.isEmpty()) {
      return "";
    }
    QueryParam[] sorted = sortedByName(params);
    StringBuilder sb = new StringBuilder(params.size() * 24);
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0) {
        sb.append('&');
      }
      sb.append(sorted[i].name()).append('=').append(sorted[i].value());
    }
    return sb.toString();
  }

  /**
   * What the help-centre Python sample sends on the request line: pairs in insertion order,
   * form-escaped ({@code quote_plus}, the same set as Go's {@code QueryEscape}).
   */
  public static String seedWire(List<QueryParam> params) {
    StringBuilder sb = new StringBuilder(params.size() * 24);
    for (QueryParam p : params) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      QueryEscaper.appendEscaped(sb, p.name());
      sb.append('=');
      QueryEscaper.appendEscaped(sb, p.value());
    }
    return sb.toString();
  }

  private static QueryParam[] sortedByName(List<QueryParam> params) {
    QueryParam[] sorted = params.toArray(new QueryParam[0]);
    Arrays.sort(sorted, BY_NAME); // TimSort: stable, so repeated keys keep their order
    return sorted;
  }

  /** Compares two strings by Unicode code point, which equals UTF-8 byte order. */
  public static int compareUtf8(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
          return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }
}
