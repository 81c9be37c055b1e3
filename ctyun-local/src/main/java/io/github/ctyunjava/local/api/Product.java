package io.github.ctyunjava.local.api;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A CTyun product by its code ({@code ctvpc}, {@code ecx}, ...). Which products the emulator
 * serves, and how requests reach them, is data: {@link ProductIndex}, read from {@code
 * spec/products.yaml}. One instance per code, so {@code ==} compares products.
 */
public final class Product {
  private static final ConcurrentMap<String, Product> BY_CODE = new ConcurrentHashMap<>();

  /** VPC and VPC endpoints, for the handlers of the bundled ctvpc operations. */
  public static final Product CTVPC = of("ctvpc");

  /** Intelligent edge cloud, for the handlers of the bundled ECX operations. */
  public static final Product ECX = of("ecx");

  private final String code;

  private Product(String code) {
    this.code = code;
  }

  /** The product with this code. */
  public static Product of(String code) {
    Objects.requireNonNull(code, "code");
    return BY_CODE.computeIfAbsent(code, Product::new);
  }

  /** Product code used in host names and path prefixes. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
