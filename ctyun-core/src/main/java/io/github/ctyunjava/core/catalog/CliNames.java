package io.github.ctyunjava.core.catalog;

import java.util.Locale;

/**
 * How catalogue names become CLI names, in one place for the code generator and the {@code ctyun}
 * command: kebab-case where a run of capitals is one word ({@code createVPC -> create-vpc}, {@code
 * regionID -> region-id}, {@code IP6 -> ip6}) unless it is followed by a capitalized word ({@code
 * transitIPAddress -> transit-ip-address}). The command groups are product data ({@code
 * spec/products.yaml}, {@link ProductCatalogProvider#cliGroups()}).
 */
public final class CliNames {
  private CliNames() {}

  /** The subcommand of an operation: kebab-case, a trailing version suffix such as V1 dropped. */
  public static String command(String operationId) {
    return kebab(operationId.replaceFirst("(?<=[a-z0-9])V\\d+$", ""));
  }

  /** The flag of a wire field: {@code regionID -> --region-id}. */
  public static String flag(String field) {
    return "--" + kebab(field);
  }

  /**
   * Kebab-case: a hyphen before a capital that follows a lower-case letter or digit, and before the
   * last capital of a run when a lower-case word follows ({@code IPAddress -> ip-address}, but
   * {@code IPv6 -> ipv6}).
   */
  public static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char prev = name.charAt(i - 1);
        boolean wordAfterAcronym =
            Character.isUpperCase(prev)
                && i + 2 < n
                && Character.isLowerCase(name.charAt(i + 1))
                && Character.isLowerCase(name.charAt(i + 2));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || wordAfterAcronym) {
          out.append('-');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
