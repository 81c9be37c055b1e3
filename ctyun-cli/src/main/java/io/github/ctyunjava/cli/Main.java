package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.CliVersion;

/**
 * The jar's entry point. {@code ctyun --version} is answered here, before any picocli class loads
 * (picocli's classes are Java 5 class files: the JVM verifies them the slow way and CDS cannot
 * archive them); everything else goes to {@link Ctyun#main}.
 */
public final class Main {
  private Main() {}

  /** Runs the command in this process and exits with its exit code. */
  public static void main(String[] args) {
    if (CliVersion.isRequest(args)) {
      System.out.println(CliVersion.line());
      return;
    }
    Ctyun.main(args);
  }
}
