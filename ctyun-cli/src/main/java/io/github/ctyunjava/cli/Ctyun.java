package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.CliLanguage;
import io.github.ctyunjava.cli.common.CliVersion;
import io.github.ctyunjava.cli.common.DurationConverter;
import io.github.ctyunjava.cli.common.ErrorHandler;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.HelpOptions;
import io.github.ctyunjava.cli.common.Logging;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.cli.config.ConfigureCommand;
import io.github.ctyunjava.cli.demo.DemoCommand;
import io.github.ctyunjava.cli.local.LocalCommand;
import io.github.ctyunjava.cli.operation.ApiCommand;
import io.github.ctyunjava.cli.operation.SignCommand;
import io.github.ctyunjava.core.auth.ProfileFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ctyun} command: the top of the command tree, its global options ({@code --profile},
 * {@code --endpoint-url}, {@code --debug}, inherited by every subcommand) and the entry point.
 *
 * <p>Its picocli model is built in code ({@link #model}), not read from annotations: reflecting on
 * an annotated class (and on picocli's help mixin, for every subcommand of an inheriting top
 * command) was the largest part of a short command's start-up.
 */
public final class Ctyun implements Callable<Integer>, TopCommand {
  /**
   * The hand-written subcommands, in the order the help lists them, each under its {@code Command}
   * annotation's name (a test checks them; reading the annotation would cost a proxy).
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("api", ApiCommand.class);
    commands.put("sign", SignCommand.class);
    commands.put("configure", ConfigureCommand.class);
    commands.put("local", LocalCommand.class);
    commands.put("demo", DemoCommand.class);
    commands.put("completion", CompletionCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  private final CliContext context;

  private CommandSpec spec;

  private final OptionValue<String> profile = new OptionValue<>();
  private final OptionValue<String> endpointUrl = new OptionValue<>();
  private final OptionValue<Path> caBundle = new OptionValue<>();
  private final OptionValue<String> proxy = new OptionValue<>();
  private final OptionValue<Duration> callTimeout = new OptionValue<>();
  private final OptionValue<Boolean> debug = new OptionValue<>();
  private final OptionValue<String> lang = new OptionValue<>();

  private final Messages messages;

  private Ctyun(CliContext context, Locale language) {
    this.context = context;
    this.messages = Messages.of(language);
  }

  /** Runs the command in this process and exits with its exit code. */
  public static void main(String[] args) {
    if (!CliVersion.isRequest(args)) {
      Prefetch.start(args);
    }
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
    CommandLine cmd = new CommandLine(model(top));
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
    CommandLine cmd = new CommandLine(model(top));
    CommandTree tree = addSubcommands(cmd, top);
    tree.buildFor(cmd, args, () -> configure(cmd, top));
    return cmd;
  }

  /** The picocli model of {@code top}: what its annotations would declare, built in code. */
  private static CommandSpec model(Ctyun top) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(top);
    top.spec = spec;
    spec.name("ctyun");
    spec.versionProvider(new VersionProvider());
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description("Command-line client for the China Telecom Cloud (CTyun) OpenAPI.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(
            UsageMessageSpec.keyValuesMap(
                "0:success",
                "1:the service answered with an error",
                "2:usage error",
                "3:network or client error",
                "4:missing or bad configuration or credentials"));
    spec.addOption(
        global("--profile", "NAME", String.class, top.profile)
            .description(
                "Profile of ~/.ctyun/credentials and ~/.ctyun/config to use"
                    + " (default: $CTYUN_PROFILE, else 'default').")
            .build());
    spec.addOption(
        global("--endpoint-url", "URL", String.class, top.endpointUrl)
            .description(
                "Send every request to this base URL (e.g. a local emulator) instead of"
                    + " https://{product}-global.ctapi.ctyun.cn. Also: $CTYUN_ENDPOINT_URL,"
                    + " endpoint_url in ~/.ctyun/config.")
            .build());
    spec.addOption(
        global("--ca-bundle", "FILE", Path.class, top.caBundle)
            .description(
                "PEM file of CA certificates trusted besides the JVM's, e.g. the tls/ca.pem of"
                    + " 'ctyun local start --tls'. Also: $CTYUN_CA_BUNDLE, ca_bundle in"
                    + " ~/.ctyun/config.")
            .build());
    spec.addOption(
        global("--proxy", "URL", String.class, top.proxy)
            .description(
                "HTTP proxy, http://[user:password@]host:port. Also: https.proxyHost,"
                    + " $HTTPS_PROXY/$HTTP_PROXY with $NO_PROXY, $CTYUN_PROXY, proxy in"
                    + " ~/.ctyun/config.")
            .build());
    spec.addOption(
        global("--call-timeout", "DURATION", Duration.class, top.callTimeout)
            .converters(new DurationConverter())
            .description(
                "Give up a call after this long, retries and waits included, even if the server"
                    + " still trickles an answer: 30s, 2m (default: 2m).")
            .build());
    spec.addOption(
        global("--debug", null, boolean.class, top.debug)
            .description(
                "Log the HTTP exchange to stderr (signature and secrets masked); show stack"
                    + " traces.")
            .build());
    spec.addOption(
        global(CliLanguage.OPTION, "LANG", String.class, top.lang)
            .description(
                "Language of messages and help: en or zh-CN (default: $CTYUN_LANGUAGE, else"
                    + " language in ~/.ctyun/config, else the OS locale).")
            .build());
    HelpOptions.addTo(spec);
    // last: from here on every subcommand added inherits the settings and global options
    spec.scopeType(ScopeType.INHERIT);
    return spec;
  }

  private static OptionSpec.Builder global(
      String name, String paramLabel, Class<?> type, OptionValue<?> value) {
    OptionSpec.Builder b =
        OptionSpec.builder(name)
            .scopeType(ScopeType.INHERIT)
            .type(type)
            .getter(value)
            .setter(value);
    return paramLabel == null ? b : b.paramLabel(paramLabel);
  }

  private static CommandTree addSubcommands(CommandLine cmd, Ctyun top) {
    CommandTree tree = new CommandTree();
    for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
      tree.addPending(cmd, command.getKey(), () -> new CommandLine(command.getValue()));
    }
    tree.addPending(cmd, "help", () -> new CommandLine(new HelpCommand()));
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
          Logging.configure(top.debug()); // before any logger exists
          String lang = top.lang.value();
          if (lang != null && CliLanguage.parse(lang) == null) {
            throw new ParameterException(
                cmd, top.messages.get("usage.badLanguage", CliLanguage.OPTION, lang));
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
  @Override
  public CliContext context() {
    return context;
  }

  /** The messages in the language of this run. */
  @Override
  public Messages messages() {
    return messages;
  }

  /** {@code --profile}, or null when not given. */
  @Override
  public String profileOption() {
    return profile.value();
  }

  /** The profile in effect: {@code --profile}, else {@code $CTYUN_PROFILE}, else default. */
  @Override
  public String profileName() {
    return profile.value() != null
        ? profile.value()
        : ProfileFile.defaultProfileName(context.env());
  }

  /** {@code --endpoint-url}, or null when not given. */
  @Override
  public String endpointUrlOption() {
    return endpointUrl.value();
  }

  /** {@code --ca-bundle}, or null when not given. */
  @Override
  public Path caBundleOption() {
    return caBundle.value();
  }

  /** {@code --proxy}, or null when not given. */
  @Override
  public String proxyOption() {
    return proxy.value();
  }

  /** {@code --call-timeout}, or null when not given. */
  @Override
  public Duration callTimeoutOption() {
    return callTimeout.value();
  }

  /** Whether {@code --debug} was given. */
  @Override
  public boolean debug() {
    return Boolean.TRUE.equals(debug.value());
  }

  /** The picocli model of this command. */
  @Override
  public CommandSpec spec() {
    return spec;
  }
}
