package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ConfigurationException;
import io.github.ctyunjava.cli.common.DurationConverter;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.Logging;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalOptions;
import io.github.ctyunjava.local.CtyunLocalOptions.FaultKind;
import io.github.ctyunjava.local.service.StatePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctyun local start}: runs the emulator in the foreground until SIGINT/SIGTERM. Every flag
 * maps onto one {@link CtyunLocalOptions} value.
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
  static final String AK_ENV = "CTYUN_LOCAL_AK";

  static final String SK_ENV = "CTYUN_LOCAL_SK";

  /** Environment variable with the PostgreSQL password. */
  static final String DB_PASSWORD_ENV = "CTYUN_LOCAL_DB_PASSWORD";

  /** Environment variable with a fixed admin token (for CI scripts). */
  static final String ADMIN_TOKEN_ENV = "CTYUN_LOCAL_ADMIN_TOKEN";

  @ParentCommand private LocalCommand parent;

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  private int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(
      names = "--tls",
      description =
          "Also serve HTTPS on --tls-port, with a certificate of a local CA created on first start"
              + " in <data-dir>/tls (trust tls/ca.pem); plain HTTP stays on --port.")
  private boolean tls;

  @Option(
      names = "--tls-port",
      paramLabel = "N",
      defaultValue = "8443",
      description = "HTTPS port with --tls (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  private int tlsPort;

  @ArgGroup(exclusive = true)
  private Store store = new Store();

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "PostgreSQL user; the password comes from $" + DB_PASSWORD_ENV + ".")
  private String dbUser;

  @Option(
      names = "--ak",
      paramLabel = "AK",
      description = "Access key of the account to ensure (also: $" + AK_ENV + ").")
  private String ak;

  @Option(
      names = "--sk",
      paramLabel = "SK",
      description =
          "Secret key of that account (also: $"
              + SK_ENV
              + "; the command line is visible to other users).")
  private String sk;

  @Option(
      names = "--credentials-file",
      paramLabel = "FILE",
      description =
          "Where profile 'local' is written on first start (default:"
              + " $CTYUN_SHARED_CREDENTIALS_FILE, else ~/.ctyun/credentials).")
  private Path credentialsFile;

  @Option(
      names = "--config-file",
      paramLabel = "FILE",
      description =
          "Where profile 'local' gets endpoint_url (and ca_bundle with --tls) on every start"
              + " (default: $CTYUN_CONFIG_FILE, else ~/.ctyun/config; beside --credentials-file"
              + " when only that is given).")
  private Path configFile;

  @Option(
      names = "--date-window",
      paramLabel = "DURATION",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description = "Accepted distance of Eop-date from Beijing time (default: 15m).")
  private Duration dateWindow;

  @Option(
      names = "--accept-utc-dates",
      description = "Also accept an Eop-date written in UTC instead of Beijing time.")
  private boolean acceptUtcDates;

  @Option(
      names = "--lenient-query",
      description = "Also accept the help-centre samples' unescaped query form when verifying.")
  private boolean lenientQuery;

  @Option(
      names = "--reject-replay",
      description = "Reject a ctyun-eop-request-id already seen inside the date window.")
  private boolean rejectReplay;

  @Option(
      names = "--fail-rate",
      paramLabel = "RATE",
      defaultValue = "0",
      description = "Fraction 0..1 of API calls answered with an injected fault (default: 0).")
  private double failRate;

  @Option(
      names = "--fail-with",
      paramLabel = "503|throttle",
      defaultValue = "503",
      converter = FaultKindConverter.class,
      description = "Injected fault: HTTP 503, or HTTP 429 with a throttling code (default: 503).")
  private FaultKind failWith;

  @Option(
      names = "--latency",
      paramLabel = "DURATION",
      defaultValue = "0ms",
      converter = DurationConverter.class,
      description = "Delay added to every API call, e.g. 50ms (default: none).")
  private Duration latency;

  @Option(
      names = "--endpoint-order-policy",
      paramLabel = "POLICY",
      description = "When endpoint orders complete: immediate (default), reads:N or seconds:N.")
  private String endpointOrderPolicy;

  @Option(names = "--quiet", description = "Log only warnings (default: one line per request).")
  private boolean quiet;

  @Option(
      names = {"-d", "--detach"},
      description =
          "Run in the background: the pid file, state and log go to the data directory;"
              + " 'ctyun local status|stop|reset' find it there.")
  private boolean detach;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description =
          "Fixed token for the admin endpoints (also: $"
              + ADMIN_TOKEN_ENV
              + "; default: a random one, printed at start).")
  private String adminToken;

  /** Where the data lives: a SQLite directory or a PostgreSQL database, not both. */
  static final class Store {
    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        description = "SQLite data directory (default: ~/.ctyun-local).")
    Path dataDir;

    @Option(
        names = "--db-url",
        paramLabel = "URL",
        description = "PostgreSQL JDBC URL instead of SQLite (jdbc:postgresql://host/db).")
    String dbUrl;
  }

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
    Map<String, String> env = ctx.env();
    if (port < 0 || port > 65535) {
      throw usage("--port must be between 0 and 65535, got " + port);
    }
    if (tlsPort < 0 || tlsPort > 65535) {
      throw usage("--tls-port must be between 0 and 65535, got " + tlsPort);
    }
    if (failRate < 0 || failRate > 1 || Double.isNaN(failRate)) {
      throw usage("--fail-rate must be between 0 and 1, got " + failRate);
    }
    if (dbUser != null && store.dbUrl == null) {
      throw usage("--db-user needs --db-url");
    }
    CtyunLocalOptions.Builder b =
        CtyunLocalOptions.builder()
            .host(host)
            .port(port)
            .tls(tls)
            .tlsPort(tlsPort)
            .credentialsFile(
                credentialsFile != null ? credentialsFile : ProfileFile.defaultCredentialsPath(env))
            .configFile(
                configFile != null
                    ? configFile
                    : credentialsFile != null ? null : ProfileFile.defaultConfigPath(env))
            .dateWindow(dateWindow)
            .acceptUtcDates(acceptUtcDates)
            .lenientQuery(lenientQuery)
            .rejectReplay(rejectReplay)
            .failRate(failRate)
            .failWith(failWith)
            .latency(latency)
            .clock(ctx.clock());
    if (store.dbUrl != null) {
      if (!store.dbUrl.startsWith("jdbc:postgresql:")) {
        throw usage("--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db)");
      }
      b.dbUrl(store.dbUrl).dbUser(dbUser).dbPassword(env.get(DB_PASSWORD_ENV));
    } else {
      b.dataDir(runDir(env));
    }
    String accessKey = ak != null ? ak : env.get(AK_ENV);
    String secretKey = sk != null ? sk : env.get(SK_ENV);
    if (isBlank(accessKey) != isBlank(secretKey)) {
      throw usage("give both --ak and --sk (or " + AK_ENV + " and " + SK_ENV + "), or neither");
    }
    if (!isBlank(accessKey)) {
      b.account(accessKey, secretKey);
    }
    String token = adminToken != null ? adminToken : env.get(ADMIN_TOKEN_ENV);
    if (!isBlank(token)) {
      b.adminToken(token);
    }
    if (endpointOrderPolicy != null) {
      try {
        b.endpointOrderPolicy(StatePolicy.parse(endpointOrderPolicy));
      } catch (IllegalArgumentException e) {
        throw usage("--endpoint-order-policy: " + e.getMessage());
      }
    }
    ctx.localCustomizer().accept(b);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** Where the run files go: the SQLite data directory (also with PostgreSQL: the default one). */
  Path runDir(Map<String, String> env) {
    return store.dataDir != null ? store.dataDir : CtyunLocalOptions.defaultDataDir(env);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
