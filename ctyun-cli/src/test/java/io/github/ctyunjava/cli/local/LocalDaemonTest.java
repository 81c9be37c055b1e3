package io.github.ctyunjava.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.LocalCli;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctyun local start --detach}, {@code status}, {@code reset} and {@code stop} with a real
 * background emulator process on a temporary data directory and a free port.
 */
class LocalDaemonTest {
  private static final String AK = "AKDAEMONTEST00000001";
  private static final String SK = "SKDAEMONTEST0000000000000000000001";
  private static final String TOKEN = "fixed-admin-token-for-ci";
  private static final Pattern PID = Pattern.compile("background \\(pid (\\d+)\\)");

  @TempDir Path tmp;

  private final List<Long> started = new ArrayList<>();

  @AfterEach
  void killWhatWeStarted() {
    for (long pid : started) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private CliRunner runner() {
    return new CliRunner()
        .env(LocalStartCommand.AK_ENV, AK)
        .env(LocalStartCommand.SK_ENV, SK)
        .env(LocalStartCommand.ADMIN_TOKEN_ENV, TOKEN)
        .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString());
  }

  private String data() {
    return tmp.resolve("data").toString();
  }

  private long startDetached() {
    CliRunner.Result r =
        runner().run("local", "start", "-d", "--port", "0", "--data-dir", data(), "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Matcher m = PID.matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    long pid = Long.parseLong(m.group(1));
    started.add(pid);
    return pid;
  }

  private LocalRunFiles.State state() {
    Optional<LocalRunFiles.State> state = LocalRunFiles.in(Path.of(data())).read();
    assertThat(state).isPresent();
    return state.get();
  }

  @Test
  void detachedEmulatorCanBeInspectedResetAndStopped() throws Exception {
    long pid = startDetached();

    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
    assertThat(Files.readString(tmp.resolve("data").resolve(LocalRunFiles.PID)).trim())
        .isEqualTo(Long.toString(pid));
    assertThat(tmp.resolve("data").resolve(LocalRunFiles.LOG)).exists();
    LocalRunFiles.State state = state();
    assertThat(state.pid()).isEqualTo(pid);
    assertThat(state.adminToken()).isEqualTo(TOKEN);
    assertThat(adminStatus(state.endpoint(), TOKEN)).isEqualTo(200);
    assertThat(adminStatus(state.endpoint(), "wrong")).isEqualTo(401);

    CliRunner.Result status = runner().run("local", "status", "--data-dir", data());
    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(status.out())
        .contains("endpoint:   " + state.endpoint())
        .contains("pid:        " + pid)
        .contains("(SQLite)")
        .contains("accounts:   1")
        .contains("resources:  none");

    CliRunner.Result created =
        runner()
            .env("CTYUN_AK", AK)
            .env("CTYUN_SK", SK)
            .env("CTYUN_ENDPOINT_URL", state.endpoint())
            .run(
                "vpc",
                "create-vpc",
                "--region-id",
                LocalCli.REGION,
                "--name",
                "daemon",
                "--cidr",
                "10.1.0.0/16");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(runner().run("local", "status", "--data-dir", data()).out())
        .contains("resources:  vpc 1");

    CliRunner.Result declined = runner().stdin("n\n").run("local", "reset", "--data-dir", data());
    assertThat(declined.exitCode()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(declined.err()).contains("[y/N]").contains("not reset");
    assertThat(runner().run("local", "status", "--data-dir", data()).out())
        .contains("resources:  vpc 1");

    CliRunner.Result reset = runner().stdin("y\n").run("local", "reset", "--data-dir", data());
    assertThat(reset.exitCode()).as(reset.toString()).isZero();
    assertThat(reset.out()).contains("accounts kept");
    CliRunner.Result after = runner().run("local", "status", "--data-dir", data());
    assertThat(after.out()).contains("resources:  none").contains("accounts:   1");

    CliRunner.Result again =
        runner().run("local", "start", "-d", "--port", "0", "--data-dir", data(), "--quiet");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(again.err()).contains("already runs").contains("pid " + pid);

    CliRunner.Result stop = runner().run("local", "stop", "--data-dir", data());
    assertThat(stop.exitCode()).as(stop.toString()).isZero();
    assertThat(stop.out()).contains("stopped (pid " + pid + ")");
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(tmp.resolve("data").resolve(LocalRunFiles.PID)).doesNotExist();
    assertThat(tmp.resolve("data").resolve(LocalRunFiles.STATE)).doesNotExist();

    CliRunner.Result gone = runner().run("local", "status", "--data-dir", data());
    assertThat(gone.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(gone.out()).contains("not running");
    assertThat(runner().run("local", "stop", "--data-dir", data()).exitCode()).isZero();
  }

  @Test
  void resetWithYesDoesNotAsk() {
    startDetached();

    CliRunner.Result reset = runner().run("local", "reset", "--yes", "--data-dir", data());

    assertThat(reset.exitCode()).as(reset.toString()).isZero();
    assertThat(reset.err()).doesNotContain("[y/N]");
    assertThat(runner().run("local", "stop", "--data-dir", data()).exitCode()).isZero();
  }

  @Test
  void aBackgroundEmulatorThatCannotStartIsReportedWithItsLog() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRunner.Result r =
          runner()
              .run(
                  "local",
                  "start",
                  "-d",
                  "--port",
                  Integer.toString(taken.getLocalPort()),
                  "--data-dir",
                  data());

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
      assertThat(r.err()).contains("ctyun-local exited with code").contains(LocalRunFiles.LOG);
      assertThat(r.out()).isEmpty();
    }
    assertThat(LocalRunFiles.in(Path.of(data())).read()).isEmpty();
  }

  @Test
  void statusStopAndResetOfNothingRunning() {
    assertThat(runner().run("local", "status", "--data-dir", data()).exitCode())
        .isEqualTo(ExitCodes.NETWORK);
    assertThat(runner().run("local", "stop", "--data-dir", data()).exitCode()).isZero();
    CliRunner.Result reset = runner().run("local", "reset", "--yes", "--data-dir", data());
    assertThat(reset.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(reset.err()).contains("not running");
  }

  @Test
  void runFilesOfADeadProcessAreIgnoredAndRemoved() throws Exception {
    Process dead = new ProcessBuilder(javaBin(), "-version").redirectErrorStream(true).start();
    dead.getInputStream().readAllBytes();
    assertThat(dead.waitFor(60, TimeUnit.SECONDS)).isTrue();
    LocalRunFiles files = LocalRunFiles.in(Path.of(data()));
    files.write(new LocalRunFiles.State(dead.pid(), "http://127.0.0.1:1", "x (SQLite)", "t"));

    CliRunner.Result r = runner().run("local", "status", "--data-dir", data());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(files.read()).isEmpty();
  }

  @Test
  void theStateNeverShowsTheAdminToken() {
    LocalRunFiles.State s = new LocalRunFiles.State(1, "http://127.0.0.1:1", "x", "secret-token");

    assertThat(s.toString()).doesNotContain("secret-token");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int adminStatus(String endpoint, String token) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(endpoint + "/_ctyun/stats"))
                    .header("X-Ctyun-Admin-Token", token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return r.statusCode();
  }
}
