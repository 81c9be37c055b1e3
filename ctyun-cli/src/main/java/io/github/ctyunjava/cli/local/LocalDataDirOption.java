package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.local.CtyunLocalOptions;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --data-dir} of the commands that find a running emulator by its run files. */
final class LocalDataDirOption {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory the emulator was started with (default: ~/.ctyun-local).")
  Path dataDir;

  /** The run files in that directory; {@code env} locates the default one ({@code $HOME}). */
  LocalRunFiles runFiles(Map<String, String> env) {
    return LocalRunFiles.in(dataDir != null ? dataDir : CtyunLocalOptions.defaultDataDir(env));
  }
}
