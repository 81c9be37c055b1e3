package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Optional;
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
