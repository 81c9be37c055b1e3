package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --proxy} sends the CLI's requests through the given proxy, and a bad URL is a usage error.
 */
class ProxyOptionCliTest {
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  @TempDir java.nio.file.Path home;

  private CliRunner runner() {
    return new CliRunner()
        .env("HOME", home.toString())
        .env("CTYUN_AK", "AK0000000000000001")
        .env("CTYUN_SK", "SK");
  }

  @Test
  void requestsGoToTheProxyInAbsoluteForm() throws Exception {
    try (ServerSocket proxy = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> requestLine =
          CompletableFuture.supplyAsync(
              () -> {
                try (Socket s = proxy.accept()) {
                  return new BufferedReader(
                          new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                      .readLine(); // then hang up: the CLI reports the failure
                } catch (Exception e) {
                  return "failed: " + e;
                }
              });
      CliRunner.Result r =
          runner()
              .run(
                  "--proxy",
                  "http://127.0.0.1:" + proxy.getLocalPort(),
                  "--endpoint-url",
                  "http://127.0.0.1:9",
                  "--call-timeout",
                  "5s",
                  "vpc",
                  "list-vpcs",
                  "--region-id",
                  REGION);
      assertThat(r.exitCode()).as(r.toString()).isNotZero();
      assertThat(requestLine.get(30, TimeUnit.SECONDS))
          .startsWith("GET http://127.0.0.1:9/v4/vpc/list?");
    }
  }

  @Test
  void aProxyUrlThatIsNotHttpIsAUsageErrorWithoutThePassword() {
    CliRunner.Result r =
        runner()
            .run(
                "--proxy",
                "socks5://me:hunter2@127.0.0.1:1080",
                "vpc",
                "list-vpcs",
                "--region-id",
                REGION);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--proxy").doesNotContain("hunter2");
  }
}
