package io.github.ctyunjava.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds out whether the process's standard error is a terminal. */
final class Terminals {
  private Terminals() {}

  /**
   * On Linux, whether file descriptor 2 is a terminal device; elsewhere, whether the JVM has a
   * console (stdin and stdout are terminals), the closest portable guess.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
