package io.github.ctyunjava.local.testing;

import io.github.ctyunjava.core.testing.RequiredService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests ({@code CTYUN_LOCAL_TEST_PG_URL}, {@code _USER}, {@code
 * _PASSWORD}; {@code .ci/run} sets them). Without it a test is skipped with the reason shown,
 * except in CI, where a missing server fails the test ({@link RequiredService}).
 */
public final class TestPostgres {
  /** Connection settings. */
  public record Server(String url, String user, String password) {
    /**
     * A new, empty schema of its own on this server (other tests may share the database at the same
     * time), dropped with everything in it on {@link Schema#close}.
     */
    public Schema freshSchema() {
      String name = "t_" + UUID.randomUUID().toString().replace("-", "");
      execute("CREATE SCHEMA " + name);
      String sep = url.contains("?") ? "&" : "?";
      return new Schema(this, name, url + sep + "currentSchema=" + name);
    }

    /** Runs one SQL statement on its own connection. */
    public void execute(String sql) {
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL: " + e.getMessage(), e);
      }
    }
  }

  /**
   * A schema of the test's own.
   *
   * @param url JDBC URL whose connections work in this schema
   */
  public record Schema(Server server, String name, String url) implements AutoCloseable {
    /** The server's settings with this schema's URL. */
    public Server asServer() {
      return new Server(url, server.user(), server.password());
    }

    @Override
    public void close() {
      server.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  private TestPostgres() {}

  /** The configured server, or a skip (outside CI) / failure (in CI) when none is. */
  public static Server require() {
    Optional<Server> s = configured();
    RequiredService.assumeAvailable(
        s.isPresent(),
        "no PostgreSQL server configured: set CTYUN_LOCAL_TEST_PG_URL (and _USER/_PASSWORD)");
    return s.get();
  }

  private static Optional<Server> configured() {
    String url = System.getenv("CTYUN_LOCAL_TEST_PG_URL");
    if (url == null || url.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Server(
            url,
            System.getenv("CTYUN_LOCAL_TEST_PG_USER"),
            System.getenv("CTYUN_LOCAL_TEST_PG_PASSWORD")));
  }
}
