package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.ChildEmulator;
import io.github.ctyunjava.local.testing.EopClient;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Starts the emulator as a child JVM, creates VPCs from several threads, kills the child with
 * SIGKILL, restarts it on the same data and checks that every acknowledged create survived; on
 * SQLite and on PostgreSQL (which must be configured under {@code CI=true}, see {@link
 * TestPostgres}).
 */
class DurabilityTest {
  @TempDir Path dir;
  private TestPostgres.Schema schema;

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      schema.close();
    }
  }

  /** The store of the child: SQLite in the temp dir, or the tests' PostgreSQL server. */
  enum Store {
    SQLITE,
    POSTGRESQL
  }

  private ChildEmulator.Started startChild(Store store) throws Exception {
    ProcessBuilder pb = ChildEmulator.command(dir.resolve("data"), dir.resolve("child-stderr.log"));
    if (store == Store.POSTGRESQL) {
      if (schema == null) {
        schema = TestPostgres.require().freshSchema(); // the restarted child finds the same one
      }
      TestPostgres.Server pg = schema.asServer();
      pb.command().addAll(List.of("--db-url", pg.url()));
      if (pg.user() != null) {
        pb.command().addAll(List.of("--db-user", pg.user()));
      }
      if (pg.password() != null) {
        pb.environment().put("CTYUN_LOCAL_DB_PASSWORD", pg.password());
      }
    }
    return ChildEmulator.start(pb);
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void acknowledgedCreatesSurviveKillMinus9(Store store) throws Exception {
    ChildEmulator.Started child = startChild(store);
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    CountDownLatch enough = new CountDownLatch(150);
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    try {
      EopClient client =
          new EopClient(child.port(), Credentials.of(Local.AK, Local.SK), Clock.systemUTC());
      for (int t = 0; t < 4; t++) {
        int n = t;
        Thread w =
            new Thread(
                () -> {
                  for (int i = 0; !stop.get(); i++) {
                    try {
                      RawHttp.Answer a =
                          client.post(
                              "/v4/vpc/create",
                              "{\"clientToken\":\""
                                  + UUID.randomUUID()
                                  + "\",\"regionID\":\""
                                  + Api.REGION
                                  + "\",\"name\":\"w"
                                  + n
                                  + "-"
                                  + i
                                  + "\",\"CIDR\":\"10.0.0.0/16\"}");
                      if (a.status() == 200 && a.statusCode() == 800) {
                        acknowledged.add(a.returnObj().path("vpcID").asText());
                        enough.countDown();
                      }
                    } catch (RuntimeException | AssertionError e) {
                      return; // the server died under us
                    }
                  }
                });
        w.start();
        writers.add(w);
      }
      assertThat(enough.await(60, TimeUnit.SECONDS)).as("writers made progress").isTrue();
      child.process().destroyForcibly();
      assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      stop.set(true);
      for (Thread w : writers) {
        w.join(30_000);
      }
    } finally {
      stop.set(true);
      child.process().destroyForcibly();
    }

    ChildEmulator.Started again = startChild(store);
    try {
      EopClient client =
          new EopClient(again.port(), Credentials.of(Local.AK, Local.SK), Clock.systemUTC());
      Set<String> stored = new HashSet<>();
      for (int page = 1; ; page++) {
        JsonNode r =
            Api.ok(
                    client.get(
                        "/v4/vpc/new-list",
                        "regionID",
                        Api.REGION,
                        "pageNo",
                        String.valueOf(page),
                        "pageSize",
                        "50"))
                .path("returnObj");
        r.path("vpcs").forEach(v -> stored.add(v.path("vpcID").asText()));
        if (page >= r.path("totalPage").asInt()) {
          break;
        }
      }
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);
      assertThat(stored).containsAll(acknowledged);
      String log =
          java.nio.file.Files.readString(dir.resolve("child-stderr.log"), StandardCharsets.UTF_8);
      assertThat(log).containsPattern("POST /v4/vpc/create 200 SUCCESS \\d+ms");
      assertThat(log).doesNotContain(Local.SK);
    } finally {
      again.process().destroyForcibly();
      again.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
