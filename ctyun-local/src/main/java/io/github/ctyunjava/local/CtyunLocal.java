package io.github.ctyunjava.local;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.api.ProductIndex;
import io.github.ctyunjava.local.api.Router;
import io.github.ctyunjava.local.api.SpecCatalog;
import io.github.ctyunjava.local.gateway.AdminEndpoints;
import io.github.ctyunjava.local.gateway.CachingAccountLookup;
import io.github.ctyunjava.local.gateway.EopVerifier;
import io.github.ctyunjava.local.gateway.FaultInjector;
import io.github.ctyunjava.local.gateway.GatewayHandler;
import io.github.ctyunjava.local.gateway.JsonErrorHandler;
import io.github.ctyunjava.local.gateway.ReplayGuard;
import io.github.ctyunjava.local.gateway.VerifierSettings;
import io.github.ctyunjava.local.service.ApiDispatcher;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.service.all.Services;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Database;
import io.github.ctyunjava.local.tls.LocalCertificateAuthority;
import io.github.ctyunjava.local.tls.ServerIdentity;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddable ctyun-local emulator: an HTTP/1.1 server (Jetty) that verifies EOP signatures and
 * serves the emulated CTyun APIs from a durable store.
 *
 * <pre>{@code
 * try (CtyunLocal local = CtyunLocal.builder().port(0).dataDir(dir).build().start()) {
 *   URI endpoint = local.endpoint();
 * }
 * }</pre>
 */
public final class CtyunLocal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CtyunLocal.class);

  private final CtyunLocalOptions options;
  private final String adminToken;
  private final ProductIndex products;
  private final Consumer<HandlerRegistry> extraHandlers;
  private Database db;
  private Server server;
  private ServerConnector connector;
  private ServerConnector tlsConnector;
  private SslContextFactory.Server tlsContext;
  private ServerIdentity identity;
  private Account account;

  /** An emulator of the bundled products that is not started yet. */
  public CtyunLocal(CtyunLocalOptions options) {
    this(options, ProductIndex.bundled(), r -> {});
  }

  private CtyunLocal(
      CtyunLocalOptions options, ProductIndex products, Consumer<HandlerRegistry> extraHandlers) {
    this.options = Objects.requireNonNull(options, "options");
    this.adminToken = options.adminToken() != null ? options.adminToken() : Ids.hex32();
    this.products = products;
    this.extraHandlers = extraHandlers;
  }

  /** A builder of an emulator. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens the store, ensures an account and starts serving.
   *
   * @return this
   * @throws IllegalStateException when already started or when the server cannot start
   */
  public synchronized CtyunLocal start() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    listen(); // first: a busy port must leave no database and no profile behind
    try {
      db =
          options.usesExternalDatabase()
              ? Database.openPostgres(options.dbUrl(), options.dbUser(), options.dbPassword())
              : Database.openSqlite(options.dataDir());
      AccountBootstrap.Result boot =
          AccountBootstrap.ensure(db, options, options.clock().instant());
      account = boot.account();
      HandlerRegistry handlers = new HandlerRegistry();
      Services.registerAll(handlers, options.endpointOrderPolicy(), options.tokenConflict());
      extraHandlers.accept(handlers);
      SpecCatalog catalog = SpecCatalog.load(products);
      Database store = db;
      EopVerifier verifier =
          new EopVerifier(
              new CachingAccountLookup(ak -> store.read(tx -> tx.accountByAccessKey(ak))),
              new VerifierSettings(
                  options.clock(),
                  options.dateWindow(),
                  options.acceptUtcDates(),
                  options.lenientQuery(),
                  options.rejectReplay()),
              // emulators sharing a PostgreSQL database share the request ids they have seen
              store.isSqlite()
                  ? ReplayGuard.inMemory()
                  : (key, until, now) ->
                      store.firstUse(key, until.toEpochMilli(), now.toEpochMilli()));
      GatewayHandler handler =
          new GatewayHandler(
              verifier,
              new Router(catalog),
              new ApiDispatcher(db, handlers, options.clock(), options.tokenConflict()),
              new AdminEndpoints(db, adminToken, db.isSqlite() ? "sqlite" : "postgresql"),
              FaultInjector.of(options.failRate(), options.failWith(), options.latency()),
              options.maxBodyBytes(),
              options.errorCodeOverrides());
      if (tlsContext != null) {
        // real time, not options.clock(): clients check the certificate against their own clock
        identity = LocalCertificateAuthority.ensure(options.tlsDir(), Instant.now());
        char[] password = Ids.hex32().toCharArray(); // in memory only
        tlsContext.setKeyStore(identity.keyStore(password));
        tlsContext.setKeyStorePassword(new String(password));
      }
      server.setHandler(handler);
      server.start();
      LocalProfile.update(
          options,
          System.getenv(),
          account,
          boot.created(),
          options.tls() ? tlsEndpoint() : endpoint(),
          options.tls() ? identity.caFile() : null);
      LOG.info(
          "ctyun-local listening on {}{} (account AK {}, store {})",
          endpoint(),
          options.tls() ? " and " + tlsEndpoint() : "",
          account.accessKey(),
          db.isSqlite() ? options.dataDir() : "postgresql");
      networkWarning().ifPresent(LOG::warn);
      return this;
    } catch (Exception e) {
      closeQuietly();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot start ctyun-local: " + e.getMessage(), e);
    }
  }

  /** Creates the server and binds its port; on failure nothing else has happened yet. */
  private void listen() {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("ctyun-local");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    server.addConnector(connector);
    if (options.tls()) {
      // the key store is set after the bind, so that a busy port creates no CA files either
      tlsContext = new SslContextFactory.Server();
      HttpConfiguration https = new HttpConfiguration(http);
      https.addCustomizer(new SecureRequestCustomizer());
      tlsConnector =
          new ServerConnector(
              server,
              new SslConnectionFactory(tlsContext, HttpVersion.HTTP_1_1.asString()),
              new HttpConnectionFactory(https));
      tlsConnector.setHost(options.host());
      tlsConnector.setPort(options.tlsPort());
      server.addConnector(tlsConnector);
    }
    server.setErrorHandler(new JsonErrorHandler());
    open(connector, options.port());
    if (tlsConnector != null) {
      open(tlsConnector, options.tlsPort());
    }
  }

  private void open(ServerConnector c, int port) {
    try {
      c.open();
    } catch (IOException e) {
      closeQuietly();
      String where = options.host() + " port " + port;
      throw new IllegalStateException(
          e instanceof BindException || e.getCause() instanceof BindException
              ? where + " is already in use (or not available on this machine)"
              : "cannot listen on " + where + ": " + e.getClass().getSimpleName(),
          e);
    }
  }

  /** The address and port the server is bound to, e.g. {@code 0.0.0.0:8080} (after start). */
  public String bindAddress() {
    String host = options.host();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /**
   * A warning to show when the server listens beyond the loopback interface, where other machines
   * can reach the API and the admin endpoints; empty for a loopback bind.
   */
  public Optional<String> networkWarning() {
    return networkWarning(options.host(), bindAddress());
  }

  static Optional<String> networkWarning(String host, String bindAddress) {
    if (isLoopback(host)) {
      return Optional.empty();
    }
    return Optional.of(
        "WARNING: ctyun-local listens on "
            + bindAddress
            + ": the API and the admin endpoints (/_ctyun/) are reachable from the network;"
            + " use --host 127.0.0.1 to keep them on this machine");
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The bound port (after {@link #start()}). */
  public int port() {
    requireStarted();
    return connector.getLocalPort();
  }

  /** The base URL to use as the SDK's endpoint override (plain HTTP). */
  public URI endpoint() {
    return url("http", port());
  }

  /**
   * The HTTPS base URL (with {@link CtyunLocalOptions#tls()}); clients trust {@link #caFile()}.
   *
   * @throws IllegalStateException when not started or TLS is off
   */
  public URI tlsEndpoint() {
    requireStarted();
    if (tlsConnector == null) {
      throw new IllegalStateException("TLS is off (CtyunLocalOptions.tls)");
    }
    return url("https", tlsConnector.getLocalPort());
  }

  /** The local CA's certificate ({@code <data-dir>/tls/ca.pem}) when TLS is on, else null. */
  public Path caFile() {
    return identity == null ? null : identity.caFile();
  }

  private URI url(String scheme, int port) {
    String host = options.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return URI.create(scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
  }

  /** Credentials of the account ensured at start. */
  public Credentials credentials() {
    requireStarted();
    return account.credentials();
  }

  /** The account ensured at start. */
  public Account account() {
    requireStarted();
    return account;
  }

  /** Token for the admin endpoints. */
  public String adminToken() {
    return adminToken;
  }

  /** The options. */
  public CtyunLocalOptions options() {
    return options;
  }

  /**
   * Deletes every resource and client token, keeping the accounts: what {@code POST /_ctyun/reset}
   * does, without the HTTP round trip.
   *
   * @throws IllegalStateException when not started
   */
  public synchronized void reset() {
    requireStarted();
    db.inTransaction(
        tx -> {
          tx.resetData();
          return null;
        });
  }

  /** Stops serving and closes the store. */
  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        LOG.warn("error stopping the server: {}", e.toString());
      }
      server = null;
    }
    for (ServerConnector c : new ServerConnector[] {connector, tlsConnector}) {
      if (c != null) {
        c.close(); // bound but never started when the start failed
      }
    }
    tlsConnector = null;
    tlsContext = null;
    if (db != null) {
      db.close();
      db = null;
    }
  }

  private void requireStarted() {
    if (connector == null || account == null) {
      throw new IllegalStateException("not started");
    }
  }

  /**
   * Builder of {@link CtyunLocal}; every setting lives in {@link CtyunLocalOptions}, except the
   * products served and extra handlers (code, not flags).
   */
  public static final class Builder {
    private final CtyunLocalOptions.Builder o = CtyunLocalOptions.builder();
    private ProductIndex products = ProductIndex.bundled();
    private Consumer<HandlerRegistry> extraHandlers = r -> {};

    private Builder() {}

    /** Port, 0 for a free one. */
    public Builder port(int port) {
      o.port(port);
      return this;
    }

    /** Interface to bind. */
    public Builder host(String host) {
      o.host(host);
      return this;
    }

    /** SQLite data directory. */
    public Builder dataDir(Path dir) {
      o.dataDir(dir);
      return this;
    }

    /** PostgreSQL JDBC URL. */
    public Builder dbUrl(String url) {
      o.dbUrl(url);
      return this;
    }

    /** The account to ensure. */
    public Builder account(String ak, String sk) {
      o.account(ak, sk);
      return this;
    }

    /** The credentials file receiving profile {@code local}. */
    public Builder credentialsFile(Path file) {
      o.credentialsFile(file);
      return this;
    }

    /** Changes any other option. */
    public Builder options(java.util.function.Consumer<CtyunLocalOptions.Builder> change) {
      change.accept(o);
      return this;
    }

    /**
     * Serves these products besides the bundled ones (e.g. {@link ProductIndex#fromDirectory} of a
     * folder with a {@code products.yaml} and its specs); their operations answer 501 until a
     * handler is registered.
     */
    public Builder addProducts(ProductIndex more) {
      products = products.with(more);
      return this;
    }

    /** Registers handlers besides the bundled ones, e.g. of an added product. */
    public Builder handlers(Consumer<HandlerRegistry> register) {
      extraHandlers = extraHandlers.andThen(register);
      return this;
    }

    /** The emulator, not started. */
    public CtyunLocal build() {
      return new CtyunLocal(o.build(), products, extraHandlers);
    }
  }
}
