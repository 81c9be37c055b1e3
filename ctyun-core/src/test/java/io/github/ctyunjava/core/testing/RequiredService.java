package io.github.ctyunjava.core.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need an outside service (a PostgreSQL server, python3 with requests):
 * outside CI a missing service skips the test, visibly, with the reason; in CI ({@code CI} set and
 * not {@code false}), where {@code .ci/run} provides every such service, it fails the test.
 */
public final class RequiredService {
  private RequiredService() {}

  /** Whether this JVM runs in CI, per the {@code CI} environment variable. */
  public static boolean inCi() {
    return isCi(System.getenv("CI"));
  }

  /** Continues when the service is available; otherwise skips, or fails in CI, with the reason. */
  public static void assumeAvailable(boolean available, String reason) {
    check(available, reason, System.getenv("CI"));
  }

  static void check(boolean available, String reason, String ciVariable) {
    if (available) {
      return;
    }
    if (isCi(ciVariable)) {
      Assertions.fail("CI must provide this service (.ci/run starts it): " + reason);
    }
    Assumptions.abort("skipped outside CI: " + reason);
  }

  static boolean isCi(String ciVariable) {
    return ciVariable != null
        && !ciVariable.trim().isEmpty()
        && !"false".equalsIgnoreCase(ciVariable.trim())
        && !"0".equals(ciVariable.trim());
  }
}
