package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;

/**
 * An IPv4 network in CIDR notation with its network address aligned. Immutable.
 *
 * @param network network address as an unsigned 32-bit value
 * @param prefix prefix length 0-32
 */
public record Cidr(long network, int prefix) {
  /** The RFC 1918 private blocks. */
  private static final Cidr[] PRIVATE = {
    new Cidr(parseIp("10.0.0.0"), 8),
    new Cidr(parseIp("172.16.0.0"), 12),
    new Cidr(parseIp("192.168.0.0"), 16)
  };

  /**
   * Parses {@code a.b.c.d/n}.
   *
   * @throws ApiError when malformed, not canonical ({@code /08}) or when host bits are set
   */
  public static Cidr parse(String field, String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    if (slash < 0) {
      throw invalid(field, text, "must look like 192.168.0.0/16");
    }
    long ip;
    int prefix;
    try {
      ip = parseIp(text.substring(0, slash));
      String p = text.substring(slash + 1);
      if (p.isEmpty()
          || p.length() > 2
          || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || (p.length() > 1 && p.charAt(0) == '0')) {
        throw new IllegalArgumentException("prefix");
      }
      prefix = Integer.parseInt(p);
    } catch (IllegalArgumentException e) {
      throw invalid(field, text, "must look like 192.168.0.0/16");
    }
    if (prefix > 32) {
      throw invalid(field, text, "has a prefix length above 32");
    }
    if ((ip & ~mask(prefix) & 0xffffffffL) != 0) {
      throw invalid(
          field, text, "has host bits set; use " + format(ip & mask(prefix)) + "/" + prefix);
    }
    return new Cidr(ip, prefix);
  }

  /**
   * Parses a dotted IPv4 address.
   *
   * @throws IllegalArgumentException when malformed
   */
  public static long parseIp(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an IPv4 address");
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("not an IPv4 address");
      }
      int n = Integer.parseInt(p);
      if (n > 255 || (p.length() > 1 && p.charAt(0) == '0')) {
        throw new IllegalArgumentException("not an IPv4 address");
      }
      v = (v << 8) | n;
    }
    return v;
  }

  /** Whether {@code s} is a dotted IPv4 address. */
  public static boolean isIp(String s) {
    try {
      parseIp(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Dotted form of an address. */
  public static String format(long ip) {
    return ((ip >> 24) & 255)
        + "."
        + ((ip >> 16) & 255)
        + "."
        + ((ip >> 8) & 255)
        + "."
        + (ip & 255);
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
  }

  /** Last address of the block. */
  public long broadcast() {
    return network | (~mask(prefix) & 0xffffffffL);
  }

  /** Number of addresses. */
  public long size() {
    return 1L << (32 - prefix);
  }

  /** Whether the address lies in the block. */
  public boolean contains(long ip) {
    return (ip & mask(prefix)) == network;
  }

  /** Whether {@code other} lies entirely inside this block. */
  public boolean contains(Cidr other) {
    return other.prefix >= prefix && contains(other.network);
  }

  /** Whether the blocks share an address. */
  public boolean overlaps(Cidr other) {
    return contains(other.network) || other.contains(network);
  }

  /** Whether the block lies inside an RFC 1918 private range. */
  public boolean isPrivate() {
    for (Cidr p : PRIVATE) {
      if (p.contains(this)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return format(network) + "/" + prefix;
  }

  private static ApiError invalid(String field, String text, String why) {
    return ApiError.business(
        ErrorCodes.CIDR_INVALID,
        field + " " + ApiError.echo(text) + " " + why,
        "参数" + field + "不是合法的CIDR");
  }
}
