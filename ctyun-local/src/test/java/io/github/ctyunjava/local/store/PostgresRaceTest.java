package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two writers of different scopes (not queued behind each other) that both find a clientToken
 * unused: the unique key lets one store it, and the other is rerun and answers with the winner's
 * resource. The work waits for the other writer on its first attempt only, so both read before
 * either writes.
 */
class PostgresRaceTest {
  @Test
  void theLoserOfATokenRaceIsRerunAndAnswersWithTheWinnersResource() throws Exception {
    TestPostgres.Server server = TestPostgres.require();
    try (TestPostgres.Schema schema = server.freshSchema();
        Database one = Database.openPostgres(schema.url(), server.user(), server.password());
        Database other = Database.openPostgres(schema.url(), server.user(), server.password())) {
      CyclicBarrier bothRead = new CyclicBarrier(2);
      AtomicInteger attempts = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<String>> answers =
            List.of(
                pool.submit(() -> createOnce(one, "scope-1", "vpc-aaaaaaaaaa", bothRead, attempts)),
                pool.submit(
                    () -> createOnce(other, "scope-2", "vpc-bbbbbbbbbb", bothRead, attempts)));
        String first = answers.get(0).get(60, TimeUnit.SECONDS);
        String second = answers.get(1).get(60, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(second).isIn("vpc-aaaaaaaaaa", "vpc-bbbbbbbbbb");
        assertThat(attempts).hasValue(3);
        long stored = one.read(tx -> tx.count(ResourceQuery.of("vpc").account("a1").region("r1")));
        assertThat(stored).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static String createOnce(
      Database db, String scope, String id, CyclicBarrier bothRead, AtomicInteger attempts) {
    AtomicInteger mine = new AtomicInteger();
    return db.inTransaction(
        scope,
        tx -> {
          attempts.incrementAndGet();
          Optional<StoredToken> earlier = tx.token("a1", "createVpc", "t-1");
          if (mine.incrementAndGet() == 1) {
            await(bothRead);
          }
          if (earlier.isPresent()) {
            return earlier.get().responseJson();
          }
          tx.insert(
              Resource.create(
                  "vpc", id, "a1", "r1", null, null, id, JsonNodeFactory.instance.objectNode()));
          tx.putToken("a1", "createVpc", "t-1", new StoredToken("{}", id), "2026-06-01");
          return id;
        });
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
