package io.github.ctyunjava.cli.operation;

import java.util.regex.Pattern;

/** Quotes words for a POSIX shell command line. */
final class ShellQuote {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:,+=%-]+");

  private ShellQuote() {}

  /**
   * The word unchanged when it has only shell-safe characters, otherwise in single quotes, with
   * each {@code '} written as {@code '\''}.
   */
  static String quote(String word) {
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
