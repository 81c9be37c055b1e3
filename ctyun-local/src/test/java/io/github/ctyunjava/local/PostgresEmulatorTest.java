package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.conformance.FlowSetup;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two emulators sharing one PostgreSQL database (see {@link TestPostgres} for when it runs). */
class PostgresEmulatorTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  @Test
  void twoInstancesShareOneDatabase() {
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema()) {
      TestPostgres.Server server = schema.asServer();
      java.util.function.Consumer<CtyunLocalOptions.Builder> pg =
          o -> o.dbUrl(server.url()).dbUser(server.user()).dbPassword(server.password());
      try (CtyunLocal a = Local.start(dir.resolve("a"), clock, pg);
          CtyunLocal b = Local.start(dir.resolve("b"), clock, pg)) {
        Api apiA = new Api(a, clock);
        Api apiB = new Api(b, clock);
        String vpc = apiA.createVpc("shared", "10.0.0.0/16");
        String subnet = apiB.createSubnet(vpc, "sn", "10.0.1.0/24");
        String svc =
            ok(apiA.post(
                    "/v4/vpce/create-endpoint-service",
                    body().setAll(FlowSetup.interfaceServiceFields(vpc, subnet, true))))
                .path("returnObj")
                .path("endpointService")
                .path("endpointServiceID")
                .asText();
        String ep = new FlowSetup(apiB).endpoint(new FlowSetup.Service(vpc, subnet, svc));
        assertThat(
                ok(apiA.get("/v4/vpce/new-list-endpoint", "queryContent", "e"))
                    .path("returnObj")
                    .path("endpoints")
                    .get(0)
                    .path("ID")
                    .asText())
            .isEqualTo(ep);
        assertThat(
                ok(apiB.get("/v4/vpc/query", "vpcID", vpc))
                    .path("returnObj")
                    .path("subnetIDs")
                    .get(0)
                    .asText())
            .isEqualTo(subnet);
        ok(apiA.post("/v4/vpce/delete-endpoint", body("endpointID", ep)));
        ok(apiB.post("/v4/vpce/delete-endpoint-service", body("ID", svc)));
        ok(apiA.post("/v4/vpc/delete-subnet", body("subnetID", subnet)));
        ok(apiB.post("/v4/vpc/delete", body("vpcID", vpc)));
        RawHttp.Answer health = RawHttp.send(b.port(), "GET", "/_ctyun/health", Map.of(), null);
        assertThat(health.returnObj().path("store").asText()).isEqualTo("postgresql");
      }
    }
  }
}
