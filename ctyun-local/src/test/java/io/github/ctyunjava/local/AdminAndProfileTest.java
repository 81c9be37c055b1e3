package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-start account and profile, admin endpoints, banner without secrets. */
class AdminAndProfileTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  private CtyunLocal startWithoutAccount() {
    return CtyunLocal.builder()
        .port(0)
        .dataDir(dir.resolve("data"))
        .credentialsFile(dir.resolve("home/.ctyun/credentials"))
        .options(o -> o.clock(clock).adminToken("admin-token"))
        .build()
        .start();
  }

  @Test
  void firstStartCreatesAnAccountAndWritesProfileLocal() throws Exception {
    Path creds = dir.resolve("home/.ctyun/credentials");
    String ak;
    try (CtyunLocal local = startWithoutAccount()) {
      ak = local.account().accessKey();
      ProfileFile pf = ProfileFile.read(creds);
      assertThat(pf.profile("local")).containsEntry("access_key", ak);
      assertThat(pf.profile("local").get("secret_key")).isEqualTo(local.credentials().secretKey());
      if (Files.getFileStore(creds).supportsFileAttributeView("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(creds)))
            .isEqualTo("rw-------");
      }
      Api api = new Api(local, local.credentials(), clock);
      Api.ok(api.get("/v4/vpc/list"));
    }
    try (CtyunLocal again = startWithoutAccount()) {
      assertThat(again.account().accessKey()).isEqualTo(ak);
    }
  }

  @Test
  void bannerAndToStringNeverShowTheSecretKey() {
    try (CtyunLocal local = startWithoutAccount()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CtyunLocalMain.printBanner(new PrintStream(out, true, StandardCharsets.UTF_8), local);
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text).contains(local.account().accessKey()).contains(local.endpoint().toString());
      assertThat(text).doesNotContain(local.credentials().secretKey());
      assertThat(local.account().toString()).doesNotContain(local.credentials().secretKey());
      CtyunLocalOptions withKeys =
          CtyunLocalOptions.builder()
              .dataDir(dir)
              .account("AKAKAKAKAK1234", "SECRET-SK-VALUE")
              .build();
      assertThat(withKeys.toString())
          .doesNotContain("SECRET-SK-VALUE")
          .doesNotContain("AKAKAKAKAK");
    }
  }

  @Test
  void healthIsOpenResetAndAccountsNeedTheToken() {
    try (CtyunLocal local = Local.start(dir, clock)) {
      RawHttp.Answer health = RawHttp.send(local.port(), "GET", "/_ctyun/health", Map.of(), null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.returnObj().path("status").asText()).isEqualTo("UP");
      assertThat(health.returnObj().path("store").asText()).isEqualTo("sqlite");

      Api api = new Api(local, clock);
      api.createVpc("keep-me-not", "10.0.0.0/16");
      RawHttp.Answer denied =
          RawHttp.send(
              local.port(),
              "POST",
              "/_ctyun/reset",
              Map.of("X-Ctyun-Admin-Token", "wrong"),
              new byte[0]);
      assertThat(denied.status()).isEqualTo(401);
      assertThat(denied.errorCode()).isEqualTo("Eop.Admin.Unauthorized");
      assertThat(Api.ok(api.get("/v4/vpc/list")).path("totalCount").asInt()).isEqualTo(1);
      assertThat(RawHttp.send(local.port(), "GET", "/_ctyun/stats", Map.of(), null).errorCode())
          .isEqualTo("Eop.Admin.Unauthorized");
      RawHttp.Answer before = stats(local);
      assertThat(before.returnObj().path("resources").path("vpc").asLong()).isEqualTo(1);
      assertThat(before.returnObj().path("accounts").asInt()).isEqualTo(1);
      RawHttp.Answer reset =
          RawHttp.send(
              local.port(),
              "POST",
              "/_ctyun/reset",
              Map.of("X-Ctyun-Admin-Token", "admin-token"),
              new byte[0]);
      assertThat(reset.status()).isEqualTo(200);
      assertThat(Api.ok(api.get("/v4/vpc/list")).path("totalCount").asInt()).isZero();
      RawHttp.Answer after = stats(local);
      assertThat(after.returnObj().path("resources").size()).isZero();
      assertThat(after.returnObj().path("accounts").asInt()).isEqualTo(1);

      RawHttp.Answer accounts =
          RawHttp.send(
              local.port(),
              "GET",
              "/_ctyun/accounts",
              Map.of("X-Ctyun-Admin-Token", "admin-token"),
              null);
      assertThat(accounts.status()).isEqualTo(200);
      assertThat(accounts.returnObj().get(0).path("accessKey").asText()).isEqualTo(Local.AK);
      assertThat(accounts.body()).doesNotContain(Local.SK);
      assertThat(RawHttp.send(local.port(), "GET", "/_ctyun/nothing", Map.of(), null).status())
          .isEqualTo(404);
    }
  }

  private static RawHttp.Answer stats(CtyunLocal local) {
    return RawHttp.send(
        local.port(), "GET", "/_ctyun/stats", Map.of("X-Ctyun-Admin-Token", "admin-token"), null);
  }
}
