package io.github.ctyunjava.local.testing;

import io.github.ctyunjava.core.testing.RequiredService;
import java.util.Optional;

/**
 * The PostgreSQL server of the tests ({@code CTYUN_LOCAL_TEST_PG_URL}, {@code _USER}, {@code
 * _PASSWORD}; {@code .ci/run} sets them). Without it a test is skipped with the reason shown,
 * except in CI, where a missing server fails the test ({@link RequiredService}).
 */
public final class TestPostgres {
  /** Connection settings. */
  public record Server(String url, String user, String password) {}

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
