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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Products are reached by Host, by path prefix, or by their exact path alone. */
class RoutingTest {
  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal local;

  @BeforeAll
  static void start() {
    local = Local.start(dir, clock);
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  static RawHttp.Answer get(String host, String path) {
    SignableRequest req =
        SignableRequest.builder()
            .method("GET")
            .path(path)
            .query(List.of(QueryParam.of("regionID", Api.REGION)))
            .build();
    EopSignature s =
        EopSigner.create().sign(req, Credentials.of(Local.AK, Local.SK), EopDate.now(clock), "r-1");
    Map<String, String> h = new LinkedHashMap<>(s.headers());
    h.put("Host", host);
    return RawHttp.send(local.port(), "GET", path + "?" + s.wireQuery(), h, null);
  }

  @Test
  void unprefixedV4PathGoesToCtvpc() {
    RawHttp.Answer a = get("localhost:" + local.port(), "/v4/vpc/list");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.statusCode()).isEqualTo(800);
  }

  @Test
  void pathPrefixSelectsTheProduct() {
    assertThat(get("localhost", "/ctvpc/v4/vpc/list").statusCode()).isEqualTo(800);
    RawHttp.Answer ecx = get("localhost", "/ecx/v4/vpc/list");
    assertThat(ecx.status()).isEqualTo(404);
  }

  @Test
  void hostSelectsTheProduct() {
    assertThat(get("ctvpc-global.ctapi.ctyun.cn", "/v4/vpc/list").statusCode()).isEqualTo(800);
    assertThat(get("ecx-global.ctapi.ctyun.cn:443", "/v4/vpc/list").status()).isEqualTo(404);
  }

  @Test
  void unknownVersionIs404() {
    RawHttp.Answer a = get("localhost", "/v9/vpc/list");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.errorCode()).isEqualTo("Eop.Route.NotFound");
  }
}
