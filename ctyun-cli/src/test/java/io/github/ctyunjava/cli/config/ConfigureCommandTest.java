package io.github.ctyunjava.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.common.ExitCodes;
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
                "AKinteractive01\nSKinteractive-secret\n81f7728662dd11ec810800155d307d5b\njson\nhttp://localhost:8080\n")
            .run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(profile(credentials(), "default"))
        .containsExactly(
            Map.entry("access_key", "AKinteractive01"),
            Map.entry("secret_key", "SKinteractive-secret"));
    assertThat(profile(config(), "default"))
        .containsExactly(
            Map.entry("region_id", "81f7728662dd11ec810800155d307d5b"),
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
    runner().run("configure", "set", "region_id", "bb9fdb42056f11eda1610242ac110002");

    CliRunner.Result r =
        runner().stdin("\n\ne4f7b3a8c9d011ee8f1e0242ac120004\n\n\n").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("[****0001]")
        .contains("[****9876]")
        .contains("[bb9fdb42056f11eda1610242ac110002]")
        .doesNotContain("SKkeepme-secret-9876")
        .doesNotContain("AKkeepme0000001");
    assertThat(profile(credentials(), "default"))
        .containsEntry("access_key", "AKkeepme0000001")
        .containsEntry("secret_key", "SKkeepme-secret-9876");
    assertThat(profile(config(), "default"))
        .containsExactly(Map.entry("region_id", "e4f7b3a8c9d011ee8f1e0242ac120004"));
  }

  @Test
  void endOfInputKeepsEverything() {
    CliRunner.Result r = runner().stdin("").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(credentials()).doesNotExist();
    assertThat(config()).doesNotExist();
  }

  @Test
  void invalidAnswerIsAskedAgain() {
    CliRunner.Result r =
        runner()
            .stdin(
                "AK1\nSK1\nnot-a-region\n81f7728662dd11ec810800155d307d5b\nyaml\njson\n\nzh-CN\n")
            .run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "region_id must be a CTyun region ID (32 hex digits, e.g."
                + " 81f7728662dd11ec810800155d307d5b); see 'ctyun configure list-regions';"
                + " please try again.\n"
                + "output must be one of [json, table, text]; please try again.\n");
    // the region prompt and the output prompt are each shown twice
    assertThat(r.out().split("Default region ID", -1)).hasSize(3);
    assertThat(r.out().split("Default output format", -1)).hasSize(3);
    assertThat(profile(config(), "default"))
        .containsExactly(
            Map.entry("region_id", "81f7728662dd11ec810800155d307d5b"),
            Map.entry("output", "json"),
            Map.entry("language", "zh-CN"));
  }

  @Test
  void aRegionTheEmulatorLacksIsKeptWithANote() {
    CliRunner.Result r =
        runner().stdin("\n\n0123456789abcdef0123456789abcdef\n\n\n\n").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "note: 0123456789abcdef0123456789abcdef is not a region of the local emulator (see"
                + " 'ctyun configure list-regions'); kept for the real cloud.\n");
    assertThat(profile(config(), "default"))
        .containsExactly(Map.entry("region_id", "0123456789abcdef0123456789abcdef"));
  }

  @Test
  void threeInvalidAnswersAreAUsageErrorAndWriteNothing() {
    CliRunner.Result r = runner().stdin("AK1\nSK1\nregion\nr2\nr3\njson\n\n").run("configure");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("ctyun: region_id must be a CTyun region ID");
    assertThat(r.out()).doesNotContain("Default output format");
    assertThat(credentials()).doesNotExist();
    assertThat(config()).doesNotExist();
  }

  @Test
  void listRegionsShowsTheEmulatorCatalogue() {
    CliRunner.Result r = runner().run("configure", "list-regions");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "REGION_ID                         NAME   WHERE",
            "81f7728662dd11ec810800155d307d5b  华东1  local emulator",
            "bb9fdb42056f11eda1610242ac110002  华北2  local emulator",
            "e4f7b3a8c9d011ee8f1e0242ac120004  华南1  local emulator",
            "a5b3c0e4d7f611ee9c3b0242ac110003  西南1  local emulator");
    assertThat(r.err()).contains("Real CTyun regions are the resource pools of your account");

    CliRunner.Result zh = runner().run("--lang", "zh-CN", "configure", "list-regions");
    assertThat(zh.out()).startsWith("地域ID").contains("本地模拟器");
  }

  @Test
  void setValidatesTheRegionForm() {
    CliRunner.Result r = runner().run("configure", "set", "region_id", "cn-east-1");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("region_id must be a CTyun region ID");
    assertThat(r.out()).isEmpty();
    assertThat(config()).doesNotExist();
  }

  @Test
  void profileOptionAndEnvironmentSelectTheSection() {
    assertThat(
            runner()
                .run(
                    "configure",
                    "set",
                    "region_id",
                    "a5b3c0e4d7f611ee9c3b0242ac110003",
                    "--profile",
                    "dev")
                .exitCode())
        .isZero();
    assertThat(
            runner()
                .run(
                    "--profile",
                    "ops",
                    "configure",
                    "set",
                    "region_id",
                    "0000000000000000000000000000000a")
                .exitCode())
        .isZero();
    assertThat(
            runner()
                .env("CTYUN_PROFILE", "ci")
                .run("configure", "set", "region_id", "0000000000000000000000000000000b")
                .exitCode())
        .isZero();

    assertThat(ProfileFile.read(config()).profileNames()).containsExactly("dev", "ops", "ci");
    assertThat(profile(config(), "ops"))
        .containsEntry("region_id", "0000000000000000000000000000000a");
    assertThat(runner().run("configure", "get", "region_id", "--profile", "dev").out())
        .isEqualTo("a5b3c0e4d7f611ee9c3b0242ac110003\n");
    assertThat(runner().env("CTYUN_PROFILE", "ci").run("configure", "get", "region_id").out())
        .isEqualTo("0000000000000000000000000000000b\n");
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
  void proxyIsAConfigKeyWhosePasswordIsNeverShown() throws Exception {
    CliRunner.Result bad = runner().run("configure", "set", "proxy", "ftp://u:hunter2@host:1");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("proxy").doesNotContain("hunter2");
    assertThat(bad.out()).isEmpty();

    CliRunner.Result set =
        runner().run("configure", "set", "proxy", "http://alice:s3cret@proxy.example:3128");
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out() + set.err()).doesNotContain("s3cret");
    assertThat(runner().run("configure", "get", "proxy").out())
        .isEqualTo("http://alice:****@proxy.example:3128" + System.lineSeparator());
    CliRunner.Result list = runner().run("configure", "list");
    assertThat(list.out())
        .contains("http://alice:****@proxy.example:3128")
        .doesNotContain("s3cret");

    // a raw '@' in the password is not a URL; the refusal shows no part of it
    CliRunner.Result rawAt =
        runner().run("configure", "set", "proxy", "alice:p@ss@corp-proxy:8080");
    assertThat(rawAt.exitCode()).isEqualTo(2);
    assertThat(rawAt.err()).doesNotContain("p@ss").doesNotContain("ss@");
    runner().run("configure", "set", "proxy", "alice:p%40ss@corp-proxy:8080");
    assertThat(runner().run("configure", "get", "proxy").out())
        .isEqualTo("alice:****@corp-proxy:8080" + System.lineSeparator());
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
    runner().run("configure", "set", "region_id", "81f7728662dd11ec810800155d307d5b");

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
        .containsPattern("region_id +81f7728662dd11ec810800155d307d5b +" + config())
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
