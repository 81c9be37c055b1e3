package io.github.ctyunjava.core;

import java.util.regex.Pattern;

/** The public endpoint of each CTyun product: {@code https://{product}-global.ctapi.ctyun.cn}. */
public final class Endpoints {
  private static final Pattern PRODUCT = Pattern.compile("[a-z][a-z0-9-]{0,62}");

  private Endpoints() {}

  /**
   * The base URL of a product ({@code ctvpc}, {@code ecx}, {@code ctecs}, ...).
   *
   * @throws IllegalArgumentException for a name that cannot be a host label
   */
  public static String forProduct(String product) {
    if (product == null || !PRODUCT.matcher(product).matches()) {
      throw new IllegalArgumentException("not a CTyun product code: " + product);
    }
    return "https://" + product + "-global.ctapi.ctyun.cn";
  }
}
