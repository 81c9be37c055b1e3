package io.github.ctyunjava.cli;

import io.github.ctyunjava.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code ctyun <version> (ctyun-java core <version>)}. */
final class VersionProvider implements IVersionProvider {
  private static final String CLI_VERSION = load();

  /** The CLI's version, from the build. */
  static String cliVersion() {
    return CLI_VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"ctyun " + CLI_VERSION + " (ctyun-java core " + Version.SDK + ")"};
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
