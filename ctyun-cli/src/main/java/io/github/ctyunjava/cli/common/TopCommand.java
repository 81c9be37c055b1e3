package io.github.ctyunjava.cli.common;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the subcommands read from the top command {@code ctyun}: the surroundings of the run, its
 * messages and the global options. Subcommands declare {@code @ParentCommand TopCommand top}, so
 * they do not depend on the class that lists them.
 */
public interface TopCommand {
  /** The class whose {@code main} runs the whole command line (a detached emulator runs it). */
  String MAIN_CLASS = "io.github.ctyunjava.cli.Ctyun";

  /** The surroundings the command runs in. */
  CliContext context();

  /** The messages in the language of this run. */
  Messages messages();

  /** {@code --profile}, or null when not given. */
  String profileOption();

  /** The profile in effect: {@code --profile}, else {@code $CTYUN_PROFILE}, else default. */
  String profileName();

  /** {@code --endpoint-url}, or null when not given. */
  String endpointUrlOption();

  /** {@code --ca-bundle}, or null when not given. */
  Path caBundleOption();

  /** {@code --call-timeout}, or null when not given. */
  /** {@code --proxy}, or null when not given. */
  String proxyOption();

  Duration callTimeoutOption();

  /** Whether {@code --debug} was given. */
  boolean debug();

  /** The picocli model of the top command. */
  CommandSpec spec();
}
