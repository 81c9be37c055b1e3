package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filter on more ids than a driver can bind (PostgreSQL: 65,535) still answers. */
class LargeIdListTest {
  static final int IDS = 70_000;

  @TempDir Path dir;

  static void findsTheStoredOnesAmongManyIds(Database db) {
    String account = "acct-large-list-" + System.nanoTime();
    db.inTransaction(
        tx -> {
          for (int i = 0; i < 3; i++) {
            tx.insert(
                Resource.create(
                    "vpc",
                    account + "-vpc-" + i,
                    account,
                    "r1",
                    null,
                    null,
                    "v" + i,
                    new ObjectMapper().createObjectNode().put("n", i)));
          }
          return null;
        });
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < IDS; i++) {
      ids.add("vpc-missing-" + i);
    }
    ids.add(account + "-vpc-0");
    ids.add(account + "-vpc-2");
    ResourceQuery q = ResourceQuery.of("vpc").account(account).in("id", ids);
    Page<Resource> page = db.read(tx -> tx.list(q, 0, 10));
    assertThat(page.items())
        .extracting(Resource::id)
        .containsExactly(account + "-vpc-0", account + "-vpc-2");
    assertThat(page.total()).isEqualTo(2);
    // a short list takes the ordinary path and agrees
    ResourceQuery small =
        ResourceQuery.of("vpc").account(account).in("id", ids.subList(IDS, IDS + 2));
    long n = db.read(tx -> tx.count(small));
    assertThat(n).isEqualTo(2);
  }

  @Test
  void sqlite() {
    try (Database db = Database.openSqlite(dir)) {
      findsTheStoredOnesAmongManyIds(db);
    }
  }

  @Test
  void postgres() {
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema();
        Database db =
            Database.openPostgres(
                schema.url(), schema.server().user(), schema.server().password())) {
      findsTheStoredOnesAmongManyIds(db);
    }
  }
}
