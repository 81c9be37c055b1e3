package io.github.ctyunjava.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.CtyunLocal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI follows the SDK's resolution table: {@code $HOME} decides where {@code ~/.ctyun} is,
 * profile {@code local} written by the emulator needs no endpoint flag, {@code --ca-bundle} trusts
 * the emulator's local CA and nothing else switches verification off.
 */
class ConfigurationTableCliTest {
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  @TempDir Path tmp;

  private Path home() {
    return tmp.resolve("home");
  }

  /** A runner whose only surroundings are HOME (no CTYUN_* file variables). */
  private CliRunner runner() {
    return new CliRunner().env("HOME", home().toString());
  }

  private CtyunLocal startEmulator(boolean tls, boolean writeProfile) {
    return CtyunLocal.builder()
        .port(0)
        .dataDir(tmp.resolve("data"))
        .options(
            o ->
                o.tls(tls)
                    .tlsPort(0)
                    .writeProfile(writeProfile)
                    .credentialsFile(home().resolve(".ctyun/credentials"))
                    .configFile(home().resolve(".ctyun/config")))
        .build()
        .start();
  }

  @Test
  void withHomeSetToAnEmptyFolderConfigureWritesUnderIt() throws Exception {
    Files.createDirectories(home());
    assertThat(runner().run("configure", "set", "access_key", "AKhome0000000001").exitCode())
        .isZero();
    assertThat(runner().run("configure", "set", "secret_key", "SKhome-secret").exitCode()).isZero();
    assertThat(runner().run("configure", "set", "region_id", REGION).exitCode()).isZero();
    CliRunner.Result interactive =
        runner().stdin("\n\n\n\n\n").run("--profile", "other", "configure");
    assertThat(interactive.exitCode()).as(interactive.toString()).isZero();

    assertThat(ProfileFile.read(home().resolve(".ctyun/credentials")).profile("default"))
        .containsEntry("access_key", "AKhome0000000001")
        .containsEntry("secret_key", "SKhome-secret");
    assertThat(ProfileFile.read(home().resolve(".ctyun/config")).profile("default"))
        .containsEntry("region_id", REGION);
    CliRunner.Result list = runner().run("configure", "list");
    assertThat(list.out())
        .contains(home().resolve(".ctyun/config").toString())
        .doesNotContain("SKhome-secret");
  }

  @Test
  void ctyunProfileLocalWorksWithNoEndpointFlag() {
    try (CtyunLocal local = startEmulator(false, true)) {
      assertThat(ProfileFile.read(home().resolve(".ctyun/config")).profile("local"))
          .containsEntry("endpoint_url", local.endpoint().toString());
      CliRunner.Result viaEnv =
          runner()
              .env("CTYUN_PROFILE", "local")
              .env("CTYUN_REGION", REGION)
              .run("vpc", "list-vpcs");
      assertThat(viaEnv.exitCode()).as(viaEnv.toString()).isZero();
      CliRunner.Result viaFlag =
          runner().run("--profile", "local", "vpc", "list-vpcs", "--region-id", REGION);
      assertThat(viaFlag.exitCode()).as(viaFlag.toString()).isZero();
    }
  }

  @Test
  void tlsEmulatorIsReachedWithCaBundleAndRefusedWithout() {
    try (CtyunLocal local = startEmulator(true, false)) {
      String https = local.tlsEndpoint().toString();
      CliRunner r =
          runner()
              .env("CTYUN_AK", local.credentials().accessKey())
              .env("CTYUN_SK", local.credentials().secretKey());
      CliRunner.Result trusted =
          r.run(
              "--endpoint-url",
              https,
              "--ca-bundle",
              local.caFile().toString(),
              "api",
              "GET",
              "ctvpc",
              "/v4/vpc/list",
              "--param",
              "regionID=" + REGION);
      assertThat(trusted.exitCode()).as(trusted.toString()).isZero();
      assertThat(trusted.out()).contains("\"statusCode\" : 800");

      CliRunner.Result viaEnv =
          r.env("CTYUN_CA_BUNDLE", local.caFile().toString())
              .run("--endpoint-url", https, "vpc", "list-vpcs", "--region-id", REGION);
      assertThat(viaEnv.exitCode()).as(viaEnv.toString()).isZero();

      CliRunner.Result refused =
          runner()
              .env("CTYUN_AK", local.credentials().accessKey())
              .env("CTYUN_SK", local.credentials().secretKey())
              .run("--endpoint-url", https, "vpc", "list-vpcs", "--region-id", REGION);
      assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.NETWORK);
      assertThat(refused.err()).containsIgnoringCase("certification path");
    }
  }

  @Test
  void profileLocalOfATlsEmulatorCarriesItsCaBundle() {
    try (CtyunLocal local = startEmulator(true, true)) {
      assertThat(ProfileFile.read(home().resolve(".ctyun/config")).profile("local"))
          .containsEntry("endpoint_url", local.tlsEndpoint().toString())
          .containsEntry("ca_bundle", local.caFile().toAbsolutePath().toString());
      CliRunner.Result r =
          runner().run("--profile", "local", "vpc", "list-vpcs", "--region-id", REGION);
      assertThat(r.exitCode()).as(r.toString()).isZero();
    }
  }

  @Test
  void aCaBundleThatIsNoCertificateIsAUsageError() throws Exception {
    Path notPem = tmp.resolve("not.pem");
    Files.write(notPem, "hello".getBytes(StandardCharsets.UTF_8));
    CliRunner.Result r =
        runner()
            .env("CTYUN_AK", "AK0000000000000001")
            .env("CTYUN_SK", "SK")
            .run(
                "--endpoint-url",
                "https://127.0.0.1:1",
                "--ca-bundle",
                notPem.toString(),
                "vpc",
                "list-vpcs",
                "--region-id",
                REGION);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--ca-bundle").contains("not.pem");
  }
}
