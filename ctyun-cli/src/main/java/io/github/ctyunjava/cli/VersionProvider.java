package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.CliVersion;
import picocli.CommandLine.IVersionProvider;

/** picocli's view of {@link CliVersion}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {CliVersion.line()};
  }
}
