package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.StubServer;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AK = "AKapitest00000001";
  private static final String SK = "SKapitest-not-to-be-seen";
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  private static StubServer server;

  @TempDir Path tmp;

  private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeAll
  static void startServer() throws Exception {
    server = new StubServer();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.answer(200, StubServer.SUCCESS);
    server.received().clear();
    originalErr = System.err;
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(originalErr);
  }

  private CliRunner runner() {
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString());
  }

  private CliRunner withKeys() {
    return runner().env("CTYUN_AK", AK).env("CTYUN_SK", SK);
  }

  @Test
  void getPrintsThePrettyResponseAndSendsASignedCanonicalRequest() throws Exception {
    // 02:15:30 UTC is 10:15:30 in Beijing
    Clock clock = Clock.fixed(Instant.parse("2024-06-11T02:15:30Z"), ZoneOffset.UTC);
    CliRunner.Result r =
        withKeys()
            .clock(clock)
            .run(
                "api",
                "get",
                "ctvpc",
                "/v4/vpc/list",
                "--param",
                "regionID=" + REGION,
                "--param",
                "name=a b=c",
                "--endpoint-url",
                server.url());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(MAPPER.readTree(r.out())).isEqualTo(MAPPER.readTree(StubServer.SUCCESS));
    assertThat(r.out()).contains("\n  \"returnObj\" : {").contains("成功");
    assertThat(r.err()).isEmpty();
    assertThat(systemErr.toString(StandardCharsets.UTF_8)).doesNotContain("/v4/vpc/list");

    StubServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("GET");
    assertThat(got.pathQuery()).isEqualTo("/v4/vpc/list?name=a+b%3Dc&regionID=" + REGION);
    assertThat(got.header("Eop-date")).isEqualTo("20240611T101530Z");
    assertThat(got.header("ctyun-eop-request-id")).matches("[0-9a-f-]{36}");
    assertThat(got.header("Eop-Authorization"))
        .matches(AK + " Headers=ctyun-eop-request-id;eop-date Signature=[A-Za-z0-9+/]{43}=");
    assertThat(got.header("User-Agent")).contains("ctyun-cli/");
    assertThat(got.body()).isEmpty();
  }

  @Test
  void postSendsTheBodyFilesExactBytesAsJson() throws Exception {
    byte[] body =
        "{ \"regionID\" : \"r\",\n  \"name\": \"测试\" }\n".getBytes(StandardCharsets.UTF_8);
    Path file = tmp.resolve("body.json");
    Files.write(file, body);

    CliRunner.Result r =
        withKeys()
            .run(
                "api",
                "POST",
                "ctvpc",
                "/v4/vpc/create",
                "--body",
                "@" + file,
                "--endpoint-url",
                server.url());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(server.last().method()).isEqualTo("POST");
    assertThat(server.last().body()).isEqualTo(body);
    assertThat(server.last().header("Content-Type")).startsWith("application/json");
  }

  @Test
  void inlineAndStdinBodiesAreSentAsGiven() throws Exception {
    String json = "{\"a\":[1,2.50]}";
    assertThat(
            withKeys()
                .run(
                    "api", "POST", "ctvpc", "/v4/x", "--body", json, "--endpoint-url", server.url())
                .exitCode())
        .isZero();
    assertThat(StubServer.utf8(server.last().body())).isEqualTo(json);

    assertThat(
            withKeys()
                .stdin(json)
                .run(
                    "api", "POST", "ctvpc", "/v4/x", "--body", "@-", "--endpoint-url", server.url())
                .exitCode())
        .isZero();
    assertThat(StubServer.utf8(server.last().body())).isEqualTo(json);
  }

  @Test
  void endpointAndCredentialsComeFromTheProfileFiles() throws Exception {
    Files.writeString(
        tmp.resolve("credentials"), "[dev]\naccess_key = AKprofile0001\nsecret_key = SKprofile\n");
    Files.writeString(tmp.resolve("config"), "[dev]\nendpoint_url = " + server.url() + "\n");

    CliRunner.Result r = withKeys().run("api", "GET", "ctvpc", "/v4/vpc/list", "--profile", "dev");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(server.last().header("Eop-Authorization")).startsWith("AKprofile0001 ");
  }

  @Test
  void endpointFromTheEnvironmentBeatsTheConfigFile() throws Exception {
    Files.writeString(tmp.resolve("config"), "[default]\nendpoint_url = http://127.0.0.1:1\n");

    CliRunner.Result r =
        withKeys()
            .env("CTYUN_ENDPOINT_URL", server.url())
            .run("api", "GET", "ctvpc", "/v4/vpc/list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(server.received()).hasSize(1);
    assertThat(server.last().header("Eop-Authorization")).startsWith(AK + " ");
  }

  @Test
  void businessErrorExitsWithOnePrintingTheCodeWithBothMessagesOnStderrOnly() {
    String answer =
        "{\"statusCode\":900,\"errorCode\":\"Openapi.Vpc.NotFound\","
            + "\"message\":\"The VPC does not exist\",\"description\":\"VPC不存在\"}";
    server.answer(200, answer);

    CliRunner.Result r =
        withKeys().run("api", "GET", "ctvpc", "/v4/vpc/show", "--endpoint-url", server.url());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Openapi.Vpc.NotFound: The VPC does not exist (VPC不存在)\n");
  }

  @Test
  void signatureRejectionExitsWithFourAndNamesTheSecretKey() {
    server.answer(
        401,
        "{\"statusCode\":900,\"error\":\"Openapi.Signature.Mismatch\","
            + "\"message\":\"signature does not match\",\"description\":\"签名错误\"}");

    CliRunner.Result r =
        withKeys().run("api", "GET", "ctvpc", "/v4/vpc/show", "--endpoint-url", server.url());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err())
        .isEqualTo(
            "Openapi.Signature.Mismatch: signature does not match (签名错误)\n"
                + "ctyun: the signature was rejected: check the secret key of $CTYUN_SK\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void gatewayErrorWithoutJsonExitsWithOneAndPrintsNoBody() {
    server.answer(502, "<html><body>Bad Gateway</body></html>");

    CliRunner.Result r =
        withKeys().run("api", "POST", "ctvpc", "/v4/vpc/create", "--endpoint-url", server.url());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("HTTP 502 (no error details in the response)\n");
    assertThat(server.received()).hasSize(1); // a POST without clientToken is not retried
  }

  @Test
  void connectionRefusedExitsWithThree() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRunner.Result r =
        withKeys()
            .run(
                "api",
                "GET",
                "ctvpc",
                "/v4/vpc/list",
                "--endpoint-url",
                "http://127.0.0.1:" + port);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NETWORK);
    assertThat(r.err()).startsWith("ctyun: cannot connect to http://127.0.0.1:" + port);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain(SK);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingCredentialsExitWithFourAndSendNothing() {
    CliRunner.Result r =
        runner().run("api", "GET", "ctvpc", "/v4/vpc/list", "--endpoint-url", server.url());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err()).startsWith("ctyun: no CTyun credentials found").doesNotContain("\tat ");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void unknownProfileExitsWithFour() throws Exception {
    Files.writeString(tmp.resolve("credentials"), "[default]\naccess_key = A1\nsecret_key = S1\n");

    CliRunner.Result r =
        withKeys()
            .run(
                "api",
                "GET",
                "ctvpc",
                "/v4/vpc/list",
                "--profile",
                "nope",
                "--endpoint-url",
                server.url());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err()).contains("profile 'nope' not found");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void malformedEndpointFromTheEnvironmentExitsWithFour() {
    CliRunner.Result r =
        withKeys().env("CTYUN_ENDPOINT_URL", "ftp://example").run("api", "GET", "ctvpc", "/v4/x");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.err()).contains("CTYUN_ENDPOINT_URL");
  }

  /** {@code ctyun api} and {@code ctyun sign} share one {@code --param}, listed where it was. */
  @Test
  void apiAndSignDescribeTheSameParamOption() {
    String api = runner().run("api", "--help").out();
    String sign = runner().run("sign", "--help").out();

    assertThat(paramHelp(api))
        .isEqualTo(
            "--param=KEY=VALUE Query parameter; repeat for more. Order and repeated keys are"
                + " kept; the value is everything after the first '='.")
        .isEqualTo(paramHelp(sign));
    String entry = "\n      --param=";
    assertThat(api.indexOf("\n      PATH ")).isPositive().isLessThan(api.indexOf(entry));
    assertThat(api.indexOf(entry)).isLessThan(api.indexOf("\n      --body="));
    assertThat(sign.indexOf("\n      --path=")).isPositive().isLessThan(sign.indexOf(entry));
    assertThat(sign.indexOf(entry)).isLessThan(sign.indexOf("\n      --body="));
  }

  /** The option list's entry of {@code --param}, its lines joined. */
  private static String paramHelp(String help) {
    int start = help.indexOf("\n      --param=") + 1;
    int end = help.indexOf("\n      --", start);
    return help.substring(start, end).trim().replaceAll("\\s+", " ");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of("param without '='", List.of("GET", "ctvpc", "/v4/x", "--param", "regionID")),
        Arguments.of("body not JSON", List.of("POST", "ctvpc", "/v4/x", "--body", "{oops")),
        Arguments.of("missing body file", List.of("POST", "ctvpc", "/v4/x", "--body", "@/no/such")),
        Arguments.of("bad product", List.of("GET", "CT VPC", "/v4/x")),
        Arguments.of("bad method", List.of("FETCH", "ctvpc", "/v4/x")),
        Arguments.of("relative path", List.of("GET", "ctvpc", "v4/x")),
        Arguments.of("missing path", List.of("GET", "ctvpc")),
        Arguments.of(
            "bad endpoint flag", List.of("GET", "ctvpc", "/v4/x", "--endpoint-url", "localhost")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorsExitWithTwoAndSendNothing(String name, List<String> rest) {
    List<String> args = new ArrayList<>(List.of("api"));
    args.addAll(rest);
    if (!rest.contains("--endpoint-url")) {
      args.addAll(List.of("--endpoint-url", server.url()));
    }

    CliRunner.Result r = withKeys().run(args.toArray(new String[0]));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isNotBlank().doesNotContain("\tat ");
    assertThat(server.received()).isEmpty();
  }
}
