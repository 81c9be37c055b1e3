package io.github.ctyunjava.cli;

import picocli.CommandLine.IVersionProvider;

/** picocli's view of {@link CliVersion}. */
final class VersionProvider implements IVersionProvider {
  /** The CLI's version, from the build. */
  static String cliVersion() {
    return CliVersion.cliVersion();
  }

  @Override
  public String[] getVersion() {
    return new String[] {CliVersion.line()};
  }
}
