package io.github.ctyunjava.local;

import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable settings of one emulator instance. Build with {@link #builder()}; every value has a
 * default suited to a developer machine. {@link #toString()} never prints the secret key, the admin
 * token or the database password.
 *
 * @param host interface to bind, default {@code 127.0.0.1}
 * @param port TCP port, 0 picks a free one
 * @param tls also serve HTTPS with a certificate of the emulator's local CA
 * @param tlsPort HTTPS port when {@code tls}, 0 picks a free one
 * @param dataDir directory of the SQLite file (ignored when {@code dbUrl} is set)
 * @param dbUrl JDBC URL of a PostgreSQL database, or null for SQLite
 * @param dbUser database user (PostgreSQL), may be null
 * @param dbPassword database password (PostgreSQL), may be null
 * @param accessKey AK of the account to ensure at start, or null to create one on first start
 * @param secretKey SK matching {@code accessKey}
 * @param credentialsFile profile file written on first start (profile {@code local})
 * @param configFile config file receiving profile {@code local}'s {@code endpoint_url} (and {@code
 *     ca_bundle} with TLS) on every start; null means the {@code config} file beside {@code
 *     credentialsFile}, else {@code ~/.ctyun/config}
 * @param writeProfile whether to write the created account to {@code credentialsFile}
 * @param dateWindow accepted distance between {@code Eop-date} and the server clock
 * @param acceptUtcDates also accept an {@code Eop-date} written in UTC instead of Beijing time
 * @param lenientQuery also accept the help-centre samples' decoded, unescaped query form
 * @param rejectReplay reject a {@code ctyun-eop-request-id} seen before inside the window
 * @param maxBodyBytes largest accepted request body
 * @param failRate fraction of API calls answered with an injected fault (0 = never)
 * @param failWith kind of the injected fault
 * @param latency delay added to every API call
 * @param adminToken token for {@code /_ctyun/reset} and {@code /_ctyun/accounts}, null = random
 * @param endpointOrderPolicy when endpoint create/delete orders complete
 * @param clock clock used for signatures, timestamps and state policies
 * @param tokenConflict what a reused clientToken with different parameters gets (inferred)
 * @param errorCodeOverrides replacements for emulator-chosen error codes (old code to new code)
 */
public record CtyunLocalOptions(
    String host,
    int port,
    boolean tls,
    int tlsPort,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String accessKey,
    String secretKey,
    Path credentialsFile,
    Path configFile,
    boolean writeProfile,
    Duration dateWindow,
    boolean acceptUtcDates,
    boolean lenientQuery,
    boolean rejectReplay,
    int maxBodyBytes,
    double failRate,
    FaultKind failWith,
    Duration latency,
    String adminToken,
    StatePolicy endpointOrderPolicy,
    Clock clock,
    TokenConflict tokenConflict,
    Map<String, String> errorCodeOverrides) {

  /** Validates the combination of values. */
  public CtyunLocalOptions {
    Objects.requireNonNull(tokenConflict, "tokenConflict");
    errorCodeOverrides = Map.copyOf(errorCodeOverrides);
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dateWindow, "dateWindow");
    Objects.requireNonNull(failWith, "failWith");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(endpointOrderPolicy, "endpointOrderPolicy");
    Objects.requireNonNull(clock, "clock");
    SettingLimits.check(
        SettingLimits.Names.BUILDER,
        port,
        tls,
        tlsPort,
        failRate,
        maxBodyBytes,
        dateWindow,
        latency);
    if ((accessKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException("accessKey and secretKey go together");
    }
    if (dataDir == null && dbUrl == null) {
      dataDir = defaultDataDir(System.getenv());
    }
  }

  /** A builder with defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Where the local CA and the server certificate live: {@code <dataDir>/tls}, or {@code
   * ~/.ctyun-local/tls} with PostgreSQL.
   */
  public Path tlsDir() {
    return (dataDir != null ? dataDir : defaultDataDir(System.getenv())).resolve("tls");
  }

  /** {@code ~/.ctyun-local}, home being {@code $HOME}, else {@code user.home}. */
  public static Path defaultDataDir(Map<String, String> env) {
    return ProfileFile.homeDirectory(env).resolve(".ctyun-local");
  }

  /** Whether PostgreSQL (rather than the SQLite file) is used. */
  public boolean usesExternalDatabase() {
    return dbUrl != null;
  }

  @Override
  public String toString() {
    return "CtyunLocalOptions[host="
        + host
        + ", port="
        + port
        + ", tls="
        + tls
        + ", tlsPort="
        + tlsPort
        + ", dataDir="
        + dataDir
        + ", dbUrl="
        + (dbUrl == null ? null : redactUrl(dbUrl))
        + ", accessKey="
        + (accessKey == null ? null : io.github.ctyunjava.core.auth.Credentials.redact(accessKey))
        + ", credentialsFile="
        + credentialsFile
        + ", configFile="
        + configFile
        + ", dateWindow="
        + dateWindow
        + ", acceptUtcDates="
        + acceptUtcDates
        + ", lenientQuery="
        + lenientQuery
        + ", rejectReplay="
        + rejectReplay
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", failRate="
        + failRate
        + ", failWith="
        + failWith
        + ", latency="
        + latency
        + ", endpointOrderPolicy="
        + endpointOrderPolicy
        + ", tokenConflict="
        + tokenConflict
        + ", errorCodeOverrides="
        + errorCodeOverrides
        + "]";
  }

  private static String redactUrl(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?****";
  }

  /** Mutable builder of {@link CtyunLocalOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private boolean tls;
    private int tlsPort = 0;
    private Path dataDir;
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private String accessKey;
    private String secretKey;
    private Path credentialsFile;
    private Path configFile;
    private boolean writeProfile = true;
    private Duration dateWindow = Duration.ofMinutes(15);
    private boolean acceptUtcDates;
    private boolean lenientQuery;
    private boolean rejectReplay;
    private int maxBodyBytes = 1 << 20;
    private double failRate;
    private FaultKind failWith = FaultKind.UNAVAILABLE;
    private Duration latency = Duration.ZERO;
    private String adminToken;
    private StatePolicy endpointOrderPolicy = StatePolicy.immediate();
    private Clock clock = Clock.systemUTC();
    private TokenConflict tokenConflict = TokenConflict.ERROR;
    private final Map<String, String> errorCodeOverrides = new LinkedHashMap<>();

    Builder() {}

    Builder(CtyunLocalOptions o) {
      host = o.host;
      port = o.port;
      tls = o.tls;
      tlsPort = o.tlsPort;
      dataDir = o.dataDir;
      dbUrl = o.dbUrl;
      dbUser = o.dbUser;
      dbPassword = o.dbPassword;
      accessKey = o.accessKey;
      secretKey = o.secretKey;
      credentialsFile = o.credentialsFile;
      configFile = o.configFile;
      writeProfile = o.writeProfile;
      dateWindow = o.dateWindow;
      acceptUtcDates = o.acceptUtcDates;
      lenientQuery = o.lenientQuery;
      rejectReplay = o.rejectReplay;
      maxBodyBytes = o.maxBodyBytes;
      failRate = o.failRate;
      failWith = o.failWith;
      latency = o.latency;
      adminToken = o.adminToken;
      endpointOrderPolicy = o.endpointOrderPolicy;
      clock = o.clock;
      tokenConflict = o.tokenConflict;
      errorCodeOverrides.putAll(o.errorCodeOverrides);
    }

    /** Interface to bind. */
    public Builder host(String v) {
      host = v;
      return this;
    }

    /** TCP port, 0 for a free one. */
    public Builder port(int v) {
      port = v;
      return this;
    }

    /** Also serve HTTPS (certificate from the local CA in {@link #tlsDir()}). */
    public Builder tls(boolean v) {
      tls = v;
      return this;
    }

    /** HTTPS port, 0 for a free one. */
    public Builder tlsPort(int v) {
      tlsPort = v;
      return this;
    }

    /** SQLite data directory. */
    public Builder dataDir(Path v) {
      dataDir = v;
      return this;
    }

    /** PostgreSQL JDBC URL. */
    public Builder dbUrl(String v) {
      dbUrl = v;
      return this;
    }

    /** Database user. */
    public Builder dbUser(String v) {
      dbUser = v;
      return this;
    }

    /** Database password. */
    public Builder dbPassword(String v) {
      dbPassword = v;
      return this;
    }

    /** Account to ensure at start. */
    public Builder account(String ak, String sk) {
      accessKey = ak;
      secretKey = sk;
      return this;
    }

    /** Credentials file receiving profile {@code local}. */
    public Builder credentialsFile(Path v) {
      credentialsFile = v;
      return this;
    }

    /** Config file receiving profile {@code local}'s endpoint. */
    public Builder configFile(Path v) {
      configFile = v;
      return this;
    }

    /** Whether to write the profile file. */
    public Builder writeProfile(boolean v) {
      writeProfile = v;
      return this;
    }

    /** Accepted {@code Eop-date} skew. */
    public Builder dateWindow(Duration v) {
      dateWindow = v;
      return this;
    }

    /** Also accept UTC-stamped dates. */
    public Builder acceptUtcDates(boolean v) {
      acceptUtcDates = v;
      return this;
    }

    /** Also accept the seed's decoded query form. */
    public Builder lenientQuery(boolean v) {
      lenientQuery = v;
      return this;
    }

    /** Reject reused request ids. */
    public Builder rejectReplay(boolean v) {
      rejectReplay = v;
      return this;
    }

    /** Body size limit in bytes. */
    public Builder maxBodyBytes(int v) {
      maxBodyBytes = v;
      return this;
    }

    /** Fraction of calls that fail. */
    public Builder failRate(double v) {
      failRate = v;
      return this;
    }

    /** Kind of injected failure. */
    public Builder failWith(FaultKind v) {
      failWith = v;
      return this;
    }

    /** Added latency. */
    public Builder latency(Duration v) {
      latency = v;
      return this;
    }

    /** Admin token. */
    public Builder adminToken(String v) {
      adminToken = v;
      return this;
    }

    /** Completion policy of endpoint orders. */
    public Builder endpointOrderPolicy(StatePolicy v) {
      endpointOrderPolicy = v;
      return this;
    }

    /** Clock. */
    public Builder clock(Clock v) {
      clock = v;
      return this;
    }

    /** Behaviour for a clientToken reused with different parameters. */
    public Builder tokenConflict(TokenConflict v) {
      tokenConflict = v;
      return this;
    }

    /** Answers {@code newCode} wherever the emulator would answer {@code code}. */
    public Builder errorCodeOverride(String code, String newCode) {
      errorCodeOverrides.put(Objects.requireNonNull(code), Objects.requireNonNull(newCode));
      return this;
    }

    /** The options. */
    public CtyunLocalOptions build() {
      return new CtyunLocalOptions(
          host,
          port,
          tls,
          tlsPort,
          dataDir,
          dbUrl,
          dbUser,
          dbPassword,
          accessKey,
          secretKey,
          credentialsFile,
          configFile,
          writeProfile,
          dateWindow,
          acceptUtcDates,
          lenientQuery,
          rejectReplay,
          maxBodyBytes,
          failRate,
          failWith,
          latency,
          adminToken,
          endpointOrderPolicy,
          clock,
          tokenConflict,
          errorCodeOverrides);
    }
  }
}
