package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.ProfileFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigureCommandTest {
  @TempDir Path tmp;

  private Path credentials() {
    return tmp.resolve("home/.ctyun/credentials");
  }

  private Path config() {
    return tmp.resolve("home/.ctyun/config");
  }

  private CliRunner runner() {
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", credentials().toString())
        .env("CTYUN_CONFIG_FILE", config().toString());
  }

  private Map<String, String> profile(Path file, String name) {
    return ProfileFile.read(file).profile(name);
  }

  @Test
  void interactiveConfigureWritesBothFilesOwnerOnly() throws Exception {
    CliRunner.Result r =
        runner()
            .stdin(
                "AKinteractive01\nSKinteractive-secret\ncn-huadong1\njson\nhttp://localhost:8080\n")
            .run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(profile(credentials(), "default"))
        .containsExactly(
            Map.entry("access_key", "AKinteractive01"),
            Map.entry("secret_key", "SKinteractive-secret"));
    assertThat(profile(config(), "default"))
        .containsExactly(
            Map.entry("region_id", "cn-huadong1"),
            Map.entry("output", "json"),
            Map.entry("endpoint_url", "http://localhost:8080"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config())))
        .isEqualTo("rw-------");
    assertThat(r.out()).contains("CTyun Access Key (AK) [None]: ").contains("Default region ID");
    assertThat(r.out() + r.err()).doesNotContain("SKinteractive-secret");
  }

  @Test
  void emptyAnswersKeepCurrentValuesAndPromptsShowThemRedacted() throws Exception {
    runner().run("configure", "set", "access_key", "AKkeepme0000001");
    runner().run("configure", "set", "secret_key", "SKkeepme-secret-9876");
    runner().run("configure", "set", "region_id", "cn-old");

    CliRunner.Result r = runner().stdin("\n\ncn-new\n\n\n").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("[****0001]")
        .contains("[****9876]")
        .contains("[cn-old]")
        .doesNotContain("SKkeepme-secret-9876")
        .doesNotContain("AKkeepme0000001");
    assertThat(profile(credentials(), "default"))
        .containsEntry("access_key", "AKkeepme0000001")
        .containsEntry("secret_key", "SKkeepme-secret-9876");
    assertThat(profile(config(), "default")).containsExactly(Map.entry("region_id", "cn-new"));
  }

  @Test
  void endOfInputKeepsEverything() {
    CliRunner.Result r = runner().stdin("").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(credentials()).doesNotExist();
    assertThat(config()).doesNotExist();
  }

  @Test
  void invalidAnswerIsAUsageErrorAndWritesNothing() {
    CliRunner.Result r = runner().stdin("AK1\nSK1\nregion\nyaml\n\n").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("output must be one of");
    assertThat(credentials()).doesNotExist();
  }

  @Test
  void profileOptionAndEnvironmentSelectTheSection() {
    assertThat(
            runner().run("configure", "set", "region_id", "r-dev", "--profile", "dev").exitCode())
        .isZero();
    assertThat(
            runner().run("--profile", "ops", "configure", "set", "region_id", "r-ops").exitCode())
        .isZero();
    assertThat(
            runner()
                .env("CTYUN_PROFILE", "ci")
                .run("configure", "set", "region_id", "r-ci")
                .exitCode())
        .isZero();

    assertThat(ProfileFile.read(config()).profileNames()).containsExactly("dev", "ops", "ci");
    assertThat(profile(config(), "ops")).containsEntry("region_id", "r-ops");
    assertThat(runner().run("configure", "get", "region_id", "--profile", "dev").out())
        .isEqualTo("r-dev\n");
    assertThat(runner().env("CTYUN_PROFILE", "ci").run("configure", "get", "region_id").out())
        .isEqualTo("r-ci\n");
  }

  @Test
  void getPrintsValuesAndRedactsTheSecretKey() {
    runner().run("configure", "set", "access_key", "AKvisible0000042");
    runner().run("configure", "set", "secret_key", "SKhidden-value-abcd");
    runner().run("configure", "set", "endpoint_url", "http://127.0.0.1:8080");

    CliRunner.Result sk = runner().run("configure", "get", "secret_key");
    assertThat(sk.exitCode()).isZero();
    assertThat(sk.out()).isEqualTo("****abcd\n");
    assertThat(runner().run("configure", "get", "access_key").out())
        .isEqualTo("AKvisible0000042\n");
    assertThat(runner().run("configure", "get", "endpoint_url").out())
        .isEqualTo("http://127.0.0.1:8080\n");
    assertThat(profile(credentials(), "default"))
        .containsEntry("secret_key", "SKhidden-value-abcd");
  }

  @Test
  void getOfAnUnsetKeyExitsWithFour() {
    CliRunner.Result r = runner().run("configure", "get", "region_id");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err()).contains("region_id is not set in profile 'default'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownKeysAndBadValuesAreUsageErrors() {
    assertThat(runner().run("configure", "set", "colour", "blue").exitCode()).isEqualTo(2);
    assertThat(runner().run("configure", "get", "colour").exitCode()).isEqualTo(2);
    assertThat(runner().run("configure", "set", "endpoint_url", "localhost:8080").exitCode())
        .isEqualTo(2);
    assertThat(runner().run("configure", "set", "access_key", "has space").exitCode()).isEqualTo(2);
    assertThat(runner().run("configure", "set", "region_id").exitCode()).isEqualTo(2);
    assertThat(credentials()).doesNotExist();
    assertThat(config()).doesNotExist();
  }

  @Test
  void configuredCredentialsAreUsedBySign() throws Exception {
    runner().run("configure", "set", "access_key", "AKfromconfigure1");
    runner().run("configure", "set", "secret_key", "SKfromconfigure1");

    CliRunner.Result r =
        runner().run("sign", "--method=GET", "--path=/v4/vpc/list", "--date=20240611T101530Z");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"Eop-Authorization\" : \"AKfromconfigure1 Headers=");
  }

  @Test
  void listShowsEffectiveValuesRedactedWithTheirSources() {
    runner().run("configure", "set", "access_key", "AKfilefile000001");
    runner().run("configure", "set", "secret_key", "SKfile-secret-0002");
    runner().run("configure", "set", "region_id", "cn-east");

    CliRunner.Result fromFiles = runner().run("configure", "list");
    CliRunner.Result fromEnv =
        runner()
            .env("CTYUN_AK", "AKenvenv00000003")
            .env("CTYUN_SK", "SKenv-secret-0004")
            .env("CTYUN_ENDPOINT_URL", "http://127.0.0.1:9000")
            .run("configure", "list");

    assertThat(fromFiles.exitCode()).isZero();
    assertThat(fromFiles.out())
        .containsPattern("access_key +\\*\\*\\*\\*0001 +" + credentials())
        .containsPattern("secret_key +\\*\\*\\*\\*0002 +" + credentials())
        .containsPattern("region_id +cn-east +" + config())
        .containsPattern("endpoint_url +<not set> +-")
        .doesNotContain("SKfile-secret-0002")
        .doesNotContain("AKfilefile000001");
    assertThat(fromEnv.out())
        .containsPattern("access_key +\\*\\*\\*\\*0003 +env CTYUN_AK")
        .containsPattern("secret_key +\\*\\*\\*\\*0004 +env CTYUN_SK")
        .containsPattern("endpoint_url +http://127.0.0.1:9000 +env CTYUN_ENDPOINT_URL")
        .doesNotContain("SKenv-secret-0004");
  }
}
