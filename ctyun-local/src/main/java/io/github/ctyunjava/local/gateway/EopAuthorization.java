package io.github.ctyunjava.local.gateway;

/**
 * The three parts of an {@code Eop-Authorization} value, {@code {AK} Headers={names}
 * Signature={base64}}, each separated by exactly one space; read without a regular expression,
 * since every request carries one.
 */
record EopAuthorization(String accessKey, String headers, String signature) {
  private static final String HEADERS = "Headers=";
  private static final String SIGNATURE = "Signature=";

  /** The parts of {@code value}, or null when it does not have that exact shape. */
  static EopAuthorization parse(String value) {
    int first = value.indexOf(' ');
    if (first <= 0 || !value.startsWith(HEADERS, first + 1)) {
      return null;
    }
    int second = value.indexOf(' ', first + 1);
    if (second < 0 || !value.startsWith(SIGNATURE, second + 1)) {
      return null;
    }
    String ak = value.substring(0, first);
    String headers = value.substring(first + 1 + HEADERS.length(), second);
    String signature = value.substring(second + 1 + SIGNATURE.length());
    if (!isToken(ak) || !isToken(headers) || !isBase64(signature)) {
      return null;
    }
    return new EopAuthorization(ak, headers, signature);
  }

  /** One or more characters, none of them white space (space, tab, line ends, form feed). */
  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** One or more characters of the Base64 alphabet, padding included. */
  private static boolean isBase64(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c >= 'A' && c <= 'Z'
              || c >= 'a' && c <= 'z'
              || c >= '0' && c <= '9'
              || c == '+'
              || c == '/'
              || c == '=';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
