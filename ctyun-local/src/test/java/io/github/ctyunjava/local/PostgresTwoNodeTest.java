package io.github.ctyunjava.local;

import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concurrency scenarios over two emulators (two ports) on one PostgreSQL schema, created for
 * this class and dropped after it (see {@link TestPostgres} for when it runs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTwoNodeTest extends ConcurrencyScenarios {
  private TestPostgres.Schema schema;
  private CtyunLocal a;
  private CtyunLocal b;

  @BeforeAll
  void start(@TempDir Path dir) {
    TestPostgres.Server server = TestPostgres.require();
    schema = server.freshSchema();
    java.util.function.Consumer<CtyunLocalOptions.Builder> pg =
        o -> o.dbUrl(schema.url()).dbUser(server.user()).dbPassword(server.password());
    a = Local.start(dir.resolve("a"), CLOCK, pg);
    b = Local.start(dir.resolve("b"), CLOCK, pg);
  }

  @AfterAll
  void stop() {
    for (AutoCloseable c : new AutoCloseable[] {a, b, schema}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Override
  List<CtyunLocal> nodes() {
    return List.of(a, b);
  }
}
