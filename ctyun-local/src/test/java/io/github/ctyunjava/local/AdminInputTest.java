package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API refuses accounts it could not tell apart: empty or malformed e-mails and keys. */
class AdminInputTest {
  @TempDir static Path dir;
  static CtyunLocal local;

  @BeforeAll
  static void start() {
    local = Local.start(dir, Local.clock());
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  static RawHttp.Answer createAccount(String json) {
    return RawHttp.send(
        local.port(),
        "POST",
        "/_ctyun/accounts",
        Map.of("X-Ctyun-Admin-Token", "admin-token", "Content-Type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"email\":\"\"}",
        "{\"email\":\" \"}",
        "{\"email\":\"no-at-sign\"}",
        "{\"email\":\"a@b\"}",
        "{\"email\":\"a@@b.com\"}",
        "{\"email\":\"a b@c.com\"}",
        "{\"email\":42}",
        "{\"email\":[\"a@b.com\"]}",
        "{\"accessKey\":\"\",\"secretKey\":\"\"}",
        "{\"accessKey\":\"ak\",\"secretKey\":\"\"}",
        "{\"accessKey\":\"\",\"secretKey\":\"sk\"}",
        "{\"accessKey\":123,\"secretKey\":\"sk\"}",
        "[]"
      })
  void badAccountInputIsAParameterError(String json) {
    RawHttp.Answer a = createAccount(json);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(900);
    assertThat(a.errorCode()).isEqualTo("Openapi.Parameter.Error");
  }

  @Test
  void goodInputCreatesTheAccount() {
    RawHttp.Answer a = createAccount("{\"email\":\"dev.team@example.co.uk\"}");
    assertThat(a.statusCode()).as(a.body()).isEqualTo(800);
    assertThat(a.returnObj().path("email").asText()).isEqualTo("dev.team@example.co.uk");
  }
}
