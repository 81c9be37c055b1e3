package io.github.ctyunjava.cli.common;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version} on every command, built without reflection.
 *
 * <p>picocli's {@code mixinStandardHelpOptions} reads an annotated class each time it is applied,
 * and on a tree whose top is {@code scope = INHERIT} it is applied again to every subcommand added
 * (the lazily built tree adds many): on a signed call that reflection cost about as much as the
 * rest of picocli. These are the same two options with the same texts and description keys, added
 * where picocli's mixin would put them: first for the catalogue's commands, after a hand-written
 * command's own options, and before the options a subcommand inherits.
 */
public final class HelpOptions {
  private HelpOptions() {}

  /** Adds the two options to {@code spec}, unless it has either already (as picocli's mixin). */
  public static void addTo(CommandSpec spec) {
    var options = spec.optionsMap();
    if (options.containsKey("-h")
        || options.containsKey("--help")
        || options.containsKey("-V")
        || options.containsKey("--version")) {
      return;
    }
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
  }

  /** Adds the two options to {@code cmd} and to every command under it. */
  public static void addToTree(CommandLine cmd) {
    addTo(cmd.getCommandSpec());
    for (CommandLine sub : cmd.getSubcommands().values()) {
      addToTree(sub);
    }
  }
}
