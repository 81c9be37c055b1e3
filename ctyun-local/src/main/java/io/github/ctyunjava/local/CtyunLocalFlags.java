package io.github.ctyunjava.local;

import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.config.Durations;
import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The emulator's command-line options, defined once: a picocli mixin ({@code @Mixin
 * CtyunLocalFlags}) used by the standalone jar ({@link CtyunLocalArgs}) and by {@code ctyun local
 * start}. Each flag maps onto one {@link CtyunLocalOptions} value; the limits of ports, rates and
 * sizes are {@code SettingLimits}', shared with the builder.
 *
 * <p>Secrets come from the environment or a file, never from the command line (which other users
 * see in {@code ps}): {@value #SK_ENV} or {@code --secret-key-file}, {@value #DB_PASSWORD_ENV} or
 * {@code --db-password-file}, {@value #ADMIN_TOKEN_ENV} or {@code --admin-token-env}. The older
 * {@code --sk} and {@code --admin-token} still work but are deprecated and warn.
 */
public final class CtyunLocalFlags {
  /** Environment variable of the account's access key. */
  public static final String AK_ENV = "CTYUN_LOCAL_AK";

  /** Environment variable of the account's secret key. */
  public static final String SK_ENV = "CTYUN_LOCAL_SK";

  /** Environment variable with the PostgreSQL password. */
  public static final String DB_PASSWORD_ENV = "CTYUN_LOCAL_DB_PASSWORD";

  /** Environment variable with a fixed admin token (for CI scripts). */
  public static final String ADMIN_TOKEN_ENV = "CTYUN_LOCAL_ADMIN_TOKEN";

  /** Default HTTP port. */
  public static final int DEFAULT_PORT = 8080;

  /** Default HTTPS port. */
  public static final int DEFAULT_TLS_PORT = 8443;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--tls",
      description =
          "Also serve HTTPS on --tls-port, with a certificate of a local CA created on first start"
              + " in <data-dir>/tls (trust tls/ca.pem); plain HTTP stays on --port.")
  boolean tls;

  @Option(
      names = "--tls-port",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_TLS_PORT,
      description = "HTTPS port with --tls (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  int tlsPort;

  @ArgGroup(exclusive = false)
  Store store = new Store();

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "PostgreSQL user; the password comes from $" + DB_PASSWORD_ENV + ".")
  String dbUser;

  @Option(
      names = "--db-password-file",
      paramLabel = "FILE",
      description = "File holding the PostgreSQL password (instead of $" + DB_PASSWORD_ENV + ").")
  Path dbPasswordFile;

  @Option(
      names = "--ak",
      paramLabel = "AK",
      description = "Access key of the account to ensure (also: $" + AK_ENV + ").")
  String ak;

  @Option(
      names = "--secret-key-file",
      paramLabel = "FILE",
      description = "File holding the secret key of that account (instead of $" + SK_ENV + ").")
  Path secretKeyFile;

  @Option(
      names = "--sk",
      paramLabel = "SK",
      description =
          "Deprecated: visible to other users in ps. Use $" + SK_ENV + " or --secret-key-file.")
  String sk;

  @Option(
      names = "--credentials-file",
      paramLabel = "FILE",
      description =
          "Where profile 'local' is written on first start (default:"
              + " $CTYUN_SHARED_CREDENTIALS_FILE, else ~/.ctyun/credentials).")
  Path credentialsFile;

  @Option(
      names = "--config-file",
      paramLabel = "FILE",
      description =
          "Where profile 'local' gets endpoint_url (and ca_bundle with --tls) on every start"
              + " (default: $CTYUN_CONFIG_FILE, else ~/.ctyun/config; beside --credentials-file"
              + " when only that is given).")
  Path configFile;

  @Option(names = "--no-profile", description = "Do not write the profile files.")
  boolean noProfile;

  @Option(
      names = "--date-window",
      paramLabel = "DURATION",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description = "Accepted distance of Eop-date from Beijing time (default: 15m).")
  Duration dateWindow;

  @Option(
      names = "--accept-utc-dates",
      description = "Also accept an Eop-date written in UTC instead of Beijing time.")
  boolean acceptUtcDates;

  @Option(
      names = "--lenient-query",
      description = "Also accept the help-centre samples' unescaped query form when verifying.")
  boolean lenientQuery;

  @Option(
      names = "--reject-replay",
      description = "Reject a ctyun-eop-request-id already seen inside the date window.")
  boolean rejectReplay;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Request body limit in bytes (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes;

  @Option(
      names = "--fail-rate",
      paramLabel = "RATE",
      defaultValue = "0",
      description = "Fraction 0..1 of API calls answered with an injected fault (default: 0).")
  double failRate;

  @Option(
      names = "--fail-with",
      paramLabel = "503|throttle",
      defaultValue = "503",
      converter = FaultKindConverter.class,
      description = "Injected fault: HTTP 503, or HTTP 429 with a throttling code (default: 503).")
  FaultKind failWith;

  @Option(
      names = "--latency",
      paramLabel = "DURATION",
      defaultValue = "0ms",
      converter = DurationConverter.class,
      description = "Delay added to every API call, e.g. 50ms (default: none).")
  Duration latency;

  @Option(
      names = "--endpoint-order-policy",
      paramLabel = "POLICY",
      description = "When endpoint orders complete: immediate (default), reads:N or seconds:N.")
  String endpointOrderPolicy;

  @Option(
      names = "--client-token-conflict",
      paramLabel = "MODE",
      description = "A reused clientToken with other parameters: error (default) or first-answer.")
  String clientTokenConflict;

  @Option(
      names = "--error-code",
      paramLabel = "OLD=NEW",
      description = "Answer NEW instead of an emulator-chosen error code (repeatable).")
  List<String> errorCodes = new ArrayList<>();

  @Option(
      names = "--admin-token-env",
      paramLabel = "VAR",
      description =
          "Read the admin token from environment variable VAR (default: $"
              + ADMIN_TOKEN_ENV
              + ", else a random one, printed at start).")
  String adminTokenEnv;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description =
          "Deprecated: visible to other users in ps. Use $"
              + ADMIN_TOKEN_ENV
              + " or --admin-token-env.")
  String adminToken;

  /**
   * Where the data lives: the data directory (the SQLite store unless {@code --db-url} names a
   * PostgreSQL database; always the local CA and the run files of {@code ctyun local}).
   */
  static final class Store {
    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        description =
            "Data directory: the SQLite store, the local CA (tls/) and the run files"
                + " (default: ~/.ctyun-local).")
    Path dataDir;

    @Option(
        names = "--db-url",
        paramLabel = "URL",
        description = "PostgreSQL JDBC URL instead of SQLite (jdbc:postgresql://host/db).")
    String dbUrl;
  }

  /**
   * The data directory: {@code --data-dir}, else {@code ~/.ctyun-local} ({@code env} locates the
   * home). With PostgreSQL the run files of {@code ctyun local} live there too.
   */
  public Path dataDirOrDefault(Map<String, String> env) {
    return store.dataDir != null ? store.dataDir : CtyunLocalOptions.defaultDataDir(env);
  }

  /**
   * The emulator settings of these flags and {@code env}; the caller may still change them.
   *
   * @param warnings receives one line per deprecated flag used
   * @throws IllegalArgumentException with a user-facing message when the flags do not make a valid
   *     combination or a secret file cannot be read
   */
  public CtyunLocalOptions.Builder toBuilder(Map<String, String> env, Consumer<String> warnings) {
    SettingLimits.check(
        SettingLimits.Names.FLAGS, port, tls, tlsPort, failRate, maxBodyBytes, dateWindow, latency);
    if (dbUser != null && store.dbUrl == null) {
      throw new IllegalArgumentException("--db-user needs --db-url");
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
            .writeProfile(!noProfile)
            .dateWindow(dateWindow)
            .acceptUtcDates(acceptUtcDates)
            .lenientQuery(lenientQuery)
            .rejectReplay(rejectReplay)
            .maxBodyBytes(maxBodyBytes)
            .failRate(failRate)
            .failWith(failWith)
            .latency(latency);
    if (store.dbUrl != null) {
      if (!store.dbUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(
            "--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db)");
      }
      String password =
          dbPasswordFile != null ? readSecret("--db-password-file", dbPasswordFile) : null;
      b.dbUrl(store.dbUrl)
          .dbUser(dbUser)
          .dbPassword(password != null ? password : env.get(DB_PASSWORD_ENV));
    }
    b.dataDir(dataDirOrDefault(env));
    account(b, env, warnings);
    adminToken(b, env, warnings);
    if (endpointOrderPolicy != null) {
      try {
        b.endpointOrderPolicy(StatePolicy.parse(endpointOrderPolicy));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--endpoint-order-policy: " + e.getMessage(), e);
      }
    }
    if (clientTokenConflict != null) {
      b.tokenConflict(tokenConflict(clientTokenConflict));
    }
    for (String override : errorCodes) {
      int eq = override.indexOf('=');
      if (eq <= 0 || eq == override.length() - 1) {
        throw new IllegalArgumentException("--error-code needs OLD=NEW, got " + override);
      }
      b.errorCodeOverride(override.substring(0, eq), override.substring(eq + 1));
    }
    return b;
  }

  private void account(
      CtyunLocalOptions.Builder b, Map<String, String> env, Consumer<String> warnings) {
    if (sk != null && secretKeyFile != null) {
      throw new IllegalArgumentException("give --secret-key-file or --sk, not both");
    }
    if (sk != null) {
      warnings.accept(
          "--sk is deprecated: the command line is visible to other users (ps); use $"
              + SK_ENV
              + " or --secret-key-file");
    }
    String accessKey = ak != null ? ak : env.get(AK_ENV);
    String secretKey;
    if (sk != null) {
      secretKey = sk;
    } else if (secretKeyFile != null) {
      secretKey = readSecret("--secret-key-file", secretKeyFile);
    } else {
      secretKey = env.get(SK_ENV);
    }
    if (isBlank(accessKey) != isBlank(secretKey)) {
      throw new IllegalArgumentException(
          "give both the access key (--ak or $"
              + AK_ENV
              + ") and the secret key ($"
              + SK_ENV
              + " or --secret-key-file), or neither");
    }
    if (!isBlank(accessKey)) {
      b.account(accessKey, secretKey);
    }
  }

  private void adminToken(
      CtyunLocalOptions.Builder b, Map<String, String> env, Consumer<String> warnings) {
    String token;
    if (adminToken != null) {
      warnings.accept(
          "--admin-token is deprecated: the command line is visible to other users (ps); use $"
              + ADMIN_TOKEN_ENV
              + " or --admin-token-env");
      token = adminToken;
    } else if (adminTokenEnv != null) {
      token = env.get(adminTokenEnv);
      if (isBlank(token)) {
        throw new IllegalArgumentException(
            "--admin-token-env: environment variable " + adminTokenEnv + " is not set");
      }
    } else {
      token = env.get(ADMIN_TOKEN_ENV);
    }
    if (!isBlank(token)) {
      b.adminToken(token);
    }
  }

  private static TokenConflict tokenConflict(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "error" -> TokenConflict.ERROR;
      case "first-answer" -> TokenConflict.FIRST_ANSWER;
      default ->
          throw new IllegalArgumentException(
              "--client-token-conflict must be error or first-answer, got " + value);
    };
  }

  /** The first line of a secret file, trimmed; the message never shows the content. */
  private static String readSecret(String flag, Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(flag + ": cannot read " + file, e);
    }
    String secret = lines.isEmpty() ? "" : lines.get(0).trim();
    if (secret.isEmpty()) {
      throw new IllegalArgumentException(flag + ": " + file + " is empty");
    }
    return secret;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }

  /** Reads {@code 50ms}, {@code 2s}, {@code 15m}, {@code 1h}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --fail-with}: {@code 503} (service unavailable) or {@code throttle} (429). */
  static final class FaultKindConverter implements ITypeConverter<FaultKind> {
    @Override
    public FaultKind convert(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "503", "unavailable" -> FaultKind.UNAVAILABLE;
        case "throttle", "429" -> FaultKind.THROTTLE;
        default -> throw new TypeConversionException("'" + value + "' is not 503 or throttle");
      };
    }
  }
}
