package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --reject-replay} behind a load balancer: two emulators on one PostgreSQL database accept
 * one signed request once, however the 32 parallel copies are spread over them.
 */
class PostgresReplayTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  @Test
  void parallelCopiesSpreadOverTwoEmulatorsAreAcceptedOnce() throws Exception {
    TestPostgres.Server pg = TestPostgres.require();
    java.util.function.Consumer<CtyunLocalOptions.Builder> shared =
        o -> o.dbUrl(pg.url()).dbUser(pg.user()).dbPassword(pg.password()).rejectReplay(true);
    try (CtyunLocal a = Local.start(dir.resolve("a"), clock, shared);
        CtyunLocal b = Local.start(dir.resolve("b"), clock, shared)) {
      CtyunLocal[] both = {a, b};
      ExecutorService pool = Executors.newFixedThreadPool(32);
      try {
        for (int round = 0; round < 3; round++) {
          EopSignature s =
              EopSigner.create()
                  .sign(
                      SignableRequest.builder()
                          .method("GET")
                          .path("/v4/vpc/list")
                          .query(List.of(QueryParam.of("regionID", Api.REGION)))
                          .build(),
                      Credentials.of(Local.AK, Local.SK),
                      EopDate.now(clock),
                      UUID.randomUUID().toString());
          CountDownLatch go = new CountDownLatch(1);
          List<Future<RawHttp.Answer>> answers = new ArrayList<>();
          for (int i = 0; i < 32; i++) {
            CtyunLocal target = both[i % 2];
            answers.add(
                pool.submit(
                    () -> {
                      go.await();
                      return RawHttp.send(
                          target.port(), "GET", "/v4/vpc/list?" + s.wireQuery(), s.headers(), null);
                    }));
          }
          go.countDown();
          int accepted = 0;
          for (Future<RawHttp.Answer> f : answers) {
            RawHttp.Answer ans = f.get();
            if (ans.status() == 200) {
              accepted++;
            } else {
              assertThat(ans.errorCode()).as(ans.body()).isEqualTo("Eop.Auth.ReplayedRequest");
            }
          }
          assertThat(accepted).as("round " + round).isEqualTo(1);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
