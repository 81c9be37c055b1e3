package io.github.ctyunjava.local.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The emulator's database: a SQLite file (WAL, {@code synchronous=FULL}) or PostgreSQL, migrated
 * with Flyway. Every call to {@link #inTransaction} is atomic and durable before it returns. SQLite
 * writes go through one writer thread with group commit and reads through a few read-only
 * connections ({@link #read}). On PostgreSQL, which several emulators may share, the database
 * decides: writes of one scope (an account) take a lock on it there, rows are locked as they are
 * read, unique keys settle races (the loser is retried, see {@link PostgresRetry}), and resource
 * sequence numbers come from the {@code resource_seq} sequence.
 */
public final class Database implements AutoCloseable {
  /** Name of the SQLite file inside the data directory. */
  public static final String SQLITE_FILE = "ctyun-local.db";

  /**
   * The scope of writes that are not about one account (accounts, reset): they exclude each other,
   * not the API calls of accounts.
   */
  public static final String SHARED_SCOPE = "";

  /** First half of the PostgreSQL advisory lock keys; the second is the scope's hash. */
  private static final int PG_LOCK_CLASS = 0x63747975;

  private static final int SQLITE_READERS = 4;

  /** In-process locks that queue one emulator's PostgreSQL writes by scope (hash stripes). */
  private static final int SCOPE_STRIPES = 64;

  private static final int CONNECT_TIMEOUT_MS = 3_000;

  private final boolean sqlite;
  private final HikariDataSource pool;
  private final SqliteWriter writer;
  private final Connection writerConnection;
  private final BlockingQueue<Statements> readers;
  private final List<Statements> readerConnections;
  private final Statements writerStatements;
  private final AtomicLong seq = new AtomicLong();
  private final AtomicLong replayChecks = new AtomicLong();
  private final Lock[] scopeLocks = new Lock[SCOPE_STRIPES];

  /** SQLite only: keeps other emulators out of the data directory while this store is open. */
  private final DataDirLock dirLock;

  /** What this process keeps between transactions: SQLite only (see {@link LocalFacts}). */
  private final LocalFacts facts;

  /** Recently parsed documents, checked against the stored text at every read. */
  private final ParsedDocs docs = new ParsedDocs();

  private Database(
      boolean sqlite,
      HikariDataSource pool,
      DataDirLock dirLock,
      Connection sqliteConnection,
      List<Connection> readers) {
    this.sqlite = sqlite;
    this.dirLock = dirLock;
    this.pool = pool;
    this.writerConnection = sqliteConnection;
    this.writerStatements = sqliteConnection == null ? null : Statements.cached(sqliteConnection);
    this.facts = sqlite ? new LocalFacts() : null;
    this.writer =
        sqliteConnection == null
            ? null
            : new SqliteWriter(
                writerStatements, st -> new Tx(st, this::nextSeq, false, docs, facts));
    this.readerConnections = new ArrayList<>();
    readers.forEach(r -> readerConnections.add(Statements.cached(r)));
    this.readers = new ArrayBlockingQueue<>(Math.max(1, readers.size()));
    this.readers.addAll(readerConnections);
    for (int i = 0; i < scopeLocks.length; i++) {
      scopeLocks[i] = new ReentrantLock();
    }
  }

  /**
   * Opens (and migrates) the SQLite database in {@code dataDir}, which this store then keeps to
   * itself until it is closed.
   *
   * @throws StoreException also when another emulator, in any process, has the directory open
   */
  public static Database openSqlite(Path dataDir) {
    try {
      // secret keys live in the database: owner-only directory, database, WAL and shared memory
      OwnerOnly.directory(dataDir);
    } catch (java.io.UncheckedIOException e) {
      throw new StoreException("cannot open the SQLite database in " + dataDir, e);
    }
    DataDirLock dirLock = DataDirLock.take(dataDir);
    List<Connection> opened = new ArrayList<>(); // closed again if the open fails
    try {
      OwnerOnly.file(dataDir.resolve(SQLITE_FILE));
      OwnerOnly.existingFile(dataDir.resolve(SQLITE_FILE + "-wal"));
      OwnerOnly.existingFile(dataDir.resolve(SQLITE_FILE + "-shm"));
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout(10_000);
      // the store never asks for generated keys; fetching them costs a query after every insert
      config.setGetGeneratedKeys(false);
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath());
      migrate(ds);
      Connection c = ds.getConnection();
      opened.add(c);
      c.setAutoCommit(false);
      SQLiteConfig readConfig = new SQLiteConfig();
      readConfig.setReadOnly(true);
      readConfig.setBusyTimeout(10_000);
      SQLiteDataSource readDs = new SQLiteDataSource(readConfig);
      readDs.setUrl(ds.getUrl());
      List<Connection> readers = new ArrayList<>();
      for (int i = 0; i < SQLITE_READERS; i++) {
        Connection r = readDs.getConnection();
        opened.add(r);
        r.setAutoCommit(false);
        readers.add(r);
      }
      Database db = new Database(true, null, dirLock, c, readers);
      opened.clear(); // the store owns them now and closes them with the lock
      try {
        db.initSqliteSeq();
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
      return db;
    } catch (SQLException | RuntimeException e) {
      opened.forEach(Database::closeQuietly);
      dirLock.close();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the SQLite database in " + dataDir, e);
    }
  }

  /** Opens (and migrates) a PostgreSQL database. */
  public static Database openPostgres(String jdbcUrl, String user, String password) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(jdbcUrl);
    if (user != null) {
      hc.setUsername(user);
    }
    if (password != null) {
      hc.setPassword(password);
    }
    hc.setMaximumPoolSize(8);
    // when the server is down, calls and health checks fail within seconds, not 30 s
    hc.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    hc.setValidationTimeout(CONNECT_TIMEOUT_MS);
    hc.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
    hc.setAutoCommit(false);
    hc.setPoolName("ctyun-local");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to the PostgreSQL database", e);
    }
    try {
      migrate(pool, "classpath:db/postgresql");
      return new Database(false, pool, null, null, List.of());
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Migrates with the shared scripts ({@code db/migration}) and the dialect's own, if any. */
  private static void migrate(DataSource ds, String... dialectLocations) {
    String[] locations = new String[dialectLocations.length + 1];
    locations[0] = "classpath:db/migration";
    System.arraycopy(dialectLocations, 0, locations, 1, dialectLocations.length);
    try {
      Flyway.configure().dataSource(ds).locations(locations).loggers("slf4j").load().migrate();
    } catch (RuntimeException e) {
      throw new StoreException("database migration failed: " + e.getMessage(), e);
    }
  }

  /** SQLite has one writer, in this process: it numbers resources from an in-memory counter. */
  private void initSqliteSeq() {
    long max = inTransaction(Tx::maxSeq);
    seq.set(Math.max(max, System.currentTimeMillis() * 1000));
  }

  /** Work run inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Tx tx);
  }

  /** Runs {@code work} as a write of the {@linkplain #SHARED_SCOPE shared scope}. */
  public <T> T inTransaction(Work<T> work) {
    return inTransaction(SHARED_SCOPE, work);
  }

  /**
   * Runs {@code work} in one transaction and commits it; rolls back when it throws. The call
   * returns only once the work is durable. On SQLite, concurrent calls are committed in groups (see
   * {@link SqliteWriter}), each atomic on its own, one writer at a time.
   *
   * <p>On PostgreSQL, writes with the same {@code scope} (the calling account, say) never overlap,
   * in whichever emulator they run: each first takes a transaction-scoped advisory lock on the
   * scope, so it reads everything committed before it. Writes of different scopes run at the same
   * time; the rows they share are locked as they are read ({@link Tx#find}), and a transaction that
   * loses a race on a unique key or a deadlock is run again ({@link PostgresRetry}), so {@code
   * work} must have no effects outside the transaction.
   *
   * @return what the work returned
   */
  public <T> T inTransaction(String scope, Work<T> work) {
    if (sqlite) {
      return writer.submit(work);
    }
    // Waiting for the scope here, not on a pooled connection, keeps the pool for other scopes.
    Lock local = scopeLocks[Math.floorMod(scope.hashCode(), scopeLocks.length)];
    try {
      if (!local.tryLock(PostgresRetry.BUDGET_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new StoreException("timed out waiting for earlier writes of the same account");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for earlier writes", e);
    }
    try {
      return PostgresRetry.run(() -> onPostgres(work, scope));
    } finally {
      local.unlock();
    }
  }

  /**
   * Runs {@code work}, which normally only reads, in the {@linkplain #SHARED_SCOPE shared scope}.
   */
  public <T> T read(Work<T> work) {
    return read(SHARED_SCOPE, work);
  }

  /**
   * Runs work that normally only reads, concurrently with other reads and with writes, on the last
   * committed state (SQLite: one of several read-only connections; PostgreSQL: a read-only
   * snapshot, on which list pages and their totals agree). If it tries to write after all, it is
   * run again as a write with {@link #inTransaction(String, Work)} in {@code scope}.
   *
   * @return what the work returned
   */
  public <T> T read(String scope, Work<T> work) {
    if (!sqlite) {
      try {
        return onPostgres(work, null);
      } catch (Tx.WriteAttempted e) {
        return inTransaction(scope, work);
      }
    }
    Statements c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a read connection", e);
    }
    try {
      return work.run(new Tx(c, this::nextSeq, true, docs, facts));
    } catch (Tx.WriteAttempted e) {
      // fall through: run it as a write
    } finally {
      if (c.takeUsed()) {
        rollback(c.connection); // ends the read snapshot
      }
      readers.add(c);
    }
    return inTransaction(scope, work);
  }

  /**
   * One PostgreSQL transaction at read committed: a write of {@code scope}, which locks the scope
   * first and the rows it reads, or, when {@code scope} is null, a read-only snapshot whose work
   * throws {@link Tx.WriteAttempted} at its first write.
   */
  private <T> T onPostgres(Work<T> work, String scope) {
    boolean readOnly = scope == null;
    try (Connection c = pool.getConnection()) {
      try {
        if (readOnly) {
          try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          }
        } else {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT pg_advisory_xact_lock(" + PG_LOCK_CLASS + ", ?)")) {
            ps.setInt(1, scope.hashCode());
            ps.execute();
          }
        }
        T result =
            work.run(
                new Tx(
                    Statements.uncached(c),
                    () -> nextPostgresSeq(c),
                    readOnly,
                    !readOnly,
                    docs,
                    null));
        c.commit();
        return result;
      } catch (SQLException e) {
        rollback(c);
        throw new StoreException("transaction failed", e);
      } catch (RuntimeException | Error e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database unavailable", e);
    }
  }

  private static long nextPostgresSeq(Connection c) {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT nextval('resource_seq')")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot take a sequence number", e);
    }
  }

  private long nextSeq() {
    long floor = System.currentTimeMillis() * 1000;
    return seq.updateAndGet(prev -> Math.max(prev + 1, floor));
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing anyway
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is what matters
    }
  }

  /**
   * Records a request key until {@code until} unless it is already recorded and not expired: one
   * atomic statement, so of concurrent callers (in any process on this database) exactly one gets
   * true. Now and then, expired keys are deleted. PostgreSQL only: SQLite emulators keep their
   * request ids in memory.
   */
  public boolean firstUse(String key, long untilMillis, long nowMillis) {
    if (sqlite) {
      throw new UnsupportedOperationException("request ids are kept in memory with SQLite");
    }
    try (Connection c = pool.getConnection()) {
      try {
        int changed;
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO seen_request (request_key, expires_at) VALUES (?, ?)"
                    + " ON CONFLICT (request_key) DO UPDATE SET expires_at = EXCLUDED.expires_at"
                    + " WHERE seen_request.expires_at <= ?")) {
          ps.setString(1, key);
          ps.setLong(2, untilMillis);
          ps.setLong(3, nowMillis);
          changed = ps.executeUpdate();
        }
        if ((replayChecks.incrementAndGet() & 1023) == 0) {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM seen_request WHERE expires_at <= ?")) {
            ps.setLong(1, nowMillis);
            ps.executeUpdate();
          }
        }
        c.commit();
        return changed == 1;
      } catch (SQLException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot record the request id", e);
    }
  }

  /** Whether the database answers (a PostgreSQL round trip within a few seconds). */
  public boolean isUp() {
    if (sqlite) {
      return true; // an open local file
    }
    try (Connection c = pool.getConnection()) {
      return c.isValid(CONNECT_TIMEOUT_MS / 1000);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /** Whether this is the SQLite store. */
  public boolean isSqlite() {
    return sqlite;
  }

  @Override
  public void close() {
    if (writer != null) {
      writer.close();
    }
    for (Statements c : readerConnections) {
      c.close();
      closeQuietly(c.connection);
    }
    if (writerConnection != null) {
      writerStatements.close();
      closeQuietly(writerConnection);
    }
    if (pool != null) {
      pool.close();
    }
    if (dirLock != null) {
      dirLock.close(); // last: the next opener finds the database closed
    }
  }
}
