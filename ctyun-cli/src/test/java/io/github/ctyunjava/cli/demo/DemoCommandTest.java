package io.github.ctyunjava.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.Exchanges;
import io.github.ctyunjava.cli.SpecOperations;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TempDirs;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.core.http.HttpTransport;
import io.github.ctyunjava.core.http.UrlConnectionTransport;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.options.StatePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  // from the spec: the documentation sample region and the ID formats of vpce-semantics.md §5
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";
  private static final String VPC_ID = "vpc-[a-z0-9]{10}";
  private static final String SUBNET_ID = "subnet-[a-z0-9]{10}";
  private static final String SERVICE_ID = "endpser-[a-z0-9]{10}";
  private static final String ENDPOINT_ID = "endpoint-[a-z0-9]{10}";

  private static final String AK = "AKdemotest0000000001";
  private static final String SK = "SKdemotest-never-printed";

  @TempDir Path tmp;

  private final Exchanges exchanges = new Exchanges();
  private String originalHome;

  @BeforeEach
  void fakeHome() throws Exception {
    originalHome = System.getProperty("user.home");
    Files.createDirectories(tmp.resolve("home"));
    System.setProperty("user.home", tmp.resolve("home").toString());
  }

  @AfterEach
  void restoreHome() {
    System.setProperty("user.home", originalHome);
  }

  private CliRunner runner() {
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString())
        .clientCustomizer(b -> b.sleeper(d -> {}).addInterceptor(exchanges));
  }

  @Test
  void walksTheWholeScenarioWithVerifiedCallsAndCleansUp() throws Exception {
    CliRunner.Result r = runner().localCustomizer(o -> o.account(AK, SK)).run("demo");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("account AK:  " + AK).doesNotContain(SK).doesNotContain("skipped");
    assertThat(steps(r.out()))
        .containsExactly(
            "describeRegionClusters",
            "describeInstanceSpec",
            "createVpc",
            "createSubnet",
            "listVpcs",
            "createEndpointService",
            "createEndpointServiceRule",
            "listEndpointServiceBackends",
            "createEndpointServiceWhitelist",
            "createEndpoint",
            "showEndpoint",
            "listEndpoints",
            "listEndpointServices",
            "deleteEndpoint",
            "deleteEndpointService",
            "deleteSubnet",
            "deleteVpc");
    String out = r.out();
    assertThat(out)
        .containsPattern("\\n +3  createVpc +vpcID=" + VPC_ID + "  CIDR 192\\.168\\.0\\.0/16\\n")
        .containsPattern("\\n +4  createSubnet +subnetID=" + SUBNET_ID)
        .containsPattern("\\n +6  createEndpointService +endpointServiceID=" + SERVICE_ID)
        .containsPattern(
            "\\n +10  createEndpoint +endpointID="
                + ENDPOINT_ID
                + "  order [0-9a-f]{32} started\\n")
        .containsPattern("\\n +11  showEndpoint +status 1 \\(connected\\)  IP 192\\.168\\.1\\.\\d+")
        .containsPattern(
            "\\n +14  deleteEndpoint +deleted " + ENDPOINT_ID + "  refund order \\S+ refunded\\n")
        .containsPattern(
            "\\n +5  listVpcs +1 VPC\\n +VPC ID +NAME +CIDR +SUBNETS\\n +"
                + VPC_ID
                + " +demo-vpc +192\\.168\\.0\\.0/16 +"
                + SUBNET_ID
                + "\\n")
        .containsPattern(
            "\\n +ENDPOINT ID +NAME +STATUS +IP +SERVICE\\n +"
                + ENDPOINT_ID
                + " +demo-endpoint +connected +192\\.168\\.1\\.\\d+ +"
                + SERVICE_ID
                + "\\n")
        .containsPattern(
            "\\n +"
                + SERVICE_ID
                + " +demo-service +interface +true +TCP 8080->80 +vm [0-9a-f-]{36}\\n")
        .containsPattern(
            "\\n +REGION +NODE CODE +NODE NAME +STATUS\\n +\\S+ +hn-changde-1 +\\S+ +\\S+\\n");

    // the emulator answered every request as verified: signed with the account's key, 200 + 800
    List<Exchanges.Exchange> all = exchanges.all();
    assertThat(all).hasSize(DemoOp.all().size());
    for (Exchanges.Exchange x : all) {
      assertThat(x.request().header("Eop-Authorization"))
          .matches(AK + " Headers=ctyun-eop-request-id;eop-date Signature=[A-Za-z0-9+/]{43}=");
      assertThat(x.request().header("Eop-date")).matches("\\d{8}T\\d{6}Z");
      assertThat(x.response().status()).as(x.request().url()).isEqualTo(200);
      assertThat(MAPPER.readTree(x.response().body()).path("statusCode").asText()).isEqualTo("800");
    }
    assertThat(out)
        .endsWith(
            "\ndemo finished: " + all.size() + " calls, all signed and verified by ctyun-local\n");

    // the temporary store is gone, and nothing was written to the (fake) home or profile files
    Matcher dir = Pattern.compile("data dir: +(\\S+)").matcher(out);
    assertThat(dir.find()).isTrue();
    assertThat(Path.of(dir.group(1))).doesNotExist();
    assertThat(tmp.resolve("home").resolve(".ctyun")).doesNotExist();
    assertThat(tmp.resolve("home").resolve(".ctyun-local")).doesNotExist();
    assertThat(tmp.resolve("credentials")).doesNotExist();
  }

  @Test
  void everyRequestUsesThePathMethodAndFieldsOfTheSpec() throws Exception {
    assertThat(runner().run("demo").exitCode()).isZero();
    SpecOperations spec = SpecOperations.load();

    List<String> seen = new ArrayList<>();
    for (Exchanges.Exchange x : exchanges.all()) {
      URI url = URI.create(x.request().url());
      SpecOperations.Spec op =
          spec.find(x.request().method(), url.getRawPath())
              .orElseThrow(() -> new AssertionError("not in the spec: " + x.request()));
      seen.add(op.operationId());
      Set<String> query = queryNames(url.getRawQuery());
      assertThat(op.query()).as(op.operationId()).containsAll(query);
      assertThat(query).as(op.operationId()).containsAll(op.requiredQuery());
      if (x.request().method().equals("POST")) {
        JsonNode body = MAPPER.readTree(x.request().body());
        Set<String> fields = new LinkedHashSet<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(op.body()).as(op.operationId()).containsAll(fields);
        assertThat(fields).as(op.operationId()).containsAll(op.requiredBody());
        if (op.body().contains("clientToken")) {
          assertThat(body.path("clientToken").asText()).as(op.operationId()).hasSizeBetween(1, 64);
        }
        assertThat(body.path("regionID").asText()).isEqualTo(REGION);
      } else {
        assertThat(x.request().body()).isEmpty();
      }
    }
    assertThat(seen).containsExactlyElementsOf(DemoOp.all().stream().map(DemoOp::id).toList());
  }

  @Test
  void aSlowEndpointOrderIsPolledWithTheSameClientToken() throws Exception {
    CliRunner.Result r =
        runner()
            .localCustomizer(
                o -> o.endpointOrderPolicy(new StatePolicy(StatePolicy.Kind.AFTER_READS, 3)))
            .run("demo");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .containsPattern(
            "createEndpoint +endpointID="
                + ENDPOINT_ID
                + "  order \\S+ started \\(after 2 polls with the same clientToken\\)");
    List<String> creates = new ArrayList<>();
    for (Exchanges.Exchange x : exchanges.all()) {
      if (x.request().url().endsWith("/v4/vpce/create-endpoint")) {
        creates.add(new String(x.request().body(), StandardCharsets.UTF_8));
      }
    }
    assertThat(creates).hasSize(3);
    assertThat(creates.get(1)).isEqualTo(creates.get(0));
    assertThat(creates.get(2)).isEqualTo(creates.get(0));
  }

  @Test
  void aGivenDataDirIsKeptAndTheScenarioLeavesNoResourcesBehind() {
    Path store = tmp.resolve("store");

    CliRunner.Result r = runner().run("demo", "--data-dir", store.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("data dir:    " + store + "  (kept)");
    assertThat(store).isDirectory();
    try (CtyunLocal local =
            CtyunLocal.builder()
                .port(0)
                .dataDir(store)
                .options(o -> o.writeProfile(false))
                .build()
                .start();
        CtyunClient client =
            CtyunClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(local.credentials()))
                .endpointOverride(local.endpoint().toString())
                .build()) {
      for (String path : List.of("/v4/vpc/list", "/v4/vpce/list-endpoint-service")) {
        JsonNode answer =
            client
                .call(
                    CtyunRequest.builder()
                        .product("ctvpc")
                        .path(path)
                        .addQueryParam("regionID", REGION)
                        .build())
                .envelope()
                .json();
        assertThat(answer.path("totalCount").asInt()).as(path).isZero();
      }
    }
  }

  @Test
  void keepLeavesTheTemporaryDataDir() throws Exception {
    CliRunner.Result r = runner().run("demo", "--keep");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Matcher dir = Pattern.compile("data dir: +(\\S+)  \\(kept \\(--keep\\)\\)").matcher(r.out());
    assertThat(dir.find()).as(r.out()).isTrue();
    Path kept = Path.of(dir.group(1));
    try {
      assertThat(kept).isDirectory();
      assertThat(Files.list(kept).count()).isPositive();
    } finally {
      TempDirs.deleteRecursively(kept);
    }
  }

  @Test
  void anInjectedServiceFaultExitsWithOneAndTheErrorCode() {
    CliRunner.Result r = runner().localCustomizer(o -> o.failRate(1.0)).run("demo");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(r.out()).containsPattern("\\n +1  describeRegionClusters +FAILED: Eop\\.\\S+: ");
    assertThat(r.out()).doesNotContain("demo finished").doesNotContain("createVpc");
    assertThat(r.err())
        .startsWith("ctyun: demo failed: Eop.")
        .contains("injected fault")
        .doesNotContain("\tat ");
    assertThat(exchanges.all()).allMatch(x -> x.response().status() == 503);
  }

  @Test
  void aFailureMidScenarioStopsThereWithExitOne() {
    // bodies of more than 64 bytes are refused by the gateway: the GETs pass, createVpc does not
    CliRunner.Result r = runner().localCustomizer(o -> o.maxBodyBytes(64)).run("demo");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(steps(r.out()))
        .containsExactly("describeRegionClusters", "describeInstanceSpec", "createVpc");
    assertThat(r.out()).containsPattern("\\n +3  createVpc +FAILED: \\S+");
    assertThat(r.err()).startsWith("ctyun: demo failed: ");
  }

  @Test
  void theEmulatorRejectsAWrongSecretKey() {
    CliRunner.Result r =
        runner()
            .localCustomizer(o -> o.account(AK, SK))
            .clientCustomizer(
                b ->
                    b.sleeper(d -> {})
                        .credentialsProvider(StaticCredentialsProvider.create(AK, SK + "x")))
            .run("demo");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(r.out()).containsPattern("describeRegionClusters +FAILED: ");
    assertThat(r.err()).startsWith("ctyun: demo failed: ").contains("Signature").doesNotContain(SK);
  }

  @Test
  void anOperationTheEmulatorDoesNotServeIsSkippedWithTheStepsThatNeedIt() {
    // what ctyun-local answers for an operation it has no handler for
    String notServed =
        "{\"statusCode\":501,\"errorCode\":\"Eop.Route.NotImplemented\",\"error\":"
            + "\"Eop.Route.NotImplemented\",\"message\":\"operation createEndpointService is not"
            + " emulated yet\",\"description\":\"模拟器暂不支持该接口\"}";
    UrlConnectionTransport real =
        UrlConnectionTransport.create(Duration.ofSeconds(10), Duration.ofSeconds(30));
    HttpTransport withoutServices =
        new HttpTransport() {
          @Override
          public HttpResponse execute(io.github.ctyunjava.core.http.HttpRequest request)
              throws java.io.IOException {
            if (request.url().endsWith("/v4/vpce/create-endpoint-service")) {
              return new HttpResponse(501, Map.of(), notServed.getBytes(StandardCharsets.UTF_8));
            }
            return real.execute(request);
          }

          @Override
          public void close() {
            real.close();
          }
        };

    CliRunner.Result r =
        runner()
            .clientCustomizer(
                b -> b.sleeper(d -> {}).addInterceptor(exchanges).transport(withoutServices))
            .run("demo");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .containsPattern(
            "\\n +6  createEndpointService +skipped: createEndpointService not emulated yet\\n")
        .containsPattern(
            "\\n +7  createEndpointServiceRule +skipped: needs createEndpointService\\n")
        .containsPattern("\\n +10  createEndpoint +skipped: needs createEndpointService\\n")
        .containsPattern("\\n +11  showEndpoint +skipped: needs createEndpoint\\n")
        .containsPattern("\\n +12  listEndpoints +0 endpoints\\n")
        .containsPattern("\\n +14  deleteEndpoint +skipped: needs createEndpoint\\n")
        .containsPattern("\\n +15  deleteEndpointService +skipped: needs createEndpointService\\n")
        .containsPattern("\\n +16  deleteSubnet +deleted " + SUBNET_ID + "\\n")
        .containsPattern("\\n +17  deleteVpc +deleted " + VPC_ID + "\\n");
    assertThat(steps(r.out())).hasSize(DemoOp.all().size());
    // the 7 steps skipped for a missing dependency sent nothing
    assertThat(exchanges.all()).hasSize(DemoOp.all().size() - 7);
    assertThat(r.out())
        .endsWith("\ndemo finished: 10 calls, all signed and verified by ctyun-local\n");
  }

  @Test
  void demoHasHelp() {
    CliRunner.Result r = new CliRunner().run("help", "demo");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: ctyun demo").contains("--keep").contains("--data-dir");
  }

  /** The operation column of the step lines, in order. */
  private static List<String> steps(String out) {
    List<String> ops = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^ {0,3}\\d+  (\\w+) ").matcher(out);
    while (m.find()) {
      ops.add(m.group(1));
    }
    return ops;
  }

  private static Set<String> queryNames(String rawQuery) {
    Set<String> names = new LinkedHashSet<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return names;
    }
    Iterator<String> pairs = List.of(rawQuery.split("&")).iterator();
    while (pairs.hasNext()) {
      String pair = pairs.next();
      int eq = pair.indexOf('=');
      names.add(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8));
    }
    return names;
  }
}
