package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store: migrations, transactions, paging over many rows, PostgreSQL when available. */
class StoreTest {
  @TempDir Path dir;

  private static Resource vpc(int i) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode().put("vpcID", "vpc-" + i);
    return Resource.create(
        "vpc", String.format("vpc-%010d", i), "acct", "r1", null, null, "n" + i, doc);
  }

  @Test
  void migratesAndPersistsAcrossReopen() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(vpc(1)));
    }
    try (Database db = Database.openSqlite(dir)) {
      Resource r =
          db.inTransaction(tx -> tx.find("vpc", String.format("vpc-%010d", 1))).orElseThrow();
      assertThat(r.doc().path("vpcID").asText()).isEqualTo("vpc-1");
      assertThat(r.seq()).isPositive();
    }
  }

  @Test
  void failedWorkIsRolledBack() {
    try (Database db = Database.openSqlite(dir)) {
      try {
        db.inTransaction(
            tx -> {
              tx.insert(vpc(2));
              throw new IllegalStateException("business failure");
            });
      } catch (IllegalStateException expected) {
        // the point of the test
      }
      java.util.Optional<Resource> found =
          db.inTransaction(tx -> tx.find("vpc", String.format("vpc-%010d", 2)));
      assertThat(found).isEmpty();
    }
  }

  @Test
  void aTransactionReadsItsOwnWritesFromWhatItRemembers() {
    try (Database db = Database.openSqlite(dir)) {
      String id = String.format("vpc-%010d", 4);
      List<String> seen =
          db.inTransaction(
              tx -> {
                tx.find("vpc", id); // remembered as absent
                Resource stored = tx.insert(vpc(4));
                String afterInsert = tx.find("vpc", id).orElseThrow().doc().path("vpcID").asText();
                ObjectNode changed = stored.doc().put("vpcID", "renamed");
                tx.update(stored.withDoc(changed));
                changed.put("vpcID", "changed after the update");
                String afterUpdate = tx.find("vpc", id).orElseThrow().doc().path("vpcID").asText();
                tx.delete("vpc", id);
                return List.of(afterInsert, afterUpdate, String.valueOf(tx.find("vpc", id)));
              });
      assertThat(seen).containsExactly("vpc-4", "renamed", "Optional.empty");
      java.util.Optional<Resource> after = db.read(tx -> tx.find("vpc", id));
      assertThat(after).isEmpty();
    }
  }

  @Test
  void documentsAreImmutableCopies() {
    Resource r = vpc(3);
    r.doc().put("vpcID", "changed");
    assertThat(r.doc().path("vpcID").asText()).isEqualTo("vpc-3");
  }

  @Test
  void lastPageOfOneHundredThousandRowsIsFast() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(
          tx -> {
            for (int i = 0; i < 100_000; i++) {
              tx.insert(vpc(i));
            }
            // rows of another account and region must not count
            tx.insert(
                Resource.create(
                    "vpc",
                    "vpc-other",
                    "acct2",
                    "r1",
                    null,
                    null,
                    "x",
                    JsonNodeFactory.instance.objectNode()));
            return null;
          });
      ResourceQuery q = ResourceQuery.of("vpc").account("acct").region("r1");
      long best = Long.MAX_VALUE;
      Page<Resource> page = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        long t0 = System.nanoTime();
        page = db.inTransaction(tx -> tx.list(q, 99_990, 10));
        best = Math.min(best, System.nanoTime() - t0);
      }
      assertThat(page.total()).isEqualTo(100_000);
      List<Resource> items = page.items();
      assertThat(items).hasSize(10);
      assertThat(items.get(0).id()).isEqualTo(String.format("vpc-%010d", 99_990));
      assertThat(items.get(9).id()).isEqualTo(String.format("vpc-%010d", 99_999));
      assertThat(best / 1_000_000).as("ms for the last page").isLessThan(1000);
    }
  }

  @Test
  void postgresqlWhenConfigured() {
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema();
        Database db =
            Database.openPostgres(
                schema.url(), schema.server().user(), schema.server().password())) {
      db.inTransaction(
          tx -> {
            tx.resetData();
            tx.insert(vpc(7));
            return null;
          });
      java.util.Optional<Resource> found =
          db.inTransaction(tx -> tx.find("vpc", String.format("vpc-%010d", 7)));
      assertThat(found).isPresent();
      assertThat(db.isSqlite()).isFalse();
    }
  }
}
