package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a transaction remembers for later ones ({@link Tx#remember}, {@link Tx#recall}): kept until
 * a write of the types it was worked out from is committed, never when a write was missed by the
 * remembering transaction's snapshot, and never on PostgreSQL.
 */
class LocalFactsTest {
  @TempDir Path dir;

  private static Resource row(String type, String id) {
    return Resource.create(
        type, id, "acct", "r1", null, null, id, JsonNodeFactory.instance.objectNode());
  }

  /** Remembers {@code value} under "k" in a read, worked out from orders and delete orders. */
  private static void remember(Database db, String value) {
    db.read(
        tx -> {
          tx.remember("k", value, "order", "deleteOrder");
          return null;
        });
  }

  private static Optional<String> recall(Database db) {
    return db.read(tx -> tx.recall("k", String.class));
  }

  @Test
  void aRememberedValueHoldsUntilAWriteOfItsTypesIsCommitted() {
    try (Database db = Database.openSqlite(dir)) {
      assertThat(recall(db)).isEmpty();
      remember(db, "v1");
      assertThat(recall(db)).contains("v1");
      db.inTransaction(tx -> tx.insert(row("vpc", "vpc-1"))); // another type
      assertThat(recall(db)).contains("v1");
      db.inTransaction(tx -> tx.insert(row("deleteOrder", "o-1")));
      assertThat(recall(db)).isEmpty();

      remember(db, "v2");
      assertThat(recall(db)).contains("v2");
      db.inTransaction(tx -> tx.delete("deleteOrder", "o-1"));
      assertThat(recall(db)).isEmpty();
    }
  }

  @Test
  void aWriteThatRolledBackStillForgetsTheValue() {
    try (Database db = Database.openSqlite(dir)) {
      remember(db, "v");
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      tx -> {
                        tx.insert(row("order", "o-1"));
                        throw new IllegalStateException("business failure");
                      }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(recall(db)).isEmpty();
    }
  }

  @Test
  void aValueWorkedOutWhileAWriteCommittedIsNotKept() {
    try (Database db = Database.openSqlite(dir)) {
      db.read(
          tx -> {
            // this read began before the write below committed: what it saw may miss that write
            db.inTransaction(w -> w.insert(row("order", "o-1")));
            tx.remember("k", "seen before the write", "order");
            return null;
          });
      assertThat(recall(db)).isEmpty();
    }
  }

  @Test
  void aResetForgetsEverything() {
    try (Database db = Database.openSqlite(dir)) {
      remember(db, "v");
      db.inTransaction(
          tx -> {
            tx.resetData();
            return null;
          });
      assertThat(recall(db)).isEmpty();
    }
  }

  @Test
  void aReadThatUpdatesARowForgetsTheValue() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(row("order", "o-1")));
      remember(db, "v");
      // the update turns the read into a write, which then forgets the value
      db.read(
          tx -> {
            tx.update(tx.find("order", "o-1").orElseThrow());
            return null;
          });
      assertThat(recall(db)).isEmpty();
    }
  }

  private static String nameOf(Database db, String id) {
    return db.read(tx -> tx.find("vpc", id)).map(Resource::name).orElse("absent");
  }

  private static void rename(Database db, String id, String name) {
    db.inTransaction(
        tx -> {
          Resource r = tx.find("vpc", id).orElseThrow();
          tx.update(r.withNameAndDoc(name, r.doc()));
          return null;
        });
  }

  @Test
  void readsKeepAFoundRowOnlyUntilARowOfItsTypeIsWritten() {
    try (Database db = Database.openSqlite(dir)) {
      assertThat(nameOf(db, "vpc-1")).isEqualTo("absent");
      db.inTransaction(tx -> tx.insert(row("vpc", "vpc-1")));
      assertThat(nameOf(db, "vpc-1")).isEqualTo("vpc-1");
      Resource first = db.read(tx -> tx.find("vpc", "vpc-1")).orElseThrow();
      db.inTransaction(tx -> tx.insert(row("subnet", "subnet-1"))); // another type
      assertThat(db.read(tx -> tx.find("vpc", "vpc-1")).orElseThrow()).isSameAs(first);
      rename(db, "vpc-1", "renamed");
      assertThat(nameOf(db, "vpc-1")).isEqualTo("renamed");
      db.inTransaction(tx -> tx.delete("vpc", "vpc-1"));
      assertThat(nameOf(db, "vpc-1")).isEqualTo("absent");
    }
  }

  @Test
  void aRowReadFromASnapshotOlderThanAWriteIsNotKept() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(row("vpc", "vpc-1")));
      db.inTransaction(tx -> tx.insert(row("vpc", "vpc-2")));
      String seen =
          db.read(
              tx -> {
                tx.find("vpc", "vpc-2"); // the snapshot begins here
                rename(db, "vpc-1", "renamed");
                return tx.find("vpc", "vpc-1").orElseThrow().name();
              });
      assertThat(seen).isEqualTo("vpc-1"); // the snapshot's, as it should
      assertThat(nameOf(db, "vpc-1")).isEqualTo("renamed");
    }
  }

  @Test
  void concurrentIncrementsWhileReadsKeepTheRowLoseNothing() throws Exception {
    int increments = 300;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(row("counter", "c")));
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < increments; i++) {
        all.add(
            pool.submit(
                () -> {
                  start.await();
                  db.read(tx -> tx.find("counter", "c")); // keeps the row for reads
                  return db.inTransaction(
                      tx -> {
                        // read-modify-write: in a group, this must see the group's earlier writes
                        Resource c = tx.find("counter", "c").orElseThrow();
                        ObjectNode doc = c.doc();
                        doc.put("n", doc.path("n").asInt() + 1);
                        tx.update(c.withDoc(doc));
                        return null;
                      });
                }));
      }
      start.countDown();
      for (Future<?> f : all) {
        f.get();
      }
      assertThat(db.read(tx -> tx.find("counter", "c")).orElseThrow().doc().path("n").asInt())
          .isEqualTo(increments);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nothingIsRememberedOnPostgres() {
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema();
        Database db =
            Database.openPostgres(
                schema.url(), schema.server().user(), schema.server().password())) {
      remember(db, "v");
      assertThat(recall(db)).isEmpty();
    }
  }
}
