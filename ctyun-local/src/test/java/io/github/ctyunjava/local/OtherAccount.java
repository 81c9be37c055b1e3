package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Creates a second account through the admin API (tests only). */
final class OtherAccount {
  private OtherAccount() {}

  static Credentials create(CtyunLocal local) {
    return create(local, null);
  }

  static Credentials create(CtyunLocal local, String email) {
    String body = email == null ? "{}" : "{\"email\":\"" + email + "\"}";
    RawHttp.Answer a =
        RawHttp.send(
            local.port(),
            "POST",
            "/_ctyun/accounts",
            Map.of("X-Ctyun-Admin-Token", "admin-token", "Content-Type", "application/json"),
            body.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return Credentials.of(
        a.returnObj().path("accessKey").asText(), a.returnObj().path("secretKey").asText());
  }
}
