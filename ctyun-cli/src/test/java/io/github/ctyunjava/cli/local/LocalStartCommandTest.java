package io.github.ctyunjava.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.Ctyun;
import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.StopSignal;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalArgs;
import io.github.ctyunjava.local.CtyunLocalOptions;
import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.local.options.StatePolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class LocalStartCommandTest {
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  @TempDir Path tmp;

  /** A stop signal the test pulls; {@code waiting} opens once the server is up and waiting. */
  static final class ManualStop implements StopSignal {
    final CountDownLatch waiting = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void awaitThenRun(Runnable stop) throws InterruptedException {
      waiting.countDown();
      try {
        release.await();
      } finally {
        stop.run();
      }
    }
  }

  private Path credentials() {
    return tmp.resolve("credentials");
  }

  private CliRunner runner() {
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", credentials().toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString());
  }

  @Test
  void firstStartServesWritesProfileLocalAndStopsOnTheSignal() throws Exception {
    ManualStop stop = new ManualStop();
    CliRunner runner = runner().stopSignal(stop);
    String data = tmp.resolve("data").toString();
    CompletableFuture<CliRunner.Result> run =
        CompletableFuture.supplyAsync(
            () -> runner.run("local", "start", "--port", "0", "--data-dir", data, "--quiet"));
    try {
      if (!stop.waiting.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the server did not come up: " + (run.isDone() ? run.get() : ""));
      }
      String banner = runner.out();
      String endpoint = field(banner, "endpoint");
      assertThat(endpoint).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(field(banner, "listening on"))
          .isEqualTo("127.0.0.1:" + URI.create(endpoint).getPort());
      assertThat(banner).doesNotContain("WARNING");

      // the emulator wrote the new account as profile 'local'; the banner shows only the AK
      Map<String, String> local = ProfileFile.read(credentials()).profile("local");
      String ak = local.get("access_key");
      String sk = local.get("secret_key");
      assertThat(ak).isNotBlank();
      assertThat(sk).isNotBlank();
      assertThat(field(banner, "access key")).startsWith(ak + "  ");
      assertThat(banner).doesNotContain(sk);
      assertThat(banner).contains("profile 'local' in " + credentials());
      assertThat(field(banner, "admin token")).matches("\\S+ .*");
      assertThat(field(banner, "store")).isEqualTo(data + " (SQLite)");

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(endpoint + "/_ctyun/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"UP\"");

      // the printed command works as printed: profile 'local' also holds the endpoint
      assertThat(ProfileFile.read(tmp.resolve("config")).profile("local"))
          .containsEntry("endpoint_url", endpoint)
          .doesNotContainKey("ca_bundle");
      String tryIt = "ctyun --profile local api GET ctvpc /v4/vpc/list --param regionID=" + REGION;
      assertThat(banner).contains("\n  " + tryIt + "\n");
      String[] args = tryIt.substring("ctyun ".length()).split(" ");
      CliRunner.Result call = runner().run(args);
      assertThat(call.exitCode()).as(call.toString()).isZero();
      assertThat(call.out()).contains("\"statusCode\" : 800").contains("\"vpcs\" : [ ]");
    } finally {
      stop.release.countDown();
    }
    CliRunner.Result r = run.get(60, TimeUnit.SECONDS);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).endsWith("ctyun-local stopped\n");
    int port = URI.create(field(r.out(), "endpoint")).getPort();
    assertThatThrownBy(() -> new java.net.Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(IOException.class);
  }

  @Test
  void aGivenAccountIsUsedAndNoProfileIsWritten() {
    CliRunner.Result r =
        runner()
            .env("CTYUN_LOCAL_SK", "SKfromTheEnvironment")
            .run(
                "local",
                "start",
                "--port",
                "0",
                "--data-dir",
                tmp.resolve("data").toString(),
                "--ak",
                "AKgiven0000000001",
                "--quiet");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(field(r.out(), "access key")).startsWith("AKgiven0000000001  ");
    assertThat(r.out())
        .contains("CTYUN_AK=AKgiven0000000001 CTYUN_SK=<its secret key> ctyun --endpoint-url")
        .doesNotContain("SKfromTheEnvironment");
    assertThat(credentials()).doesNotExist();
  }

  @Test
  void aSecondStartKeepsTheAccountAndItsProfile() {
    String data = tmp.resolve("data").toString();
    CliRunner.Result first =
        runner().run("local", "start", "--port", "0", "--data-dir", data, "--quiet");
    CliRunner.Result second =
        runner().run("local", "start", "--port", "0", "--data-dir", data, "--quiet");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(field(second.out(), "access key")).isEqualTo(field(first.out(), "access key"));
    assertThat(second.out()).contains("profile 'local' in " + credentials());
  }

  @Test
  void aBusyPortExitsWithFour() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRunner.Result r =
          runner()
              .run(
                  "local",
                  "start",
                  "--port",
                  String.valueOf(busy.getLocalPort()),
                  "--data-dir",
                  tmp.resolve("data").toString(),
                  "--quiet");

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
      assertThat(r.err()).startsWith("ctyun: cannot start ctyun-local").doesNotContain("\tat ");
    }
  }

  @Test
  void aDataDirectoryInUseExitsWithFourAndSaysSoOnOneLine() {
    Path data = tmp.resolve("data");
    try (CtyunLocal other =
        CtyunLocal.builder()
            .port(0)
            .dataDir(data)
            .options(o -> o.writeProfile(false))
            .build()
            .start()) {
      CliRunner.Result r =
          runner().run("local", "start", "--port", "0", "--data-dir", data.toString(), "--quiet");

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
      assertThat(r.err())
          .isEqualTo(
              "ctyun: cannot start ctyun-local: the data directory "
                  + data
                  + " is in use by another ctyun-local (in this process); stop it or choose"
                  + " another data directory. To run several emulators on one store, use"
                  + " PostgreSQL (--db-url)\n");
      assertThat(other.port()).isPositive(); // still serving
    }
  }

  @Test
  void flagsMapOntoTheEmulatorOptions() {
    CtyunLocalOptions o =
        options(
            "--port",
            "9000",
            "--host",
            "0.0.0.0",
            "--data-dir",
            "/srv/ctyun",
            "--date-window",
            "2s",
            "--accept-utc-dates",
            "--lenient-query",
            "--reject-replay",
            "--fail-rate",
            "0.25",
            "--fail-with",
            "throttle",
            "--latency",
            "50ms",
            "--credentials-file",
            "/etc/ctyun/credentials",
            "--endpoint-order-policy",
            "reads:3");

    assertThat(o.port()).isEqualTo(9000);
    assertThat(o.host()).isEqualTo("0.0.0.0");
    assertThat(o.dataDir()).isEqualTo(Paths.get("/srv/ctyun"));
    assertThat(o.dbUrl()).isNull();
    assertThat(o.dateWindow()).isEqualTo(Duration.ofSeconds(2));
    assertThat(o.acceptUtcDates()).isTrue();
    assertThat(o.lenientQuery()).isTrue();
    assertThat(o.rejectReplay()).isTrue();
    assertThat(o.failRate()).isEqualTo(0.25);
    assertThat(o.failWith()).isEqualTo(FaultKind.THROTTLE);
    assertThat(o.latency()).isEqualTo(Duration.ofMillis(50));
    assertThat(o.credentialsFile()).isEqualTo(Paths.get("/etc/ctyun/credentials"));
    assertThat(o.endpointOrderPolicy()).isEqualTo(new StatePolicy(StatePolicy.Kind.AFTER_READS, 3));
    assertThat(o.accessKey()).isNull();
  }

  @Test
  void defaultsFollowTheDesign() {
    CtyunLocalOptions o = options();

    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.host()).isEqualTo("127.0.0.1");
    assertThat(o.dataDir()).isEqualTo(Paths.get(System.getProperty("user.home"), ".ctyun-local"));
    assertThat(o.credentialsFile()).isEqualTo(credentials());
    assertThat(o.writeProfile()).isTrue();
    assertThat(o.dateWindow()).isEqualTo(Duration.ofMinutes(15));
    assertThat(o.acceptUtcDates()).isFalse();
    assertThat(o.lenientQuery()).isFalse();
    assertThat(o.rejectReplay()).isFalse();
    assertThat(o.failRate()).isZero();
    assertThat(o.failWith()).isEqualTo(FaultKind.UNAVAILABLE);
    assertThat(o.latency()).isZero();
    assertThat(o.endpointOrderPolicy()).isEqualTo(StatePolicy.immediate());
  }

  @Test
  void tlsIsOffByDefaultAndTheFlagsTurnItOn() {
    CtyunLocalOptions plain = options();
    assertThat(plain.tls()).isFalse();
    assertThat(plain.tlsPort()).isEqualTo(8443);

    CtyunLocalOptions tls =
        options("--tls", "--tls-port", "9443", "--data-dir", tmp.resolve("d").toString());
    assertThat(tls.tls()).isTrue();
    assertThat(tls.tlsPort()).isEqualTo(9443);
    assertThat(tls.tlsDir()).isEqualTo(tmp.resolve("d").resolve("tls"));
  }

  @Test
  void homeDecidesTheDefaultDataDirectory() {
    CtyunLocalOptions o = options(context(Map.of("HOME", tmp.toString())));
    assertThat(o.dataDir()).isEqualTo(tmp.resolve(".ctyun-local"));
    assertThat(o.configFile()).isEqualTo(tmp.resolve(".ctyun").resolve("config"));
  }

  @Test
  void postgresAndTheAccountComeFromFlagsAndTheEnvironment() {
    CliContext ctx =
        context(
            Map.of(
                "CTYUN_LOCAL_AK", "AKenv0000000001",
                "CTYUN_LOCAL_SK", "SKenv",
                "CTYUN_LOCAL_DB_PASSWORD", "pw"));
    CtyunLocalOptions o =
        options(ctx, "--db-url", "jdbc:postgresql://db.example/ctyun", "--db-user", "ctyun");

    assertThat(o.dbUrl()).isEqualTo("jdbc:postgresql://db.example/ctyun");
    assertThat(o.dbUser()).isEqualTo("ctyun");
    assertThat(o.dbPassword()).isEqualTo("pw");
    assertThat(o.accessKey()).isEqualTo("AKenv0000000001");
    assertThat(o.secretKey()).isEqualTo("SKenv");
  }

  @Test
  void theBannerNeverShowsADatabasePassword() {
    CtyunLocalOptions o =
        CtyunLocalOptions.builder()
            .dbUrl("jdbc:postgresql://db.example:5432/ctyun?user=ctyun&password=hunter2")
            .build();

    assertThat(LocalBanner.store(o))
        .isEqualTo("jdbc:postgresql://db.example:5432/ctyun (PostgreSQL)");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of("port out of range", List.of("--port", "70000")),
        Arguments.of("https port equal to the port", List.of("--tls", "--tls-port", "8080")),
        Arguments.of("no body allowed", List.of("--max-body-bytes", "0")),
        Arguments.of("port not a number", List.of("--port", "http")),
        Arguments.of("not a postgres url", List.of("--db-url", "jdbc:mysql://h/db")),
        Arguments.of("db user without db url", List.of("--db-user", "u")),
        Arguments.of("ak without sk", List.of("--ak", "AK1")),
        Arguments.of("sk without ak", List.of("--sk", "SK1")),
        Arguments.of("fail rate above 1", List.of("--fail-rate", "1.5")),
        Arguments.of("fail rate not a number", List.of("--fail-rate", "often")),
        Arguments.of("unknown fault", List.of("--fail-with", "500")),
        Arguments.of("latency without unit", List.of("--latency", "50")),
        Arguments.of("date window in days", List.of("--date-window", "1d")),
        Arguments.of("bad order policy", List.of("--endpoint-order-policy", "sometimes")),
        Arguments.of("unknown option", List.of("--verbose")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorsExitWithTwoAndStartNothing(String name, List<String> flags) {
    List<String> args = new ArrayList<>(List.of("local", "start"));
    args.addAll(flags);
    if (!flags.contains("--data-dir") && !flags.contains("--db-url")) {
      args.addAll(List.of("--data-dir", tmp.resolve("data").toString()));
    }

    CliRunner.Result r = runner().run(args.toArray(new String[0]));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("ctyun: ").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
    assertThat(tmp.resolve("data")).doesNotExist();
    assertThat(credentials()).doesNotExist();
  }

  @Test
  void localWithoutASubcommandIsAUsageError() {
    CliRunner.Result r = runner().run("local");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Usage: ctyun local").contains("start");
  }

  @Test
  void helpListsEveryFlag() {
    CliRunner.Result r = runner().run("local", "start", "--help");

    assertThat(r.exitCode()).isZero();
    for (String flag :
        List.of(
            "--port",
            "--host",
            "--data-dir",
            "--db-url",
            "--ak",
            "--sk",
            "--date-window",
            "--accept-utc-dates",
            "--lenient-query",
            "--reject-replay",
            "--fail-rate",
            "--fail-with",
            "--latency",
            "--credentials-file")) {
      assertThat(r.out()).contains(flag);
    }
  }

  static Stream<Arguments> sharedFlags() {
    return Stream.of(
        Arguments.of(List.of()),
        Arguments.of(
            List.of(
                "--port",
                "0",
                "--host",
                "0.0.0.0",
                "--data-dir",
                "/tmp/x",
                "--tls",
                "--tls-port",
                "9443",
                "--date-window",
                "5m",
                "--accept-utc-dates",
                "--lenient-query",
                "--reject-replay",
                "--fail-rate",
                "0.1",
                "--fail-with",
                "throttle",
                "--latency",
                "50ms",
                "--endpoint-order-policy",
                "reads:3")),
        Arguments.of(
            List.of(
                "--max-body-bytes",
                "2048",
                "--no-profile",
                "--client-token-conflict",
                "first-answer",
                "--error-code",
                "A.B=C.D",
                "--error-code=X=Y",
                "--credentials-file",
                "/tmp/c",
                "--admin-token-env",
                "MY_TOKEN")),
        Arguments.of(
            List.of("--db-url", "jdbc:postgresql://h/db", "--db-user", "u", "--ak", "AK1")));
  }

  @ParameterizedTest
  @MethodSource("sharedFlags")
  void theStandaloneJarAndLocalStartReadTheSameFlags(List<String> flags) {
    Map<String, String> env =
        Map.of(
            "CTYUN_SHARED_CREDENTIALS_FILE", credentials().toString(),
            "MY_TOKEN", "token-from-env",
            "CTYUN_LOCAL_AK", "AKfromTheEnvironment",
            "CTYUN_LOCAL_SK", "SKfromTheEnvironment",
            "CTYUN_LOCAL_DB_PASSWORD", "pw");
    Map<String, String> cliEnv = new java.util.HashMap<>(env);
    cliEnv.remove("CTYUN_SHARED_CREDENTIALS_FILE"); // context() adds it
    Clock fixed = Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);
    String[] args = flags.toArray(new String[0]);

    CtyunLocalOptions viaCli = options(context(cliEnv), args).toBuilder().clock(fixed).build();
    CtyunLocalOptions viaJar =
        CtyunLocalArgs.parse(args, env, w -> {}).toBuilder().clock(fixed).build();

    assertThat(viaCli).isEqualTo(viaJar);
  }

  @Test
  void theSecretKeyComesFromAFileAndSkWarns() throws Exception {
    Path file = tmp.resolve("sk");
    Files.writeString(file, "SKfromAFile\n");

    CtyunLocalOptions o = options("--ak", "AK1", "--secret-key-file", file.toString());

    assertThat(o.accessKey()).isEqualTo("AK1");
    assertThat(o.secretKey()).isEqualTo("SKfromAFile");

    CliRunner.Result r =
        runner()
            .run(
                "local",
                "start",
                "--port",
                "0",
                "--data-dir",
                tmp.resolve("data").toString(),
                "--ak",
                "AKgiven0000000001",
                "--sk",
                "SKvisibleInPs",
                "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("ctyun: warning: --sk is deprecated")
        .doesNotContain("SKvisibleInPs");
    assertThat(r.out()).doesNotContain("SKvisibleInPs");
  }

  private CliContext context(Map<String, String> extraEnv) {
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    env.put("CTYUN_SHARED_CREDENTIALS_FILE", credentials().toString());
    return CliContext.builder().env(env).build();
  }

  private CtyunLocalOptions options(String... flags) {
    return options(context(Map.of()), flags);
  }

  private static CtyunLocalOptions options(CliContext ctx, String... flags) {
    CommandLine cmd = Ctyun.newCommandLine(ctx);
    List<String> args = new ArrayList<>(List.of("local", "start"));
    args.addAll(List.of(flags));
    ParseResult parsed = cmd.parseArgs(args.toArray(new String[0]));
    LocalStartCommand start =
        parsed.subcommand().subcommand().commandSpec().commandLine().getCommand();
    return start.options();
  }

  /** The value of a banner line {@code " name: value"}. */
  private static String field(String banner, String name) {
    Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(name) + ": +(.*)$").matcher(banner);
    if (!m.find()) {
      throw new AssertionError("no '" + name + "' line in:\n" + banner);
    }
    return m.group(1);
  }

  @Test
  void aDetachedEmulatorRunsWithTheServersJvmFlags() {
    java.util.List<String> cmd = LocalDetacher.command(java.util.List.of("local", "start"));
    java.util.List<String> expected =
        new java.util.ArrayList<>(
            LocalDetacher.serverJvmFlags(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    expected.add(io.github.ctyunjava.cli.common.TopCommand.MAIN_CLASS);
    assertThat(cmd).containsSubsequence(expected);
    assertThat(LocalDetacher.SERVER_JVM_FLAGS)
        .contains("-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch");
    assertThat(LocalDetacher.DEFAULT_HEAP).containsExactly("-Xms1g", "-Xmx1g");
    assertThat(cmd.subList(cmd.size() - 2, cmd.size())).containsExactly("local", "start");
  }

  @Test
  void theBackgroundEmulatorKeepsTheHeapSizeItsParentWasGiven() {
    // started by bin/ctyun without a heap size of the user's, or directly: the fixed 1 GiB
    assertThat(LocalDetacher.serverJvmFlags(java.util.List.of("-Xshare:auto")))
        .containsExactly("-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch", "-Xms1g", "-Xmx1g");
    // bin/ctyun with a heap size in CTYUN_JAVA_OPTS: the user's size, not 1 GiB
    assertThat(
            LocalDetacher.serverJvmFlags(
                java.util.List.of("-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch", "-Xmx256m")))
        .containsExactly("-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch", "-Xmx256m");
    assertThat(LocalDetacher.serverJvmFlags(java.util.List.of("-XX:MaxRAMPercentage=25")))
        .containsExactly(
            "-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch", "-XX:MaxRAMPercentage=25");
  }

  /**
   * The server's flags are written in each launcher's own language; each must carry the ones the
   * detached emulator gets, or the emulator's tail latency depends on how it was started.
   */
  @Test
  void everyLauncherGivesTheEmulatorTheSameFlags() throws java.io.IOException {
    for (String launcher :
        java.util.List.of(
            "src/dist/bin/ctyun",
            "src/dist/bin/ctyun.cmd",
            "../ctyun",
            "../ctyun-bench/emulator-report.sh")) {
      String text = java.nio.file.Files.readString(java.nio.file.Path.of(launcher));
      java.util.List<String> flags = new java.util.ArrayList<>(LocalDetacher.SERVER_JVM_FLAGS);
      flags.addAll(LocalDetacher.DEFAULT_HEAP);
      for (String flag : flags) {
        assertThat(text).as(launcher).contains(flag);
      }
    }
  }
}
