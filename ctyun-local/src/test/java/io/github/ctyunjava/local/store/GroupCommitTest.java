package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite group commit and the optimistic read path. */
class GroupCommitTest {
  @TempDir Path dir;

  private static Resource vpc(int i) {
    return Resource.create(
        "vpc",
        String.format("vpc-%010d", i),
        "acct",
        "r1",
        null,
        null,
        "n" + i,
        JsonNodeFactory.instance.objectNode().put("i", i));
  }

  @Test
  void concurrentCallsAreEachAtomicAndOnlyFailuresAreRolledBack() throws Exception {
    int calls = 400;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    try (Database db = Database.openSqlite(dir)) {
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int n = i;
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    db.inTransaction(
                        tx -> {
                          tx.insert(vpc(n));
                          tx.insert(vpc(100_000 + n)); // two rows: all or nothing
                          if (n % 3 == 0) {
                            throw new IllegalStateException("call " + n + " fails");
                          }
                          return null;
                        });
                    return true;
                  } catch (IllegalStateException e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      for (int i = 0; i < calls; i++) {
        assertThat(outcomes.get(i).get()).as("call %d acknowledged", i).isEqualTo(i % 3 != 0);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Database reopened = Database.openSqlite(dir)) {
      for (int i = 0; i < calls; i++) {
        int n = i;
        boolean first = reopened.read(tx -> tx.find("vpc", vpc(n).id()).isPresent());
        boolean second = reopened.read(tx -> tx.find("vpc", vpc(100_000 + n).id()).isPresent());
        assertThat(first).as("row of call %d", n).isEqualTo(n % 3 != 0);
        assertThat(second).as("second row of call %d", n).isEqualTo(first);
      }
    }
  }

  @Test
  void readThatWritesIsRetriedAsADurableWrite() {
    try (Database db = Database.openSqlite(dir)) {
      Resource stored = db.read(tx -> tx.insert(vpc(7)));
      assertThat(stored.seq()).isPositive();
      boolean found = db.read(tx -> tx.find("vpc", vpc(7).id()).isPresent());
      assertThat(found).isTrue();
    }
  }

  @Test
  void readsSeeEveryAcknowledgedWrite() {
    try (Database db = Database.openSqlite(dir)) {
      for (int i = 0; i < 50; i++) {
        int n = i;
        db.inTransaction(tx -> tx.insert(vpc(n)));
        boolean found = db.read(tx -> tx.find("vpc", vpc(n).id()).isPresent());
        assertThat(found).as("write %d visible to reads", n).isTrue();
      }
    }
  }

  @Test
  void closedStoreRefusesWork() {
    Database db = Database.openSqlite(dir);
    db.close();
    assertThatThrownBy(() -> db.inTransaction(tx -> tx.insert(vpc(1))))
        .isInstanceOf(StoreException.class);
  }
}
