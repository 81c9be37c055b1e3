package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The CLI's version line, {@code ctyun <version> (ctyun-java core <version>)}, read without picocli
 * so that {@code ctyun --version} loads almost nothing.
 */
public final class CliVersion {
  private static final String CLI_VERSION = load();

  private CliVersion() {}

  /** The CLI's version, from the build. */
  public static String cliVersion() {
    return CLI_VERSION;
  }

  /** The line {@code --version} prints. */
  public static String line() {
    // no '+': Java 17's invokedynamic string concatenation costs ~10 ms of method-handle set-up
    return new StringBuilder("ctyun ")
        .append(CLI_VERSION)
        .append(" (ctyun-java core ")
        .append(Version.SDK)
        .append(')')
        .toString();
  }

  /** Whether the arguments only ask for the version. */
  public static boolean isRequest(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = CliVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
