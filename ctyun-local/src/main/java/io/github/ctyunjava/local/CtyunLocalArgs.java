package io.github.ctyunjava.local;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * Parses the standalone jar's command line ({@code java -jar ctyun-local.jar [options]}) into
 * {@link CtyunLocalOptions}; the options are those of {@link CtyunLocalFlags}, shared with {@code
 * ctyun local start}.
 */
public final class CtyunLocalArgs {
  /** Default port of the command-line emulator. */
  public static final int DEFAULT_PORT = CtyunLocalFlags.DEFAULT_PORT;

  /** Default HTTPS port of the command-line emulator. */
  public static final int DEFAULT_TLS_PORT = CtyunLocalFlags.DEFAULT_TLS_PORT;

  /** The standalone command: the shared flags and nothing else. */
  @Command(
      name = "ctyun-local",
      sortOptions = false,
      usageHelpAutoWidth = true,
      description = {
        "Run the ctyun-local emulator until the process is stopped.",
        "Account: $"
            + CtyunLocalFlags.AK_ENV
            + " with $"
            + CtyunLocalFlags.SK_ENV
            + " (or --secret-key-file), else the stored or a newly created one.",
        ""
      })
  static final class Standalone {
    @Mixin CtyunLocalFlags flags;
  }

  private CtyunLocalArgs() {}

  /**
   * Parses flags; a deprecated flag's warning goes to standard error.
   *
   * @param env the process environment
   * @throws IllegalArgumentException with a user-facing message on bad flags
   */
  public static CtyunLocalOptions parse(String[] args, Map<String, String> env) {
    return parse(args, env, w -> System.err.println("ctyun-local: warning: " + w));
  }

  /**
   * Parses flags.
   *
   * @param env the process environment
   * @param warnings receives one line per deprecated flag used
   * @throws IllegalArgumentException with a user-facing message on bad flags
   */
  public static CtyunLocalOptions parse(
      String[] args, Map<String, String> env, Consumer<String> warnings) {
    Standalone command = new Standalone();
    try {
      commandLine(command).parseArgs(args);
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return command.flags.toBuilder(env, warnings).build();
  }

  /** The usage text: every option with its description. */
  public static String usage() {
    StringWriter out = new StringWriter();
    commandLine(new Standalone()).usage(new PrintWriter(out));
    return out.toString();
  }

  private static CommandLine commandLine(Standalone command) {
    return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
