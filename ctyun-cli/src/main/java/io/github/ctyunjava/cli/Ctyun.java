package io.github.ctyunjava.cli;

import io.github.ctyunjava.core.auth.ProfileFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    // The subcommands are added in newCommandLine (COMMANDS, then the catalogue's groups), each
    // built only when the arguments reach it (CommandTree).
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the service answered with an error",
      "2:usage error",
      "3:network or client error",
      "4:missing or bad configuration or credentials"
    })
public final class Ctyun implements Callable<Integer> {
  /** The hand-written subcommands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ApiCommand.class,
          SignCommand.class,
          ConfigureCommand.class,
          LocalCommand.class,
          DemoCommand.class,
          CompletionCommand.class);

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
      names = "--ca-bundle",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "PEM file of CA certificates trusted besides the JVM's, e.g. the tls/ca.pem of"
              + " 'ctyun local start --tls'. Also: $CTYUN_CA_BUNDLE, ca_bundle in ~/.ctyun/config.")
  private Path caBundle;

  @Option(
      names = "--proxy",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "HTTP proxy, http://[user:password@]host:port. Also: https.proxyHost,"
              + " $HTTPS_PROXY/$HTTP_PROXY with $NO_PROXY, $CTYUN_PROXY, proxy in ~/.ctyun/config.")
  private String proxy;

  @Option(
      names = "--call-timeout",
      paramLabel = "DURATION",
      scope = ScopeType.INHERIT,
      converter = DurationConverter.class,
      description =
          "Give up a call after this long, retries and waits included, even if the server"
              + " still trickles an answer: 30s, 2m (default: 2m).")
  private Duration callTimeout;

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
      if (CliVersion.isRequest(args)) {
        // the answer needs no command model: skip building one (the same text as picocli prints)
        context.out().println(CliVersion.line());
        return ExitCodes.OK;
      }
      return commandLineFor(
              context, CliLanguage.resolve(args, context.env(), context.locale()), args)
          .execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** A configured picocli command line over {@code context}, with the whole command tree. */
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
    CommandTree tree = addSubcommands(cmd, top);
    tree.buildAll(cmd);
    configure(cmd, top);
    return cmd;
  }

  /**
   * A configured command line for running {@code args}: only the commands these arguments reach are
   * built (and, where usage may be printed, their subcommands).
   */
  static CommandLine commandLineFor(CliContext context, Locale language, String... args) {
    Ctyun top = new Ctyun(context, language);
    CommandLine cmd = new CommandLine(top);
    CommandTree tree = addSubcommands(cmd, top);
    tree.buildFor(cmd, args, () -> configure(cmd, top));
    return cmd;
  }

  private static CommandTree addSubcommands(CommandLine cmd, Ctyun top) {
    CommandTree tree = new CommandTree();
    for (Class<?> command : COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      tree.addPending(cmd, name, () -> new CommandLine(command));
    }
    tree.add(cmd, "help", new CommandLine(new HelpCommand()));
    OperationGroups.addTo(tree, cmd, top);
    return tree;
  }

  /** The settings of the command line; they reach the subcommands that exist when applied. */
  private static void configure(CommandLine cmd, Ctyun top) {
    ErrorHandler errors = new ErrorHandler(top);
    cmd.setOut(top.context.out());
    cmd.setErr(top.context.err());
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
      cmd.setResourceBundle(help); // reaches the subcommands that exist when applied
    }
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

  /** {@code --ca-bundle}, or null when not given. */
  Path caBundleOption() {
    return caBundle;
  }

  /** {@code --proxy}, or null when not given. */
  String proxyOption() {
    return proxy;
  }

  /** {@code --call-timeout}, or null when not given. */
  Duration callTimeoutOption() {
    return callTimeout;
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
