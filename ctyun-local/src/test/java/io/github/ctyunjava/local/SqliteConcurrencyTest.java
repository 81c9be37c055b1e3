package io.github.ctyunjava.local;

import io.github.ctyunjava.local.testing.Local;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The concurrency scenarios on one emulator with its SQLite store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteConcurrencyTest extends ConcurrencyScenarios {
  private CtyunLocal node;

  @BeforeAll
  void start(@TempDir Path dir) {
    node = Local.start(dir, CLOCK);
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Override
  List<CtyunLocal> nodes() {
    return List.of(node);
  }
}
