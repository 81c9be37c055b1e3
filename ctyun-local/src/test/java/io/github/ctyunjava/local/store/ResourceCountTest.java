package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** List totals come from per-scope counters; they must always equal a real count. */
class ResourceCountTest {
  @TempDir Path dir;

  private static Resource res(String type, int i, String account, String region) {
    return Resource.create(
        type,
        type + "-" + i,
        account,
        region,
        null,
        null,
        "n" + i,
        JsonNodeFactory.instance.objectNode());
  }

  private static long counted(Tx tx, String type, String account, String region) {
    // an extra condition makes it a plain COUNT(*) instead of a counter lookup
    return tx.count(ResourceQuery.of(type).account(account).region(region).where("1 = 1"));
  }

  @Test
  void countersFollowInsertsAndDeletesInEveryScope() {
    String[] types = {"vpc", "endpoint"};
    String[] accounts = {"a1", "a2"};
    String[] regions = {"r1", "r2"};
    Random random = new Random(11);
    try (Database db = Database.openSqlite(dir)) {
      for (int i = 0; i < 300; i++) {
        String type = types[random.nextInt(2)];
        Resource r = res(type, i, accounts[random.nextInt(2)], regions[random.nextInt(2)]);
        db.inTransaction(tx -> tx.insert(r));
        if (random.nextInt(3) == 0) {
          int victim = random.nextInt(i + 1);
          db.inTransaction(tx -> tx.delete(type, type + "-" + victim)); // may not exist
        }
      }
      for (String t : types) {
        for (String a : accounts) {
          for (String g : regions) {
            long fast = db.read(tx -> tx.count(ResourceQuery.of(t).account(a).region(g)));
            long slow = db.read(tx -> counted(tx, t, a, g));
            assertThat(fast).as("%s %s %s", t, a, g).isEqualTo(slow);
          }
        }
      }
      db.inTransaction(
          tx -> {
            tx.resetData();
            return null;
          });
      long after = db.read(tx -> tx.count(ResourceQuery.of("vpc").account("a1").region("r1")));
      assertThat(after).isZero();
    }
  }

  @Test
  void rowsWrittenBeforeTheCountersExistAreCountedByTheMigration() throws Exception {
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + dir.resolve(Database.SQLITE_FILE).toAbsolutePath());
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO resource (rtype, id, account_id, region_id, seq, doc)"
                    + " VALUES ('vpc', ?, 'a1', 'r1', ?, '{}')")) {
      for (int i = 0; i < 25; i++) {
        ps.setString(1, "vpc-" + i);
        ps.setLong(2, i + 1);
        ps.executeUpdate();
      }
    }
    try (Database db = Database.openSqlite(dir)) {
      long migrated = db.read(tx -> tx.count(ResourceQuery.of("vpc").account("a1").region("r1")));
      assertThat(migrated).isEqualTo(25);
      db.inTransaction(tx -> tx.insert(res("vpc", 99, "a1", "r1")));
      long after = db.read(tx -> tx.count(ResourceQuery.of("vpc").account("a1").region("r1")));
      assertThat(after).isEqualTo(26);
    }
  }
}
