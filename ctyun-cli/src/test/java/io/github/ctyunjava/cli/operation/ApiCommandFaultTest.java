package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.StubServer;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9: the CLI against answers that are not CTyun envelopes, slow servers and large bodies. */
class ApiCommandFaultTest {
  private static StubServer server;

  @TempDir Path tmp;

  @BeforeAll
  static void startServer() throws Exception {
    server = new StubServer();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private CliRunner cli() {
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString())
        .env("CTYUN_AK", "AKfaulttest0000001")
        .env("CTYUN_SK", "SKfaulttest-secret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{}", "[]", "null", "{\"message\":\"Internal Server Error\"}"})
  void a200WithoutAnEnvelopeExitsThreeAndSaysWhatCameBack(String body) {
    server.answer(200, body);
    CliRunner.Result r =
        cli().run("api", "GET", "ctvpc", "/v4/vpc/list", "--endpoint-url", server.url());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NETWORK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("not a CTyun response: HTTP 200 with ")
        .contains(body.isEmpty() ? "an empty body" : body)
        .doesNotContain("SKfaulttest-secret");
  }

  @Test
  void callTimeoutEndsACallTheServerNeverAnswers() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread holder =
          new Thread(
              () -> {
                try (Socket s = silent.accept();
                    InputStream in = s.getInputStream()) {
                  while (in.read() != -1) {
                    // hold the connection open without answering until the client hangs up
                  }
                } catch (Exception closed) {
                  // the test is over
                }
              });
      holder.setDaemon(true);
      holder.start();
      long t0 = System.nanoTime();
      CliRunner.Result r =
          cli()
              .run(
                  "--call-timeout",
                  "1s",
                  "api",
                  "GET",
                  "ctvpc",
                  "/v4/vpc/list",
                  "--endpoint-url",
                  "http://127.0.0.1:" + silent.getLocalPort());
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NETWORK);
      assertThat(r.err()).contains("call timed out");
      assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
    }
  }

  @Test
  void callTimeoutMustBeAPositiveDuration() {
    CliRunner.Result zero =
        cli()
            .run(
                "--call-timeout",
                "0s",
                "api",
                "GET",
                "ctvpc",
                "/a",
                "--endpoint-url",
                server.url());
    assertThat(zero.exitCode()).as(zero.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(zero.err()).contains("--call-timeout must be positive");
    CliRunner.Result junk =
        cli()
            .run(
                "--call-timeout",
                "soon",
                "api",
                "GET",
                "ctvpc",
                "/a",
                "--endpoint-url",
                server.url());
    assertThat(junk.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aFiftyMegabyteStringIsPrinted() {
    StringBuilder big = new StringBuilder(50_000_100);
    big.append("{\"statusCode\":800,\"returnObj\":{\"blob\":\"");
    for (int i = 0; i < 50_000_000; i++) {
      big.append('x');
    }
    server.answer(200, big.append("\"},\"price\":2.50}").toString());
    big.setLength(0);
    CliRunner.Result r =
        cli().run("api", "GET", "ctvpc", "/v4/vpc/list", "--endpoint-url", server.url());
    server.answer(200, StubServer.SUCCESS);
    assertThat(r.exitCode()).as("exit code, stderr: %s", r.err()).isZero();
    assertThat(r.out()).hasSizeGreaterThan(50_000_000).contains("\"price\" : 2.50");
  }
}
