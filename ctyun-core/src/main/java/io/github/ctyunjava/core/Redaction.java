package io.github.ctyunjava.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text meant for logs: signatures, and password, secret, token or credential
 * fields. {@code clientToken} (an idempotency key, not a secret) stays readable.
 */
public final class Redaction {
  private static final String MASK = "****";
  private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[^\\s,;]*");
  private static final Pattern JSON_SECRET =
      Pattern.compile(
          "(\"(?!clientToken\")(?:[^\"\\\\]*(?i:password|passwd|secret|token|credential)[^\"\\\\]*|sk|SK)\"\\s*:\\s*)"
              + "(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");
  private static final Pattern QUERY_SECRET =
      Pattern.compile(
          "((?:^|[?&])(?!clientToken=)(?:[^=&]*(?i:password|passwd|secret|token|credential)[^=&]*|sk|SK)=)([^&]*)");

  private Redaction() {}

  /** An {@code Eop-Authorization} value with the signature masked; the AK stays. */
  public static String authorization(String value) {
    return value == null ? null : SIGNATURE.matcher(value).replaceAll("$1" + MASK);
  }

  /** A header value, masked if the header carries a credential. */
  public static String header(String name, String value) {
    if (name == null || value == null) {
      return value;
    }
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.equals("eop-authorization")) {
      return authorization(value);
    }
    if (n.equals("authorization")
        || n.contains("secret")
        || n.contains("token")
        || n.equals("cookie")
        || n.equals("set-cookie")) {
      return MASK;
    }
    return value;
  }

  /** A JSON text with the values of password, secret, token and SK fields masked. */
  public static String json(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = JSON_SECRET.matcher(text);
    return m.replaceAll("$1\"" + MASK + "\"");
  }

  /** A query string (or URL) with the values of secret-named parameters masked. */
  public static String query(String text) {
    return text == null ? null : QUERY_SECRET.matcher(text).replaceAll("$1" + MASK);
  }
}
