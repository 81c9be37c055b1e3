package io.github.ctyunjava.local;

import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Parses command-line flags into {@link CtyunLocalOptions}. Secrets are never taken from the
 * command line (it is visible to other users): the account comes from {@code CTYUN_LOCAL_AK} /
 * {@code CTYUN_LOCAL_SK}, the database password from {@code CTYUN_LOCAL_DB_PASSWORD}.
 */
public final class CtyunLocalArgs {
  /** Usage text. */
  public static final String USAGE =
      String.join(
          "\n",
          "usage: ctyun-local [options]",
          "  --port N                  TCP port (default 8080; 0 picks a free port)",
          "  --host H                  interface to bind (default 127.0.0.1)",
          "  --tls                     also serve HTTPS (certificate of a local CA in DATA-DIR/tls)",
          "  --tls-port N              HTTPS port with --tls (default 8443; 0 picks a free port)",
          "  --data-dir DIR            SQLite data directory (default $HOME/.ctyun-local)",
          "  --db-url URL              PostgreSQL JDBC URL instead of SQLite",
          "  --db-user USER            PostgreSQL user (password from CTYUN_LOCAL_DB_PASSWORD)",
          "  --credentials-file FILE   where profile 'local' is written (default ~/.ctyun/credentials)",
          "  --config-file FILE        where profile 'local' gets endpoint_url (default ~/.ctyun/config)",
          "  --no-profile              do not write the profile files",
          "  --date-window 15m         accepted Eop-date skew",
          "  --accept-utc-dates        also accept Eop-date values written in UTC",
          "  --lenient-query           also accept the help-centre samples' unescaped query form",
          "  --reject-replay           reject a reused ctyun-eop-request-id within the window",
          "  --max-body-bytes N        request body limit (default 1048576)",
          "  --fail-rate R             fraction 0..1 of API calls answered with a fault",
          "  --fail-with 503|throttle  kind of injected fault (default 503)",
          "  --latency 50ms            delay added to every API call",
          "  --endpoint-order-policy P immediate | reads:N | seconds:N (default immediate)",
          "  --admin-token-env VAR     read the admin token from VAR (default: random, printed)",
          "  --client-token-conflict M error | first-answer: reused clientToken, other parameters",
          "  --error-code OLD=NEW      answer NEW instead of an emulator-chosen code (repeatable)",
          "account: CTYUN_LOCAL_AK and CTYUN_LOCAL_SK, else the stored or a newly created one");

  /** Default port of the command-line emulator. */
  public static final int DEFAULT_PORT = 8080;

  /** Default HTTPS port of the command-line emulator. */
  public static final int DEFAULT_TLS_PORT = 8443;

  private static final java.util.Set<String> VALUE_FLAGS =
      java.util.Set.of(
          "--port",
          "--host",
          "--tls-port",
          "--config-file",
          "--data-dir",
          "--db-url",
          "--db-user",
          "--credentials-file",
          "--date-window",
          "--max-body-bytes",
          "--fail-rate",
          "--fail-with",
          "--latency",
          "--endpoint-order-policy",
          "--admin-token-env",
          "--client-token-conflict",
          "--error-code");

  private CtyunLocalArgs() {}

  /**
   * Parses flags.
   *
   * @param env the process environment
   * @throws IllegalArgumentException with a user-facing message on bad flags
   */
  public static CtyunLocalOptions parse(String[] args, Map<String, String> env) {
    CtyunLocalOptions.Builder b =
        CtyunLocalOptions.builder()
            .port(DEFAULT_PORT)
            .tlsPort(DEFAULT_TLS_PORT)
            .dataDir(CtyunLocalOptions.defaultDataDir(env)); // --data-dir replaces it
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = null;
      int eq = flag.indexOf('=');
      if (flag.startsWith("--") && eq > 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      }
      switch (flag) {
        case "--no-profile" -> b.writeProfile(false);
        case "--tls" -> b.tls(true);
        case "--accept-utc-dates" -> b.acceptUtcDates(true);
        case "--lenient-query" -> b.lenientQuery(true);
        case "--reject-replay" -> b.rejectReplay(true);
        default -> {
          if (!VALUE_FLAGS.contains(flag)) {
            throw new IllegalArgumentException("unknown option " + flag);
          }
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException("missing value for " + flag);
            }
            value = args[++i];
          }
          apply(b, flag, value, env);
        }
      }
    }
    String ak = env.get("CTYUN_LOCAL_AK");
    String sk = env.get("CTYUN_LOCAL_SK");
    if (ak != null || sk != null) {
      if (ak == null || sk == null || ak.isEmpty() || sk.isEmpty()) {
        throw new IllegalArgumentException("set both CTYUN_LOCAL_AK and CTYUN_LOCAL_SK");
      }
      b.account(ak, sk);
    }
    if (env.get("CTYUN_LOCAL_DB_PASSWORD") != null) {
      b.dbPassword(env.get("CTYUN_LOCAL_DB_PASSWORD"));
    }
    return b.build();
  }

  private static void apply(
      CtyunLocalOptions.Builder b, String flag, String value, Map<String, String> env) {
    switch (flag) {
      case "--port" -> b.port(intValue(flag, value));
      case "--host" -> b.host(value);
      case "--tls-port" -> b.tlsPort(intValue(flag, value));
      case "--config-file" -> b.configFile(Paths.get(value));
      case "--data-dir" -> b.dataDir(Paths.get(value));
      case "--db-url" -> b.dbUrl(value);
      case "--db-user" -> b.dbUser(value);
      case "--credentials-file" -> b.credentialsFile(Paths.get(value));
      case "--date-window" -> b.dateWindow(duration(flag, value));
      case "--max-body-bytes" -> b.maxBodyBytes(intValue(flag, value));
      case "--fail-rate" -> {
        try {
          b.failRate(Double.parseDouble(value));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(flag + " needs a number between 0 and 1");
        }
      }
      case "--fail-with" -> b.failWith(faultKind(value));
      case "--latency" -> b.latency(duration(flag, value));
      case "--endpoint-order-policy" -> b.endpointOrderPolicy(StatePolicy.parse(value));
      case "--client-token-conflict" ->
          b.tokenConflict(
              switch (value.toLowerCase(Locale.ROOT)) {
                case "error" -> TokenConflict.ERROR;
                case "first-answer" -> TokenConflict.FIRST_ANSWER;
                default ->
                    throw new IllegalArgumentException(
                        "--client-token-conflict must be error or first-answer");
              });
      case "--error-code" -> {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
          throw new IllegalArgumentException("--error-code needs OLD=NEW");
        }
        b.errorCodeOverride(value.substring(0, eq), value.substring(eq + 1));
      }
      case "--admin-token-env" -> {
        String t = env.get(value);
        if (t == null || t.isEmpty()) {
          throw new IllegalArgumentException("environment variable " + value + " is not set");
        }
        b.adminToken(t);
      }
      default -> throw new IllegalArgumentException("unknown option " + flag);
    }
  }

  private static FaultKind faultKind(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "503", "unavailable" -> FaultKind.UNAVAILABLE;
      case "throttle", "429" -> FaultKind.THROTTLE;
      default -> throw new IllegalArgumentException("--fail-with must be 503 or throttle");
    };
  }

  private static int intValue(String flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs an integer, got " + v);
    }
  }

  /** Parses {@code 50ms}, {@code 2s}, {@code 15m}, {@code 1h} or ISO-8601 ({@code PT15M}). */
  static Duration duration(String flag, String v) {
    String t = v.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new IllegalArgumentException("unit");
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(flag + " needs a duration like 50ms, 2s or 15m");
    }
  }
}
