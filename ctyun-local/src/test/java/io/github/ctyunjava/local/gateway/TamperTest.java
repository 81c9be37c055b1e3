package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every single-byte change of query, body, date, request id or AK makes the gateway reject. */
class TamperTest {
  static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  static final String BODY =
      "{\"regionID\":\"81f7728662dd11ec810800155d307d5b\",\"n\":[1,\"x y\"]}";

  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal local;
  static EopSignature sig;
  static String target;

  @BeforeAll
  static void start() {
    clock.set(NOW);
    local = Local.start(dir, clock);
    SignableRequest req =
        SignableRequest.builder()
            .method("POST")
            .path("/v4/vpc/create")
            .query(
                List.of(
                    QueryParam.of("b", "2 3"),
                    QueryParam.of("a", "x/y"),
                    QueryParam.of("pageNo", "1")))
            .body(BODY)
            .build();
    sig =
        EopSigner.create()
            .sign(
                req, Credentials.of(Local.AK, Local.SK), EopDate.format(NOW), "0ffb9b07-d5a8-4e19");
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  private static RawHttp.Answer send(
      String query, String body, String date, String rid, String auth) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("ctyun-eop-request-id", rid);
    h.put("Eop-date", date);
    h.put("Eop-Authorization", auth);
    h.put("Content-Type", "application/json");
    return RawHttp.send(
        local.port(), "POST", "/v4/vpc/create?" + query, h, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRejected(RawHttp.Answer a, String what) {
    assertThat(a.status()).as(what + " -> " + a.body()).isIn(401, 403);
  }

  private static String change(String s, int i) {
    char c = s.charAt(i);
    char r;
    if (Character.isDigit(c)) {
      r = (char) ('0' + (c - '0' + 1) % 10);
    } else {
      r = c == 'Z' ? 'Y' : 'Z';
    }
    return s.substring(0, i) + r + s.substring(i + 1);
  }

  @Test
  void untouchedRequestPassesTheGateway() {
    RawHttp.Answer a =
        send(sig.wireQuery(), BODY, sig.eopDate(), sig.requestId(), sig.authorization());
    assertThat(a.status()).as(a.body()).isEqualTo(200);
  }

  @Test
  void everySingleByteChangeIsRejected() {
    String q = sig.wireQuery();
    for (int i = 0; i < q.length(); i++) {
      assertRejected(
          send(change(q, i), BODY, sig.eopDate(), sig.requestId(), sig.authorization()),
          "query@" + i);
    }
    for (int i = 0; i < BODY.length(); i++) {
      assertRejected(
          send(q, change(BODY, i), sig.eopDate(), sig.requestId(), sig.authorization()),
          "body@" + i);
    }
    String d = sig.eopDate();
    for (int i = 0; i < d.length(); i++) {
      assertRejected(
          send(q, BODY, change(d, i), sig.requestId(), sig.authorization()), "date@" + i);
    }
    String rid = sig.requestId();
    for (int i = 0; i < rid.length(); i++) {
      assertRejected(send(q, BODY, d, change(rid, i), sig.authorization()), "rid@" + i);
    }
    String auth = sig.authorization();
    for (int i = 0; i < Local.AK.length(); i++) {
      assertRejected(send(q, BODY, d, rid, change(auth, i)), "ak@" + i);
    }
    int sigStart = auth.indexOf("Signature=") + "Signature=".length();
    for (int i = sigStart; i < auth.length() - 1; i++) {
      assertRejected(send(q, BODY, d, rid, change(auth, i)), "signature@" + i);
    }
  }
}
