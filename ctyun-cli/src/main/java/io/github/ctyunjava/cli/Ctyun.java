package io.github.ctyunjava.cli;

import io.github.ctyunjava.core.auth.ProfileFile;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ctyun} command: the top of the command tree, its global options ({@code --profile},
 * {@code --endpoint-url}, {@code --debug}, inherited by every subcommand) and the entry point.
 */
@Command(
    name = "ctyun",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Command-line client for the China Telecom Cloud (CTyun) OpenAPI.",
    // Every hand-written subcommand is listed here; the catalogue's groups (vpc, vpce, ...) are
    // added by OperationGroups in newCommandLine.
    subcommands = {
      ApiCommand.class,
      SignCommand.class,
      ConfigureCommand.class,
      LocalCommand.class,
      DemoCommand.class,
      CompletionCommand.class,
      HelpCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the service answered with an error",
      "2:usage error",
      "3:network or client error",
      "4:missing or bad configuration or credentials"
    })
public final class Ctyun implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description =
          "Profile of ~/.ctyun/credentials and ~/.ctyun/config to use"
              + " (default: $CTYUN_PROFILE, else 'default').")
  private String profile;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "Send every request to this base URL (e.g. a local emulator) instead of"
              + " https://{product}-global.ctapi.ctyun.cn. Also: $CTYUN_ENDPOINT_URL,"
              + " endpoint_url in ~/.ctyun/config.")
  private String endpointUrl;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description =
          "Log the HTTP exchange to stderr (signature and secrets masked); show stack traces.")
  private boolean debug;

  @Option(
      names = CliLanguage.OPTION,
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      description =
          "Language of messages and help: en or zh-CN (default: $CTYUN_LANGUAGE, else language"
              + " in ~/.ctyun/config, else the OS locale).")
  private String lang;

  private final Messages messages;

  /** The command for the given surroundings, in English. */
  public Ctyun(CliContext context) {
    this(context, CliLanguage.ENGLISH);
  }

  private Ctyun(CliContext context, Locale language) {
    this.context = context;
    this.messages = Messages.of(language);
  }

  /** Runs the command in this process and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(CliContext.system(), args));
  }

  /**
   * Runs the command line and returns the exit code ({@link ExitCodes}); never calls {@code
   * System.exit}.
   */
  public static int run(CliContext context, String... args) {
    try {
      return newCommandLine(context, CliLanguage.resolve(args, context.env(), context.locale()))
          .execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** A configured picocli command line over {@code context}. */
  public static CommandLine newCommandLine(CliContext context) {
    return newCommandLine(
        context, CliLanguage.resolve(new String[0], context.env(), context.locale()));
  }

  /**
   * A configured picocli command line over {@code context}, its help and messages in {@code
   * language}.
   */
  static CommandLine newCommandLine(CliContext context, Locale language) {
    Ctyun top = new Ctyun(context, language);
    CommandLine cmd = new CommandLine(top);
    OperationGroups.addTo(cmd, top); // before the settings below, which reach existing subcommands
    ErrorHandler errors = new ErrorHandler(top);
    cmd.setOut(context.out());
    cmd.setErr(context.err());
    cmd.setExpandAtFiles(false); // '--body @file' is ours to read
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // '--profile local' names a profile, although 'local' is also a subcommand
    cmd.setAllowSubcommandsAsOptionParameters(true);
    cmd.setParameterExceptionHandler(errors);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setExecutionStrategy(
        (ParseResult parseResult) -> {
          Logging.configure(top.debug); // before any logger exists
          if (top.lang != null && CliLanguage.parse(top.lang) == null) {
            throw new ParameterException(
                cmd, top.messages.get("usage.badLanguage", CliLanguage.OPTION, top.lang));
          }
          return new RunLast().execute(parseResult);
        });
    ResourceBundle help = top.messages.helpBundle();
    if (help != null) {
      cmd.setResourceBundle(help); // after every subcommand is added: it reaches them all
    }
    return cmd;
  }

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    cmd.getErr().println(messages.get("usage.commandRequired"));
    cmd.usage(cmd.getErr());
    return ExitCodes.USAGE;
  }

  /** The surroundings the command runs in. */
  CliContext context() {
    return context;
  }

  /** The messages in the language of this run. */
  Messages messages() {
    return messages;
  }

  /** {@code --profile}, or null when not given. */
  String profileOption() {
    return profile;
  }

  /** The profile in effect: {@code --profile}, else {@code $CTYUN_PROFILE}, else default. */
  String profileName() {
    return profile != null ? profile : ProfileFile.defaultProfileName(context.env());
  }

  /** {@code --endpoint-url}, or null when not given. */
  String endpointUrlOption() {
    return endpointUrl;
  }

  /** Whether {@code --debug} was given. */
  boolean debug() {
    return debug;
  }

  /** The picocli model of this command. */
  CommandSpec spec() {
    return spec;
  }
}
