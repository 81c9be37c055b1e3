package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The CLI pointed at an in-process emulator, with every HTTP exchange recorded. */
public final class LocalCli {
  /** The documentation sample region (spec). */
  public static final String REGION = "81f7728662dd11ec810800155d307d5b";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CtyunLocalExtension local;
  private final Path dir;
  public final Exchanges exchanges = new Exchanges();

  public LocalCli(CtyunLocalExtension local, Path dir) {
    this.local = local;
    this.dir = dir;
  }

  /** A runner with the emulator's account and endpoint, and profile files under {@code dir}. */
  public CliRunner runner() {
    return new CliRunner()
        .env("CTYUN_AK", local.credentials().accessKey())
        .env("CTYUN_SK", local.credentials().secretKey())
        .env("CTYUN_ENDPOINT_URL", local.endpoint().toString())
        .env("CTYUN_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", dir.resolve("config").toString())
        .clientCustomizer(b -> b.sleeper(d -> {}).addInterceptor(exchanges));
  }

  /** Runs the CLI and requires exit 0. */
  public CliRunner.Result ok(String... args) {
    CliRunner.Result r = runner().run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isZero();
    return r;
  }

  /** Runs the CLI with exit 0 and reads stdout as JSON. */
  public JsonNode json(String... args) {
    return parse(ok(args).out());
  }

  /** Creates a VPC in {@link #REGION} and returns its ID. */
  public String createVpc(String name, String cidr) {
    return json("vpc", "create-vpc", "--region-id", REGION, "--name", name, "--cidr", cidr)
        .path("vpcID")
        .asText();
  }

  /** The emulator account's access key. */
  public String accessKey() {
    return local.credentials().accessKey();
  }

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
