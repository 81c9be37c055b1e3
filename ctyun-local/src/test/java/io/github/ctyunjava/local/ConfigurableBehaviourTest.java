package io.github.ctyunjava.local;

import static io.github.ctyunjava.local.testing.Api.body;
import static io.github.ctyunjava.local.testing.Api.fails;
import static io.github.ctyunjava.local.testing.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inferred behaviour that users can switch: clientToken conflicts and error codes. */
class ConfigurableBehaviourTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  @Test
  void reusedTokenCanReturnTheFirstAnswer() {
    try (CtyunLocal local =
        Local.start(dir, clock, o -> o.tokenConflict(TokenConflict.FIRST_ANSWER))) {
      Api api = new Api(local, clock);
      var req = body("name", "first", "CIDR", "10.0.0.0/16");
      String id = ok(api.post("/v4/vpc/create", req)).path("returnObj").path("vpcID").asText();
      String again =
          ok(api.post("/v4/vpc/create", req.deepCopy().put("name", "second")))
              .path("returnObj")
              .path("vpcID")
              .asText();
      assertThat(again).isEqualTo(id);
      assertThat(ok(api.get("/v4/vpc/query", "vpcID", id)).path("returnObj").path("name").asText())
          .isEqualTo("first");
    }
  }

  @Test
  void errorCodesCanBeRenamed() {
    try (CtyunLocal local =
        Local.start(
            dir,
            clock,
            o ->
                o.errorCodeOverride("Openapi.Region.NotFound", "Openapi.Parameter.Error")
                    .errorCodeOverride("Eop.Route.NotFound", "Gateway.NotFound"))) {
      Api api = new Api(local, clock);
      fails(
          api.post(
              "/v4/vpc/create",
              body("name", "abc", "CIDR", "10.0.0.0/16", "regionID", "f".repeat(32))),
          "Openapi.Parameter.Error");
      var a = api.get("/v4/nothing");
      assertThat(a.status()).isEqualTo(404);
      assertThat(a.errorCode()).isEqualTo("Gateway.NotFound");
      fails(api.get("/v4/vpc/query", "vpcID", "vpc-zzzzzzzzzz"), "Openapi.Vpc.NotFound");
    }
  }

  @Test
  void flagsSetThem() {
    CtyunLocalOptions o =
        CtyunLocalArgs.parse(
            new String[] {
              "--client-token-conflict",
              "first-answer",
              "--error-code",
              "A.B.C=D.E.F",
              "--error-code=X=Y"
            },
            Map.of());
    assertThat(o.tokenConflict()).isEqualTo(TokenConflict.FIRST_ANSWER);
    assertThat(o.errorCodeOverrides()).containsEntry("A.B.C", "D.E.F").containsEntry("X", "Y");
  }
}
