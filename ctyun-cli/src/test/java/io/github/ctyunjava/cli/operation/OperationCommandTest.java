package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.Exchanges;
import io.github.ctyunjava.cli.LocalCli;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue-driven commands against an in-process emulator: flags, input, output, paging. */
class OperationCommandTest {
  private static final String R = LocalCli.REGION;

  @RegisterExtension static CtyunLocalExtension local = new CtyunLocalExtension();

  @TempDir Path tmp;

  private LocalCli cli;

  @BeforeEach
  void setUp() {
    cli = new LocalCli(local, tmp);
  }

  private List<Exchanges.Exchange> sentSince(int before) {
    List<Exchanges.Exchange> all = cli.exchanges.all();
    return all.subList(before, all.size());
  }

  private static JsonNode body(Exchanges.Exchange x) {
    return LocalCli.parse(new String(x.request().body(), StandardCharsets.UTF_8));
  }

  private static String query(Exchanges.Exchange x) {
    return URI.create(x.request().url()).getRawQuery();
  }

  @Test
  void listEndpointsAsTableShowsTheEndpointRow() {
    String vpc = cli.createVpc("table-vpc", "192.168.0.0/16");
    String subnet =
        cli.json(
                "vpc",
                "create-subnet",
                "--region-id",
                R,
                "--vpc-id",
                vpc,
                "--name",
                "table-subnet",
                "--cidr",
                "192.168.1.0/24")
            .path("subnetID")
            .asText();
    String service =
        cli.json(
                "vpce",
                "create-endpoint-service",
                "--region-id",
                R,
                "--vpc-id",
                vpc,
                "--subnet-id",
                subnet,
                "--type",
                "interface",
                "--name",
                "table-service",
                "--instance-type",
                "vm",
                "--instance-id",
                UUID.randomUUID().toString(),
                "--auto-connection",
                "--query",
                "endpointService.endpointServiceID")
            .asText();
    String endpoint =
        cli.json(
                "vpce",
                "create-endpoint",
                "--region-id",
                R,
                "--cycle-type",
                "on_demand",
                "--endpoint-service-id",
                service,
                "--endpoint-name",
                "table-endpoint",
                "--subnet-id",
                subnet,
                "--vpc-id",
                vpc,
                "--whitelist-flag",
                "0",
                "--wait",
                "--query",
                "ID")
            .asText();

    CliRunner.Result r = cli.ok("vpce", "list-endpoints", "--region-id", R, "--output", "table");

    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    // the endpoint's own ID, name, status and addressing first, then the service it connects to
    assertThat(lines.get(0).split(" +"))
        .containsExactly("ID", "name", "status", "type", "vpcAddress", "endpointServiceID");
    assertThat(lines.get(1).split(" +"))
        .containsExactly(endpoint, "table-endpoint", "1", "interface", ip(endpoint), service);

    // the legacy list (returnObj is an array of pages) merged by --page-all
    JsonNode all = cli.json("vpce", "list-endpoints", "--region-id", R, "--page-all");
    assertThat(all.findValuesAsText("ID")).containsExactly(endpoint);

    CliRunner.Result text = cli.ok("vpce", "list-endpoints", "--region-id", R, "--output", "text");
    assertThat(text.out().lines().toList()).hasSize(1);
    assertThat(text.out().strip().split("\t")).contains(endpoint, "table-endpoint");

    // a single object: key/value rows
    CliRunner.Result show =
        cli.ok(
            "vpce",
            "show-endpoint",
            "--region-id",
            R,
            "--endpoint-id",
            endpoint,
            "--output",
            "table",
            "--query",
            "endpoint");
    assertThat(show.out()).containsPattern("(?m)^KEY +VALUE$").containsPattern("(?m)^status +1$");
  }

  private String ip(String endpoint) {
    return cli.json(
            "vpce",
            "show-endpoint",
            "--region-id",
            R,
            "--endpoint-id",
            endpoint,
            "--query",
            "endpoint.vpcAddress")
        .asText();
  }

  @Test
  void queryPicksFieldsOfThePayload() {
    cli.createVpc("query-a", "10.1.0.0/16");
    cli.createVpc("query-b", "10.2.0.0/16");

    CliRunner.Result r = cli.ok("vpc", "list-vpcs", "--region-id", R, "--query", "vpcs[].name");

    assertThat(LocalCli.parse(r.out())).extracting(JsonNode::asText).contains("query-a", "query-b");
    CliRunner.Result text =
        cli.ok("vpc", "list-vpcs", "--region-id", R, "--query", "vpcs[].name", "--output", "text");
    assertThat(text.out().lines().toList()).contains("query-a", "query-b");
  }

  @Test
  void pageAllFollowsEveryPagingShapeAndKeepsTheShapeOfOnePage() {
    for (int i = 0; i < 3; i++) {
      cli.createVpc("page-" + i, "10." + (10 + i) + ".0.0/16");
    }
    // counts at the top level
    int before = cli.exchanges.all().size();
    JsonNode top = cli.json("vpc", "list-vpcs", "--region-id", R, "--page-size", "2", "--page-all");
    JsonNode vpcs = top.path("vpcs");
    assertThat(vpcs.findValuesAsText("name")).contains("page-0", "page-1", "page-2");
    assertThat(sentSince(before)).hasSize((vpcs.size() + 1) / 2);
    assertThat(query(sentSince(before).get(1))).contains("pageNo=2");

    // counts inside returnObj: currentCount counts the merged items
    before = cli.exchanges.all().size();
    JsonNode inside =
        cli.json("vpc", "new-list-vpcs", "--region-id", R, "--page-size", "1", "--page-all");
    assertThat(inside.path("vpcs").size()).isEqualTo(vpcs.size());
    assertThat(inside.path("currentCount").asInt()).isEqualTo(vpcs.size());
    assertThat(sentSince(before)).hasSize(vpcs.size());

    // without a page number every page is fetched by default, as aws-cli does
    before = cli.exchanges.all().size();
    JsonNode byDefault = cli.json("vpc", "list-vpcs", "--region-id", R, "--page-size", "2");
    assertThat(byDefault).isEqualTo(top);
    assertThat(sentSince(before)).hasSize((vpcs.size() + 1) / 2);

    // --no-paginate or a page number: one page, the payload as the service sent it
    before = cli.exchanges.all().size();
    JsonNode onePage =
        cli.json("vpc", "list-vpcs", "--region-id", R, "--page-size", "2", "--no-paginate");
    assertThat(onePage.path("vpcs").size()).isEqualTo(2);
    assertThat(sentSince(before)).hasSize(1);
    JsonNode secondPage =
        cli.json("vpc", "list-vpcs", "--region-id", R, "--page-size", "2", "--page-no", "2");
    assertThat(secondPage.path("vpcs").size()).isEqualTo(Math.min(2, vpcs.size() - 2));
    assertThat(secondPage.path("vpcs").get(0)).isEqualTo(vpcs.get(2));
  }

  @Test
  void theSameQueryWorksWithAndWithoutPaging() {
    cli.createVpc("same-a", "10.61.0.0/16");
    cli.createVpc("same-b", "10.62.0.0/16");
    String[] base = {"vpc", "list-vpcs", "--region-id", R, "--page-size", "1"};

    CliRunner.Result all = cli.ok(concat(base, "--page-all", "--query", "vpcs[].name"));
    CliRunner.Result one = cli.ok(concat(base, "--no-paginate", "--query", "vpcs[].name"));

    JsonNode allNames = LocalCli.parse(all.out());
    assertThat(allNames.isArray()).isTrue();
    assertThat(allNames).extracting(JsonNode::asText).contains("same-a", "same-b");
    JsonNode oneName = LocalCli.parse(one.out());
    assertThat(oneName.isArray()).isTrue();
    assertThat(oneName).hasSize(1);
    assertThat(all.err()).isEmpty();
  }

  private static String[] concat(String[] a, String... b) {
    List<String> out = new ArrayList<>(List.of(a));
    out.addAll(List.of(b));
    return out.toArray(new String[0]);
  }

  @Test
  void generateCliSkeletonPrintsTheRequestShapeWithoutCalling() {
    int before = cli.exchanges.all().size();
    JsonNode skeleton = cli.json("vpce", "create-endpoint-service", "--generate-cli-skeleton");

    assertThat(skeleton.path("regionID").asText()).isEmpty();
    assertThat(skeleton.path("autoConnection").isBoolean()).isTrue();
    assertThat(skeleton.path("type").asText()).isEqualTo("interface");
    assertThat(skeleton.path("rules").get(0).path("protocol").asText()).isEqualTo("TCP");
    assertThat(skeleton.path("rules").get(0).path("serverPort").isNumber()).isTrue();
    assertThat(sentSince(before)).isEmpty();
  }

  @Test
  void cliInputJsonGivesTheRequestAndFlagsOverrideIt() throws Exception {
    Path file = tmp.resolve("vpc.json");
    Files.writeString(
        file, "{\"regionID\":\"" + R + "\",\"name\":\"from-json\",\"CIDR\":\"10.20.0.0/16\"}");
    int before = cli.exchanges.all().size();

    JsonNode vpc =
        cli.json("vpc", "create-vpc", "--cli-input-json", "@" + file, "--name", "from-flag");

    JsonNode sent = body(sentSince(before).get(0));
    assertThat(sent.path("name").asText()).isEqualTo("from-flag");
    assertThat(sent.path("CIDR").asText()).isEqualTo("10.20.0.0/16");
    assertThat(sent.path("clientToken").asText()).matches("[0-9a-f-]{36}");
    assertThat(sent.fieldNames().next()).isEqualTo("clientToken");
    JsonNode shown =
        cli.json("vpc", "show-vpc", "--region-id", R, "--vpc-id", vpc.path("vpcID").asText());
    assertThat(shown.path("name").asText()).isEqualTo("from-flag");

    CliRunner.Result unknown =
        cli.runner()
            .run("vpc", "create-vpc", "--cli-input-json", "{\"regionID\":\"x\",\"nmae\":\"y\"}");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("nmae");
  }

  @Test
  void missingRequiredFlagIsAUsageErrorNamingTheFlag() {
    int before = cli.exchanges.all().size();
    CliRunner.Result r = cli.runner().run("vpc", "create-vpc", "--region-id", R, "--name", "x");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing required option --cidr");
    assertThat(r.out()).isEmpty();
    assertThat(sentSince(before)).isEmpty();

    CliRunner.Result noRegion = cli.runner().run("vpc", "list-vpcs");
    assertThat(noRegion.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noRegion.err()).contains("--region-id").contains("region_id");
  }

  @Test
  void badEnumValueIsAUsageErrorListingTheAllowedValues() {
    CliRunner.Result r =
        cli.runner()
            .run(
                "vpce",
                "create-endpoint-service-rule",
                "--region-id",
                R,
                "--endpoint-service-id",
                "endpser-0000000000",
                "--protocol",
                "SCTP",
                "--server-port",
                "80",
                "--endpoint-port",
                "8080");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--protocol must be one of: TCP, UDP (got 'SCTP')");

    CliRunner.Result notANumber =
        cli.runner().run("vpc", "list-vpcs", "--region-id", R, "--page-size", "ten");
    assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(notANumber.err()).contains("--page-size must be a whole number");

    CliRunner.Result badOutput =
        cli.runner().run("vpc", "list-vpcs", "--region-id", R, "--output", "yaml");
    assertThat(badOutput.exitCode()).isEqualTo(ExitCodes.USAGE);

    CliRunner.Result pageAllNoPaginate =
        cli.runner().run("vpc", "list-vpcs", "--region-id", R, "--page-all", "--no-paginate");
    assertThat(pageAllNoPaginate.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(pageAllNoPaginate.err())
        .startsWith("ctyun: --page-all and --no-paginate cannot be used together\n");
    assertThat(pageAllNoPaginate.out()).isEmpty();

    CliRunner.Result badQuery =
        cli.runner().run("vpc", "list-vpcs", "--region-id", R, "--query", "vpcs[");
    assertThat(badQuery.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badQuery.err()).contains("--query");
  }

  @Test
  void regionAndOutputDefaultToTheProfileConfig() {
    cli.createVpc("config-vpc", "10.30.0.0/16");
    cli.ok("configure", "set", "region_id", R);
    cli.ok("configure", "set", "output", "text");
    int before = cli.exchanges.all().size();

    CliRunner.Result r = cli.ok("vpc", "list-vpcs", "--query", "vpcs[].name");

    assertThat(query(sentSince(before).get(0))).contains("regionID=" + R);
    assertThat(r.out().lines().toList()).contains("config-vpc");
  }

  @Test
  void envelopeAndServiceErrors() {
    JsonNode envelope = cli.json("vpc", "list-vpcs", "--region-id", R, "--envelope");
    assertThat(envelope.path("statusCode").asText()).isEqualTo("800");
    assertThat(envelope.has("returnObj")).isTrue();

    CliRunner.Result r =
        cli.runner().run("vpc", "show-vpc", "--region-id", R, "--vpc-id", "vpc-0000000000");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(r.err()).startsWith("Openapi.Vpc.NotFound: ");
    assertThat(r.out()).isEmpty(); // $(ctyun ...) captures no error as a value
  }

  @Test
  void waitOnCreateAndDelete() {
    String vpc =
        cli.json(
                "vpc",
                "create-vpc",
                "--region-id",
                R,
                "--name",
                "wait-vpc",
                "--cidr",
                "10.40.0.0/16",
                "--wait",
                "--wait-timeout",
                "30s")
            .path("vpcID")
            .asText();
    CliRunner.Result deleted =
        cli.ok("vpc", "delete-vpc", "--region-id", R, "--vpc-id", vpc, "--wait");
    assertThat(deleted.err()).isEmpty();
    CliRunner.Result timeoutAlone =
        cli.runner()
            .run("vpc", "delete-vpc", "--region-id", R, "--vpc-id", vpc, "--wait-timeout", "1m");
    assertThat(timeoutAlone.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(timeoutAlone.err()).contains("--wait-timeout only applies with --wait");
    CliRunner.Result gone = cli.runner().run("vpc", "show-vpc", "--region-id", R, "--vpc-id", vpc);
    assertThat(gone.exitCode()).isEqualTo(ExitCodes.SERVICE_ERROR);
  }

  @Test
  void listFlagsRepeat() {
    List<String> args = new ArrayList<>(List.of("vpc", "create-subnet", "--region-id", R));
    String vpc = cli.createVpc("dns-vpc", "10.50.0.0/16");
    args.addAll(
        List.of(
            "--vpc-id",
            vpc,
            "--name",
            "dns-subnet",
            "--cidr",
            "10.50.1.0/24",
            "--dns-list",
            "114.114.114.114",
            "--dns-list",
            "8.8.8.8"));
    int before = cli.exchanges.all().size();
    cli.ok(args.toArray(new String[0]));
    assertThat(body(sentSince(before).get(0)).path("dnsList"))
        .extracting(JsonNode::asText)
        .containsExactly("114.114.114.114", "8.8.8.8");
  }

  @Test
  void groupWithoutOperationIsAUsageError() {
    CliRunner.Result r = cli.runner().run("vpce");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("an operation is required").contains("create-endpoint");
  }
}
