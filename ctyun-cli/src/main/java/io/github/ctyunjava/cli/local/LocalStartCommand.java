package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ConfigurationException;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.Logging;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalFlags;
import io.github.ctyunjava.local.CtyunLocalOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctyun local start}: runs the emulator in the foreground until SIGINT/SIGTERM. The
 * emulator's flags are {@link CtyunLocalFlags} (shared with the standalone jar); {@code --quiet}
 * and {@code --detach} are the CLI's own.
 */
@Command(
    name = "start",
    sortOptions = false,
    description = {
      "Run ctyun-local in the foreground until Ctrl+C (SIGINT) or SIGTERM, or with --detach in"
          + " the background.",
      "On the first start with an empty store it creates an account and writes it as profile"
          + " 'local' to the credentials file; the secret key is never printed.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ctyun local start",
      "  ctyun local start -d && ctyun local status",
      "  ctyun local start --port 9000 --data-dir /tmp/ctyun-local --latency 50ms",
      "  ctyun local start --tls",
      "  ctyun local start --fail-rate 0.1 --fail-with throttle"
    })
final class LocalStartCommand implements Callable<Integer> {
  /** Environment variables of the account to ensure (secrets stay off the command line). */
  static final String AK_ENV = CtyunLocalFlags.AK_ENV;

  static final String SK_ENV = CtyunLocalFlags.SK_ENV;

  /** Environment variable with a fixed admin token (for CI scripts). */
  static final String ADMIN_TOKEN_ENV = CtyunLocalFlags.ADMIN_TOKEN_ENV;

  @ParentCommand private LocalCommand parent;

  @Spec private CommandSpec spec;

  /** The emulator's own options, shared with the standalone jar. */
  @Mixin private CtyunLocalFlags flags = new CtyunLocalFlags();

  @Option(names = "--quiet", description = "Log only warnings (default: one line per request).")
  private boolean quiet;

  @Option(
      names = {"-d", "--detach"},
      description =
          "Run in the background: the pid file, state and log go to the data directory;"
              + " 'ctyun local status|stop|reset' find it there.")
  private boolean detach;

  @Override
  public Integer call() throws InterruptedException {
    CliContext ctx = parent.top().context();
    CtyunLocalOptions options = options();
    LocalRunFiles files = LocalRunFiles.in(runDir(ctx.env()));
    files
        .running()
        .ifPresent(
            other -> {
              throw new ConfigurationException(
                  "ctyun-local already runs on "
                      + files.dir()
                      + " (pid "
                      + other.pid()
                      + ", "
                      + other.endpoint()
                      + "); stop it with 'ctyun local stop'");
            });
    if (detach && !ctx.env().containsKey(LocalDetacher.DETACHED_ENV)) {
      return LocalDetacher.start(
          ctx, files, spec.root().commandLine().getParseResult().originalArgs());
    }
    if (!quiet) {
      Logging.showEmulatorLog();
    }
    CtyunLocal local = new CtyunLocal(options);
    try {
      local.start();
    } catch (RuntimeException e) {
      throw new ConfigurationException("cannot start ctyun-local: " + e.getMessage());
    }
    long pid = ProcessHandle.current().pid();
    try {
      LocalBanner.print(ctx.out(), local);
      files.write(
          new LocalRunFiles.State(
              pid, local.endpoint().toString(), LocalBanner.store(options), local.adminToken()));
      ctx.stopSignal()
          .awaitThenRun(
              () -> {
                local.close();
                files.delete(pid);
              });
    } finally {
      local.close();
      files.delete(pid);
    }
    ctx.out().println("ctyun-local stopped");
    return ExitCodes.OK;
  }

  /**
   * The emulator settings from the flags and the environment, then the context's customizer.
   *
   * @throws ParameterException when the flags do not make a valid combination
   */
  CtyunLocalOptions options() {
    CliContext ctx = parent.top().context();
    try {
      CtyunLocalOptions.Builder b =
          flags.toBuilder(ctx.env(), w -> ctx.err().println("ctyun: warning: " + w));
      b.clock(ctx.clock());
      ctx.localCustomizer().accept(b);
      return b.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** Where the run files go: the SQLite data directory (also with PostgreSQL: the default one). */
  Path runDir(Map<String, String> env) {
    return flags.dataDirOrDefault(env);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
