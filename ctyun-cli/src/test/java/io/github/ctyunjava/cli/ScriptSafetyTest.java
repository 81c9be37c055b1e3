package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in scripts, against an in-process emulator: failures leave stdout empty and say on stderr
 * what to fix, with the exit code that tells them apart; text output is one item per line.
 */
class ScriptSafetyTest {
  private static final String R = LocalCli.REGION;

  @RegisterExtension static CtyunLocalExtension local = new CtyunLocalExtension();

  @TempDir Path tmp;

  private LocalCli cli;

  @BeforeEach
  void setUp() {
    cli = new LocalCli(local, tmp);
  }

  @Test
  void aWrongSecretKeyExitsFourAndNamesTheKeyToCheck() throws Exception {
    CliRunner.Result fromEnv =
        cli.runner().env("CTYUN_SK", "wrong-secret").run("vpc", "list-vpcs", "--region-id", R);

    assertThat(fromEnv.exitCode()).as(fromEnv.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(fromEnv.out()).isEmpty();
    assertThat(fromEnv.err().lines().toList()).hasSize(2);
    assertThat(fromEnv.err())
        .startsWith("Eop.Auth.SignatureMismatch: ")
        .endsWith("\nctyun: the signature was rejected: check the secret key of $CTYUN_SK\n");

    Files.writeString(
        tmp.resolve("credentials"),
        "[ops]\naccess_key = " + cli.accessKey() + "\nsecret_key = also-wrong\n");
    CliRunner.Result fromProfile =
        cli.runner().run("--profile", "ops", "vpc", "list-vpcs", "--region-id", R);

    assertThat(fromProfile.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(fromProfile.out()).isEmpty();
    assertThat(fromProfile.err())
        .endsWith("ctyun: the signature was rejected: check the secret key of profile 'ops'\n");
  }

  @Test
  void anUnknownAccessKeyExitsFour() {
    CliRunner.Result r =
        cli.runner().env("CTYUN_AK", "AKnobodyknows000").run("vpc", "list-vpcs", "--region-id", R);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("Eop.Auth.UnknownAccessKey: ")
        .endsWith("ctyun: the access key is not known: check the access key of $CTYUN_AK\n");
  }

  @Test
  void aWrongRegionListsTheRegionsThatExist() {
    CliRunner.Result r =
        cli.runner().run("vpc", "list-vpcs", "--region-id", "0123456789abcdef0123456789abcdef");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.SERVICE_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).hasSize(2);
    assertThat(r.err()).startsWith("Openapi.Region.NotFound: ");
    assertThat(r.err().lines().toList().get(1))
        .startsWith("ctyun: known regions: 81f7728662dd11ec810800155d307d5b (华东1),")
        .contains("bb9fdb42056f11eda1610242ac110002 (华北2)")
        .contains("(the local emulator's)");
  }

  @Test
  void textOutputPrintsOneTabSeparatedRowPerItem() {
    String a = cli.createVpc("text-a", "10.71.0.0/16");
    String b = cli.createVpc("text-b", "10.72.0.0/16");

    CliRunner.Result r =
        cli.ok(
            "vpc",
            "list-vpcs",
            "--region-id",
            R,
            "--query",
            "vpcs[?starts_with(name, 'text-')].[vpcID, name, CIDR]",
            "--output",
            "text");

    assertThat(r.out().lines().toList())
        .containsExactlyInAnyOrder(
            a + "\ttext-a\t10.71.0.0/16", //
            b + "\ttext-b\t10.72.0.0/16");
    assertThat(r.err()).isEmpty();

    CliRunner.Result list = cli.ok("vpc", "list-vpcs", "--region-id", R, "--output", "text");
    assertThat(list.out().lines().filter(l -> l.startsWith(a + "\ttext-a\t")).count()).isOne();
  }

  @Test
  void aQueryMatchingNothingPrintsNullAsAwsCliDoesAndExitsZero() {
    cli.createVpc("nothing-vpc", "10.73.0.0/16");

    CliRunner.Result json = cli.ok("vpc", "list-vpcs", "--region-id", R, "--query", "nosuchfield");
    assertThat(json.out()).isEqualTo("null\n");
    assertThat(json.err()).isEmpty();

    CliRunner.Result text =
        cli.ok("vpc", "list-vpcs", "--region-id", R, "--query", "nosuchfield", "--output", "text");
    assertThat(text.out()).isEqualTo("None\n");

    CliRunner.Result table =
        cli.ok("vpc", "list-vpcs", "--region-id", R, "--query", "nosuchfield", "--output", "table");
    assertThat(table.out()).isEmpty();

    CliRunner.Result emptyFilter =
        cli.ok("vpc", "list-vpcs", "--region-id", R, "--query", "vpcs[?name=='none']");
    assertThat(emptyFilter.out()).isEqualTo("[ ]\n");
  }

  @Test
  void anInvalidQueryExitsTwoWithThePositionOfTheError() {
    int before = cli.exchanges.all().size();
    CliRunner.Result r =
        cli.runner().run("vpc", "list-vpcs", "--region-id", R, "--query", "vpcs[].[name");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("ctyun: --query is not a valid JMESPath expression at position 13: ")
        .contains("\n  vpcs[].[name\n  " + " ".repeat(12) + "^\n");
    assertThat(cli.exchanges.all()).hasSize(before); // nothing was sent
  }

  @Test
  void waitPrintsTheFinalStateOfTheResource() {
    JsonNode vpc =
        cli.json(
            "vpc",
            "create-vpc",
            "--region-id",
            R,
            "--name",
            "final-vpc",
            "--cidr",
            "10.74.0.0/16",
            "--wait");
    String id = vpc.path("vpcID").asText();
    JsonNode shown = cli.json("vpc", "show-vpc", "--region-id", R, "--vpc-id", id);
    // what show-vpc answers once the VPC is available
    assertThat(vpc.path("name").asText()).isEqualTo("final-vpc");
    assertThat(vpc.path("CIDR").asText()).isEqualTo("10.74.0.0/16");
    assertThat(vpc.path("vpcID")).isEqualTo(shown.path("vpcID"));

    JsonNode deleted = cli.json("vpc", "delete-vpc", "--region-id", R, "--vpc-id", id, "--wait");
    assertThat(deleted)
        .isEqualTo(LocalCli.parse("{\"vpcID\":\"" + id + "\",\"status\":\"deleted\"}"));
  }

  @Test
  void usageErrorsLeaveStdoutEmpty() {
    CliRunner.Result r = cli.runner().run("vpc", "list-vpcs", "--region-id", R, "--output", "yaml");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("ctyun: --output must be one of: json, table, text (got 'yaml')\n");
  }
}
