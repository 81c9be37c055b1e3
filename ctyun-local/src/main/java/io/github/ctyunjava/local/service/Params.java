package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.RequestValidator;
import java.util.List;

/** Parameter checks and parsing that several operations share (beyond the spec's validator). */
public final class Params {
  private Params() {}

  /** Checks a free-text description: it must not start with http: or https:. */
  public static void checkDescription(ApiCall call, String field) {
    String d = call.optText(field);
    if (d != null && (d.startsWith("http:") || d.startsWith("https:"))) {
      throw ApiError.business(
          RequestValidator.PATTERN_ERROR,
          "parameter " + field + " must not start with http: or https:",
          "参数" + field + "不能以http:或https:开头");
    }
  }

  /** A comma-separated ID list parameter, blanks dropped. */
  public static List<String> ids(ApiCall call, String name) {
    return Docs.splitCsv(call.text(name));
  }

  /**
   * A text parameter when given (a given empty value fails as a missing required one), else null.
   */
  public static String textIfGiven(ApiCall call, String name) {
    return call.has(name) ? call.text(name) : null;
  }

  /** A boolean parameter when given, else null. */
  public static Boolean boolIfGiven(ApiCall call, String name) {
    return call.has(name) ? call.bool(name, false) : null;
  }

  /** A comma-separated ID list parameter when given, else null. */
  public static List<String> idsIfGiven(ApiCall call, String name) {
    return call.has(name) ? ids(call, name) : null;
  }

  /** An optional text parameter, or {@code dflt} when absent. */
  public static String textOr(ApiCall call, String name, String dflt) {
    String v = call.optText(name);
    return v == null ? dflt : v;
  }
}
