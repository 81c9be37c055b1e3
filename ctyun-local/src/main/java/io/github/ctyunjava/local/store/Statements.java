package io.github.ctyunjava.local.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a {@link Tx} gets its prepared statements. SQLite compiles SQL on every {@code
 * prepareStatement}, so each long-lived SQLite connection (the writer, each reader) keeps its
 * statements compiled for reuse ({@link #cached}); pooled PostgreSQL connections prepare and close
 * each time (the driver caches server-side plans itself). Used by one thread at a time, like its
 * connection.
 */
abstract class Statements implements AutoCloseable {
  /** The most statements kept per connection; the queries are a small fixed set of shapes. */
  static final int MAX_CACHED = 128;

  final Connection connection;

  /** Whether a statement was prepared since {@link #takeUsed}: a transaction may have begun. */
  private boolean used;

  private Statements(Connection connection) {
    this.connection = connection;
  }

  /** Prepares and closes a statement per use. */
  static Statements uncached(Connection connection) {
    return new Statements(connection) {
      @Override
      PreparedStatement compile(String sql) throws SQLException {
        return connection.prepareStatement(sql);
      }

      @Override
      void release(PreparedStatement ps) throws SQLException {
        ps.close();
      }

      @Override
      public void close() {}
    };
  }

  /** Keeps up to {@link #MAX_CACHED} compiled statements of {@code connection}. */
  static Statements cached(Connection connection) {
    return new Cached(connection);
  }

  /** A statement for {@code sql}; hand it back with {@link #release}. */
  final PreparedStatement prepare(String sql) throws SQLException {
    used = true;
    return compile(sql);
  }

  /**
   * Whether a statement was prepared since the last call; clears the mark. A read that ran no SQL
   * (its rows came from memory) opened no transaction, so it needs no rollback to end one.
   */
  final boolean takeUsed() {
    boolean was = used;
    used = false;
    return was;
  }

  abstract PreparedStatement compile(String sql) throws SQLException;

  /** Ends one use of a statement from {@link #prepare} (its result sets are closed). */
  abstract void release(PreparedStatement ps) throws SQLException;

  /** Closes the statements kept. */
  @Override
  public abstract void close();

  private static final class Cached extends Statements {
    private final Map<String, PreparedStatement> bySql =
        new LinkedHashMap<>(MAX_CACHED * 2, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX_CACHED) {
              return false;
            }
            closeQuietly(eldest.getValue());
            return true;
          }
        };

    Cached(Connection connection) {
      super(connection);
    }

    @Override
    PreparedStatement compile(String sql) throws SQLException {
      PreparedStatement ps = bySql.get(sql);
      if (ps == null) {
        ps = connection.prepareStatement(sql);
        bySql.put(sql, ps);
      }
      return ps;
    }

    @Override
    void release(PreparedStatement ps) throws SQLException {
      ps.clearParameters();
    }

    @Override
    public void close() {
      bySql.values().forEach(Cached::closeQuietly);
      bySql.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // the connection closes next
      }
    }
  }
}
