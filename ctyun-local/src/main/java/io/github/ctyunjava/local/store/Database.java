package io.github.ctyunjava.local.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The emulator's database: a SQLite file (WAL, {@code synchronous=FULL}) or PostgreSQL, migrated
 * with Flyway. Every call to {@link #inTransaction} is one committed transaction; SQLite work is
 * serialized through one connection, PostgreSQL writers take a transaction-scoped advisory lock.
 */
public final class Database implements AutoCloseable {
  /** Name of the SQLite file inside the data directory. */
  public static final String SQLITE_FILE = "ctyun-local.db";

  private static final long PG_LOCK_KEY = 0x637479756eL;

  private final boolean sqlite;
  private final HikariDataSource pool;
  private final Connection sqliteConnection;
  private final ReentrantLock sqliteLock = new ReentrantLock();
  private final AtomicLong seq = new AtomicLong();

  private Database(boolean sqlite, HikariDataSource pool, Connection sqliteConnection) {
    this.sqlite = sqlite;
    this.pool = pool;
    this.sqliteConnection = sqliteConnection;
  }

  /** Opens (and migrates) the SQLite database in {@code dataDir}. */
  public static Database openSqlite(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout(10_000);
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath());
      migrate(ds);
      Connection c = ds.getConnection();
      c.setAutoCommit(false);
      Database db = new Database(true, null, c);
      db.initSeq();
      return db;
    } catch (java.io.IOException | SQLException e) {
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
    hc.setAutoCommit(false);
    hc.setPoolName("ctyun-local");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to the PostgreSQL database", e);
    }
    try {
      migrate(pool);
      Database db = new Database(false, pool, null);
      db.initSeq();
      return db;
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static void migrate(DataSource ds) {
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException("database migration failed: " + e.getMessage(), e);
    }
  }

  private void initSeq() {
    long max =
        inTransaction(
            tx -> {
              return maxSeq();
            });
    seq.set(Math.max(max, System.currentTimeMillis() * 1000));
  }

  private long maxSeq() {
    Connection c = currentConnection.get();
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM resource");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("cannot read the sequence", e);
    }
  }

  private final ThreadLocal<Connection> currentConnection = new ThreadLocal<>();

  /** Work run inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Tx tx);
  }

  /**
   * Runs {@code work} in one transaction and commits it; rolls back when it throws.
   *
   * @return what the work returned
   */
  public <T> T inTransaction(Work<T> work) {
    if (sqlite) {
      sqliteLock.lock();
      try {
        return run(sqliteConnection, work, false);
      } finally {
        sqliteLock.unlock();
      }
    }
    try (Connection c = pool.getConnection()) {
      return run(c, work, true);
    } catch (SQLException e) {
      throw new StoreException("database unavailable", e);
    }
  }

  private <T> T run(Connection c, Work<T> work, boolean advisoryLock) {
    currentConnection.set(c);
    try {
      if (advisoryLock) {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
        }
      }
      T result = work.run(new Tx(c, this::nextSeq));
      c.commit();
      return result;
    } catch (SQLException e) {
      rollback(c);
      throw new StoreException("transaction failed", e);
    } catch (RuntimeException | Error e) {
      rollback(c);
      throw e;
    } finally {
      currentConnection.remove();
    }
  }

  private long nextSeq() {
    long floor = System.currentTimeMillis() * 1000;
    return seq.updateAndGet(prev -> Math.max(prev + 1, floor));
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is what matters
    }
  }

  /** Whether this is the SQLite store. */
  public boolean isSqlite() {
    return sqlite;
  }

  @Override
  public void close() {
    if (sqliteConnection != null) {
      sqliteLock.lock();
      try {
        sqliteConnection.close();
      } catch (SQLException ignored) {
        // closing anyway
      } finally {
        sqliteLock.unlock();
      }
    }
    if (pool != null) {
      pool.close();
    }
  }
}
