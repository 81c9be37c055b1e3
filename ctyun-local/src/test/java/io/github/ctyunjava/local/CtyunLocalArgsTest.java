package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.local.options.StatePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line flags. */
class CtyunLocalArgsTest {
  @Test
  void parsesEveryFlag() {
    CtyunLocalOptions o =
        CtyunLocalArgs.parse(
            new String[] {
              "--port",
              "0",
              "--host=0.0.0.0",
              "--data-dir",
              "/tmp/x",
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
              "--max-body-bytes",
              "2048",
              "--endpoint-order-policy",
              "reads:3",
              "--credentials-file",
              "/tmp/c",
              "--no-profile",
              "--admin-token-env",
              "TOKEN"
            },
            Map.of("TOKEN", "tok", "CTYUN_LOCAL_AK", "ak1", "CTYUN_LOCAL_SK", "sk1"));
    assertThat(o.port()).isZero();
    assertThat(o.host()).isEqualTo("0.0.0.0");
    assertThat(o.dataDir()).isEqualTo(Paths.get("/tmp/x"));
    assertThat(o.dateWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(o.acceptUtcDates()).isTrue();
    assertThat(o.lenientQuery()).isTrue();
    assertThat(o.rejectReplay()).isTrue();
    assertThat(o.failRate()).isEqualTo(0.1);
    assertThat(o.failWith()).isEqualTo(FaultKind.THROTTLE);
    assertThat(o.latency()).isEqualTo(Duration.ofMillis(50));
    assertThat(o.maxBodyBytes()).isEqualTo(2048);
    assertThat(o.endpointOrderPolicy()).isEqualTo(new StatePolicy(StatePolicy.Kind.AFTER_READS, 3));
    assertThat(o.writeProfile()).isFalse();
    assertThat(o.adminToken()).isEqualTo("tok");
    assertThat(o.accessKey()).isEqualTo("ak1");
    assertThat(o.secretKey()).isEqualTo("sk1");
  }

  @Test
  void postgreSqlKeepsTheDataDirectoryForTheLocalCaAndRunFiles() {
    CtyunLocalOptions o =
        CtyunLocalArgs.parse(
            new String[] {
              "--data-dir", "/srv/ctyun", "--db-url", "jdbc:postgresql://db/ctyun", "--no-profile"
            },
            Map.of());
    assertThat(o.dbUrl()).isEqualTo("jdbc:postgresql://db/ctyun");
    assertThat(o.tlsDir()).isEqualTo(Paths.get("/srv/ctyun", "tls"));
  }

  @Test
  void defaults() {
    CtyunLocalOptions o = CtyunLocalArgs.parse(new String[0], Map.of());
    assertThat(o.port()).isEqualTo(CtyunLocalArgs.DEFAULT_PORT);
    assertThat(o.dataDir()).isEqualTo(Paths.get(System.getProperty("user.home"), ".ctyun-local"));
    assertThat(o.dateWindow()).isEqualTo(Duration.ofMinutes(15));
    assertThat(o.failWith()).isEqualTo(FaultKind.UNAVAILABLE);
  }

  @Test
  void homeDecidesTheDefaultDataDirectory() {
    CtyunLocalOptions o = CtyunLocalArgs.parse(new String[0], Map.of("HOME", "/home/ci"));
    assertThat(o.dataDir()).isEqualTo(Paths.get("/home/ci", ".ctyun-local"));
    assertThat(o.tlsDir()).isEqualTo(Paths.get("/home/ci", ".ctyun-local", "tls"));
  }

  @Test
  void rejectsBadFlags() {
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--nope"}, Map.of()))
        .hasMessageContaining("Unknown option: '--nope'");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--port"}, Map.of()))
        .hasMessageContaining("Missing required parameter for option '--port'");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--fail-rate", "2"}, Map.of()))
        .hasMessageContaining("--fail-rate must be between 0 and 1");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--latency", "fast"}, Map.of()))
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--fail-with", "500"}, Map.of()))
        .hasMessageContaining("503 or throttle");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[0], Map.of("CTYUN_LOCAL_AK", "x")))
        .hasMessageContaining("CTYUN_LOCAL_SK");
    assertThatThrownBy(
            () -> CtyunLocalArgs.parse(new String[] {"--data-dir", "d", "--db-url", "x"}, Map.of()))
        .hasMessageContaining("--db-url must be a PostgreSQL JDBC URL");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--error-code", "A="}, Map.of()))
        .hasMessageContaining("--error-code needs OLD=NEW");
    assertThatThrownBy(
            () -> CtyunLocalArgs.parse(new String[] {"--admin-token-env", "UNSET"}, Map.of()))
        .hasMessageContaining("UNSET is not set");
    assertThatThrownBy(() -> StatePolicy.parse("later"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSecretKeyComesFromAFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("sk");
    Files.writeString(file, "SKfromAFile\n");
    List<String> warnings = new ArrayList<>();

    CtyunLocalOptions o =
        CtyunLocalArgs.parse(
            new String[] {"--ak", "AKgiven", "--secret-key-file", file.toString()},
            Map.of("CTYUN_LOCAL_SK", "SKfromTheEnvironment"),
            warnings::add);

    assertThat(o.accessKey()).isEqualTo("AKgiven");
    assertThat(o.secretKey()).isEqualTo("SKfromAFile");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aSecretKeyOnTheCommandLineStillWorksButWarnsWithoutShowingIt() {
    List<String> warnings = new ArrayList<>();

    CtyunLocalOptions o =
        CtyunLocalArgs.parse(
            new String[] {"--ak", "AKgiven", "--sk", "SKvisibleInPs"}, Map.of(), warnings::add);

    assertThat(o.secretKey()).isEqualTo("SKvisibleInPs");
    assertThat(warnings).singleElement().asString().contains("--sk is deprecated").contains("ps");
    assertThat(String.join("\n", warnings)).doesNotContain("SKvisibleInPs");
  }

  @Test
  void anUnreadableSecretFileIsAUsageErrorThatNamesTheFile(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(
            () ->
                CtyunLocalArgs.parse(
                    new String[] {"--ak", "AK", "--secret-key-file", missing.toString()}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--secret-key-file")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void theAdminTokenComesFromTheEnvironment() {
    assertThat(
            CtyunLocalArgs.parse(new String[0], Map.of("CTYUN_LOCAL_ADMIN_TOKEN", "t1"))
                .adminToken())
        .isEqualTo("t1");
  }

  @Test
  void usageListsEveryFlagOnce() {
    String usage = CtyunLocalArgs.usage();
    for (String flag :
        List.of(
            "--port",
            "--tls-port",
            "--data-dir",
            "--db-url",
            "--ak",
            "--secret-key-file",
            "--no-profile",
            "--max-body-bytes",
            "--client-token-conflict",
            "--error-code",
            "--admin-token-env",
            "--fail-with")) {
      assertThat(usage).contains(flag);
    }
    assertThat(usage).startsWith("Usage: ctyun-local");
  }
}
