package io.github.ctyunjava.cli;

import java.util.Locale;

/**
 * The one place that turns catalogue names into CLI names: kebab-case, a run of capitals being one
 * word ({@code createEndpoint -> create-endpoint}, {@code createVPC -> create-vpc}, {@code regionID
 * -> region-id}, {@code IP6 -> ip6}); the command group from the product and path. The same rule as
 * the catalogue's {@code cliGroup}/{@code cliCommand}.
 */
final class CliNames {
  private CliNames() {}

  /** {@code vpc}, {@code vpce} or {@code ecx}, or null for an operation outside those groups. */
  static String group(String product, String path) {
    if ("ecx".equals(product)) {
      return "ecx";
    }
    if (path.startsWith("/v4/vpc/")) {
      return "vpc";
    }
    if (path.startsWith("/v4/vpce/") || path.startsWith("/v4/endpoint/")) {
      return "vpce";
    }
    return null;
  }

  /** The subcommand of an operation: kebab-case, a trailing version suffix such as V1 dropped. */
  static String command(String operationId) {
    return kebab(operationId.replaceFirst("(?<=[a-z0-9])V\\d+$", ""));
  }

  /** The flag of a wire field: {@code regionID -> --region-id}. */
  static String flag(String field) {
    return "--" + kebab(field);
  }

  /** Kebab-case: a hyphen before each capital that follows a lower-case letter or digit. */
  static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char prev = name.charAt(i - 1);
        if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
          out.append('-');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
