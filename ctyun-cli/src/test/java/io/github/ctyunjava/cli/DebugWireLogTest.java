package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --debug} logs the wire exchange to stderr with secrets masked. In a class of its own:
 * surefire gives it a fresh JVM, so no earlier test has created the wire logger at another level.
 */
class DebugWireLogTest {
  private static final String AK = "AKdebugtest000001";
  private static final String SK = "SKdebug-very-secret-value";
  private static final String PASSWORD = "hunter2-password-value";
  private static final String SECRET = "client-secret-value";

  @TempDir Path tmp;

  private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureSystemErr() {
    // slf4j-simple writes to whatever System.err is when it logs
    originalErr = System.err;
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreSystemErr() {
    System.setErr(originalErr);
  }

  @Test
  void debugLogsTheExchangeWithoutTheSecretKeySignatureOrSecretFields() throws Exception {
    try (StubServer server = new StubServer()) {
      String body =
          "{\"vpcName\":\"v1\",\"password\":\""
              + PASSWORD
              + "\",\"clientSecret\":\""
              + SECRET
              + "\"}";
      CliRunner.Result r =
          new CliRunner()
              .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
              .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString())
              .env("CTYUN_AK", AK)
              .env("CTYUN_SK", SK)
              .run(
                  "--debug",
                  "api",
                  "POST",
                  "ctvpc",
                  "/v4/vpc/create",
                  "--param",
                  "regionID=r1",
                  "--body",
                  body,
                  "--endpoint-url",
                  server.url());

      assertThat(r.exitCode()).as(r.toString()).isZero();
      String authorization = server.last().header("Eop-Authorization");
      String signature = authorization.substring(authorization.indexOf("Signature=") + 10);
      assertThat(signature).hasSize(44);
      assertThat(StubServer.utf8(server.last().body())).contains(PASSWORD); // it was sent

      String everything = r.out() + r.err() + systemErr.toString(StandardCharsets.UTF_8);
      assertThat(everything)
          .contains("> POST " + server.url() + "/v4/vpc/create?regionID=r1")
          .contains(AK + " Headers=ctyun-eop-request-id;eop-date Signature=****")
          .contains("< HTTP 200")
          .doesNotContain(SK)
          .doesNotContain(signature)
          .doesNotContain(PASSWORD)
          .doesNotContain(SECRET);
    }
  }

  @Test
  void debugShowsTheStackTraceOfAFailure() {
    CliRunner.Result r =
        new CliRunner()
            .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
            .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString())
            .run("--debug", "api", "GET", "ctvpc", "/v4/x", "--endpoint-url", "http://127.0.0.1:1");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err()).contains("CredentialsException").contains("\tat ");
  }
}
