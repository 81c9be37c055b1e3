package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A PostgreSQL database written before V4 keeps its order and numbers on from there. */
class PostgresMigrationTest {
  @Test
  void storedSequenceNumbersAreKeptAndNewOnesComeAfterThem() throws Exception {
    TestPostgres.Server server = TestPostgres.require();
    try (TestPostgres.Schema schema = server.freshSchema()) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(schema.url());
      ds.setUser(server.user());
      ds.setPassword(server.password());
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration")
          .target("3")
          .load()
          .migrate();
      long[] old = {1_780_000_000_000_002L, 1_780_000_000_000_001L, 1_780_000_000_000_003L};
      try (Connection c = ds.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO resource (rtype, id, account_id, region_id, seq, doc)"
                      + " VALUES ('vpc', ?, 'a1', 'r1', ?, '{}')")) {
        for (int i = 0; i < old.length; i++) {
          ps.setString(1, "vpc-old" + i);
          ps.setLong(2, old[i]);
          ps.executeUpdate();
        }
      }
      try (Database db = Database.openPostgres(schema.url(), server.user(), server.password())) {
        Resource added =
            db.inTransaction(
                tx ->
                    tx.insert(
                        Resource.create(
                            "vpc",
                            "vpc-new",
                            "a1",
                            "r1",
                            null,
                            null,
                            "new",
                            JsonNodeFactory.instance.objectNode())));
        assertThat(added.seq()).isEqualTo(1_780_000_000_000_004L);
        List<Resource> listed =
            db.read(tx -> tx.all(ResourceQuery.of("vpc").account("a1").region("r1")));
        assertThat(listed)
            .extracting(Resource::id)
            .containsExactly("vpc-old1", "vpc-old0", "vpc-old2", "vpc-new");
        assertThat(listed)
            .extracting(Resource::seq)
            .startsWith(1_780_000_000_000_001L, 1_780_000_000_000_002L, 1_780_000_000_000_003L);
      }
    }
  }
}
