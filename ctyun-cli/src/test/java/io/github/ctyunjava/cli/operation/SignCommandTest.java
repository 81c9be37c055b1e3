package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.testing.SignatureVector;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private static SignatureVector vector(String name) {
    return SignatureVector.all().stream()
        .filter(v -> v.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no vector " + name));
  }

  /** sign arguments for a vector, without credentials and body. */
  private static List<String> baseArgs(SignatureVector v) {
    List<String> args =
        new ArrayList<>(List.of("sign", "--method=" + v.method, "--path=" + v.path));
    for (QueryParam p : v.query) {
      args.add("--param=" + p.name() + "=" + p.value());
    }
    args.add("--date=" + v.eopDate);
    args.add("--request-id=" + v.requestId);
    return args;
  }

  private CliRunner runner() {
    // never the real home: profile files point into the temp dir
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString());
  }

  private static JsonNode json(CliRunner.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return MAPPER.readTree(r.out());
  }

  @Test
  void curlOutputIsOneShellCommandCarryingTheSignedRequest() throws Exception {
    SignatureVector v = vector("post-query-and-body/go-url-encoded");
    List<String> args = baseArgs(v);
    args.addAll(
        List.of(
            "--body=" + v.body,
            "--ak=" + v.ak,
            "--sk=" + v.sk,
            "--output=curl",
            "--endpoint-url=http://127.0.0.1:8080/"));

    CliRunner.Result r = runner().run(args.toArray(new String[0]));

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(ShellArgs.of(r.out()).args)
        .containsExactly(
            "-sS",
            "-X",
            "POST",
            "http://127.0.0.1:8080" + v.path + "?" + v.wireQuery,
            "-H",
            "ctyun-eop-request-id: " + v.requestId,
            "-H",
            "Eop-date: " + v.eopDate,
            "-H",
            "Eop-Authorization: " + v.expectedAuthorization,
            "-H",
            "Content-Type: application/json",
            "--data-binary",
            v.body);
  }

  @Test
  void curlQuotesHostileBodiesAndFeedsAtSignBodiesThroughStdin() throws Exception {
    String body = "@not-a-file 'quoted' $HOME `id` \"x\"\n\\n;|&";
    CliRunner.Result r =
        runner()
            .run(
                "sign",
                "--method=POST",
                "--path=/v4/x",
                "--body=" + body,
                "--ak=AKtest0001",
                "--sk=SKtest0001",
                "--output=curl",
                "--product=ctvpc");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    ShellArgs shell = ShellArgs.of(r.out());
    assertThat(shell.args)
        .startsWith("-sS", "-X", "POST", "https://ctvpc-global.ctapi.ctyun.cn/v4/x");
    assertThat(shell.args).endsWith("--data-binary", "@-");
    assertThat(shell.stdin).isEqualTo(body);
  }

  @Test
  void curlWithBodyFileSendsTheFile() throws Exception {
    Path file = tmp.resolve("my body.json");
    Files.write(file, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    CliRunner.Result r =
        runner()
            .run(
                "sign",
                "--method=POST",
                "--path=/v4/x",
                "--body-file=" + file,
                "--ak=AKtest0001",
                "--sk=SKtest0001",
                "--output=curl",
                "--product=ctvpc");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(ShellArgs.of(r.out()).args).endsWith("--data-binary", "@" + file.toAbsolutePath());
  }

  @Test
  void bodyFileIsHashedAsItsExactBytes() throws Exception {
    SignatureVector v = vector("post-small-json/go-url-encoded");
    Path exact = tmp.resolve("exact.json");
    Files.write(exact, v.body.getBytes(StandardCharsets.UTF_8));
    Path withNewline = tmp.resolve("newline.json");
    Files.write(withNewline, (v.body + "\n").getBytes(StandardCharsets.UTF_8));

    List<String> args = baseArgs(v);
    args.addAll(List.of("--ak=" + v.ak, "--sk=" + v.sk));
    List<String> exactArgs = new ArrayList<>(args);
    exactArgs.add("--body-file=" + exact);
    List<String> newlineArgs = new ArrayList<>(args);
    newlineArgs.add("--body-file=" + withNewline);

    assertThat(json(runner().run(exactArgs.toArray(new String[0]))).get("signature").asText())
        .isEqualTo(v.expectedSignature);
    JsonNode changed = json(runner().run(newlineArgs.toArray(new String[0])));
    assertThat(changed.get("signature").asText()).isNotEqualTo(v.expectedSignature);
    assertThat(changed.get("stringToSign").asText()).isNotEqualTo(v.expectedStringToSign);
  }

  @Test
  void withoutDateAndRequestIdUsesBeijingTimeFromTheClockAndARandomUuid() throws Exception {
    // 02:15:30 UTC is 10:15:30 in Beijing
    Clock clock = Clock.fixed(Instant.parse("2024-06-11T02:15:30Z"), ZoneOffset.UTC);
    String[] args = {"sign", "--method=GET", "--path=/v4/vpc/list", "--ak=AKtest0001", "--sk=SK1"};

    JsonNode first = json(runner().clock(clock).run(args));
    JsonNode second = json(runner().clock(clock).run(args));

    assertThat(first.at("/headers/Eop-date").asText()).isEqualTo("20240611T101530Z");
    String id = first.at("/headers/ctyun-eop-request-id").asText();
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(second.at("/headers/ctyun-eop-request-id").asText()).isNotEqualTo(id);
    assertThat(first.get("stringToSign").asText())
        .startsWith("ctyun-eop-request-id:" + id + "\neop-date:20240611T101530Z\n");
  }

  @Test
  void takesKeysFromTheEnvironment() throws Exception {
    SignatureVector v = vector("get-unsorted-keys/go-url-encoded");
    CliRunner.Result r =
        runner()
            .env("CTYUN_AK", v.ak)
            .env("CTYUN_SK", v.sk)
            .run(baseArgs(v).toArray(new String[0]));

    assertThat(json(r).get("signature").asText()).isEqualTo(v.expectedSignature);
  }

  @Test
  void takesKeysFromTheNamedOrEnvironmentSelectedProfile() throws Exception {
    SignatureVector v = vector("get-repeated-keys/go-url-encoded");
    Files.writeString(
        tmp.resolve("credentials"),
        "[default]\naccess_key = AKwrong0001\nsecret_key = SKwrong0001\n\n"
            + "[work]\naccess_key = "
            + v.ak
            + "\nsecret_key = "
            + v.sk
            + "\n");
    List<String> named = new ArrayList<>(baseArgs(v));
    named.add("--profile=work");

    JsonNode byFlag = json(runner().run(named.toArray(new String[0])));
    JsonNode byEnv =
        json(runner().env("CTYUN_PROFILE", "work").run(baseArgs(v).toArray(new String[0])));
    JsonNode byDefault = json(runner().run(baseArgs(v).toArray(new String[0])));

    assertThat(byFlag.get("signature").asText()).isEqualTo(v.expectedSignature);
    assertThat(byEnv.get("signature").asText()).isEqualTo(v.expectedSignature);
    assertThat(byDefault.get("signature").asText()).isNotEqualTo(v.expectedSignature);
    assertThat(byDefault.at("/headers/Eop-Authorization").asText()).startsWith("AKwrong0001 ");
  }

  @Test
  void withoutAnyCredentialsExitsWithFour() {
    CliRunner.Result r = runner().run("sign", "--method=GET", "--path=/v4/vpc/list");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err()).contains("no CTyun credentials").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of("param without '='", List.of("--param=regionID")),
        Arguments.of("param with empty key", List.of("--param==x")),
        Arguments.of("ak without sk", List.of("--ak=AKonly")),
        Arguments.of("malformed date", List.of("--date=2024-06-11T10:15:30Z")),
        Arguments.of("body and body-file", List.of("--body={}", "--body-file=x.json")),
        Arguments.of("missing body file", List.of("--body-file=/nonexistent/body.json")),
        Arguments.of("unknown query style", List.of("--query-style=java")),
        Arguments.of("unknown output", List.of("--output=xml")),
        Arguments.of("request id with a space", List.of("--request-id=a b")),
        Arguments.of("curl without endpoint", List.of("--output=curl")),
        Arguments.of("bad endpoint url", List.of("--output=curl", "--endpoint-url=ftp://x")),
        Arguments.of("unknown option", List.of("--frobnicate")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorsExitWithTwo(String name, List<String> extra) {
    List<String> args = new ArrayList<>(List.of("sign", "--method=GET", "--path=/v4/vpc/list"));
    if (!name.equals("ak without sk")) {
      args.addAll(List.of("--ak=AKtest0001", "--sk=SKtest0001"));
    }
    args.addAll(extra);

    CliRunner.Result r = runner().run(args.toArray(new String[0]));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isNotBlank().doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingMethodOrPathIsAUsageError() {
    assertThat(runner().run("sign", "--path=/x", "--ak=A", "--sk=B").exitCode()).isEqualTo(2);
    assertThat(runner().run("sign", "--method=GET", "--ak=A", "--sk=B").exitCode()).isEqualTo(2);
    assertThat(runner().run("sign", "--method=GET", "--path=x", "--ak=A", "--sk=B").exitCode())
        .isEqualTo(2);
  }

  /** The arguments {@code curl} would get when the printed command runs in {@code sh}. */
  static final class ShellArgs {
    final List<String> args;
    final String stdin;

    private ShellArgs(List<String> args, String stdin) {
      this.args = args;
      this.stdin = stdin;
    }

    static ShellArgs of(String command) throws Exception {
      // a shell function stands in for curl: it prints each argument NUL-terminated, then stdin
      String script =
          "curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf 'STDIN\\0';"
              + " if [ ! -t 0 ]; then cat; fi; }\n"
              + command;
      Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(false).start();
      p.getOutputStream().close();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (InputStream in = p.getInputStream()) {
        in.transferTo(buf);
      }
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as("sh stderr: " + err).isZero();
      String[] parts = buf.toString(StandardCharsets.UTF_8).split("\0", -1);
      List<String> list = new ArrayList<>(Arrays.asList(parts));
      int marker = list.indexOf("STDIN");
      String stdin = String.join("\0", list.subList(marker + 1, list.size()));
      return new ShellArgs(list.subList(0, marker), stdin);
    }
  }
}
