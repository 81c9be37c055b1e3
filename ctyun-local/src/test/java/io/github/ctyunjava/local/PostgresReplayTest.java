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
import io.github.ctyunjava.local.testing.Parallel;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema()) {
      TestPostgres.Server pg = schema.asServer();
      java.util.function.Consumer<CtyunLocalOptions.Builder> shared =
          o -> o.dbUrl(pg.url()).dbUser(pg.user()).dbPassword(pg.password()).rejectReplay(true);
      try (CtyunLocal a = Local.start(dir.resolve("a"), clock, shared);
          CtyunLocal b = Local.start(dir.resolve("b"), clock, shared)) {
        CtyunLocal[] both = {a, b};
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
          List<RawHttp.Answer> answers =
              Parallel.send(
                  32,
                  i ->
                      RawHttp.send(
                          both[i % 2].port(),
                          "GET",
                          "/v4/vpc/list?" + s.wireQuery(),
                          s.headers(),
                          null));
          assertThat(Parallel.accepted(answers)).as("round " + round).isEqualTo(1);
          assertThat(answers)
              .filteredOn(ans -> ans.status() != 200)
              .allSatisfy(ans -> assertThat(ans.errorCode()).isEqualTo("Eop.Auth.ReplayedRequest"));
        }
      }
    }
  }
}
