package io.github.ctyunjava.codegen;

import io.github.ctyunjava.core.catalog.CliNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names from wire names: {@code regionID -> regionId}, {@code ID -> id}. */
final class Names {
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "boolean",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "final",
          "float",
          "for",
          "if",
          "import",
          "int",
          "interface",
          "long",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "super",
          "switch",
          "this",
          "throw",
          "try",
          "void",
          "while",
          "builder",
          "toBuilder",
          "validate",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "wait");

  private Names() {}

  /** Splits {@code transitIPAddress} into {@code transit, IP, Address}. */
  static List<String> words(String wire) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char[] c = wire.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch == '_' || ch == '-' || ch == ' ' || ch == '.') {
        flush(out, cur);
        continue;
      }
      if (cur.length() > 0 && Character.isUpperCase(ch)) {
        char prev = c[i - 1];
        boolean pluralAcronym =
            i + 1 < c.length
                && c[i + 1] == 's'
                && (i + 2 == c.length || !Character.isLowerCase(c[i + 2]));
        boolean nextLower = i + 1 < c.length && Character.isLowerCase(c[i + 1]) && !pluralAcronym;
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || nextLower) {
          flush(out, cur);
        }
      }
      cur.append(ch);
    }
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** The lowerCamel member name. */
  static String member(String wire) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(wire)) {
      String lower = w.toLowerCase(Locale.ROOT);
      sb.append(sb.length() == 0 ? lower : cap(lower));
    }
    String name = sb.toString();
    return KEYWORDS.contains(name) ? name + "Value" : name;
  }

  /** The UpperCamel type name. */
  static String type(String wire) {
    return cap(member(wire).replaceAll("Value$", ""));
  }

  /** UPPER_SNAKE constant name of an enum value. */
  static String constant(String value) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(value)) {
      if (sb.length() > 0) {
        sb.append('_');
      }
      sb.append(w.toUpperCase(Locale.ROOT));
    }
    String s = sb.toString();
    return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "V_" + s : s;
  }

  /** {@code subOrderPrices -> subOrderPrice}; names not ending in one s get {@code Item}. */
  static String singular(String wire) {
    if (wire.endsWith("s") && !wire.endsWith("ss")) {
      return wire.substring(0, wire.length() - 1);
    }
    return wire + "Item";
  }

  /** The CLI command of an operation ({@link CliNames#command}). */
  static String cliCommand(String operationId) {
    return CliNames.command(operationId);
  }

  static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
