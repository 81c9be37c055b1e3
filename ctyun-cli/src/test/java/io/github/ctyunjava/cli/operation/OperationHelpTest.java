package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.Ctyun;
import io.github.ctyunjava.cli.LocalCli;
import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What an operation's help and skeleton tell about its fields (texts copied from the spec). */
class OperationHelpTest {
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void flagHelpShowsTheSpecDescriptionRequiredAllowedValuesWithMeaningAndAnExample() {
    CliRunner.Result r = new CliRunner().run("vpce", "create-endpoint", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    String help = oneLine(r.out());
    assertThat(help)
        .contains(
            "--whitelist-flag=WHITELIST_FLAG Access whitelist switch: 1 on, 0 off. whitelistFlag:"
                + " body integer, required. Allowed values: 0 (whitelist off), 1 (whitelist on).")
        .contains(
            "--region-id=REGION_ID Resource pool (region) ID, e.g."
                + " 81f7728662dd11ec810800155d307d5b. regionID: body string, required. Default:"
                + " region_id of the profile config. Example: 81f7728662dd11ec810800155d307d5b")
        .contains("--endpoint-name=ENDPOINT_NAME")
        .contains("endpointName: body string, required.")
        .contains(
            "--ip6=IP6 Requested private IPv6 address of the endpoint (dual stack only). IP6:"
                + " body string, optional.");
  }

  @Test
  void everyFlagOfEveryOperationShowsItsCatalogueDescription() {
    CommandLine top = Ctyun.newCommandLine(CliContext.builder().build());
    List<String> without = new ArrayList<>();
    int checked = 0;
    for (CliOperation op : OperationCatalogs.all()) {
      CommandLine sub = top.getSubcommands().get(op.group()).getSubcommands().get(op.command());
      for (CliOperation.Field f : op.fields()) {
        OptionSpec o = sub.getCommandSpec().findOption(f.flag());
        String text = String.join(" ", o.description());
        assertThat(text).contains(f.required() ? "required" : "optional");
        if (f.description() == null) {
          without.add(op.operationId() + "." + f.name());
        } else {
          assertThat(text).startsWith(f.description().strip().replace("%", "%%"));
          checked++;
        }
        for (String v : f.enumValues()) {
          String meaning = f.enumMeanings().get(v);
          assertThat(text).contains(meaning == null ? v : v + " (" + meaning + ")");
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
    // the only request fields the specs leave undescribed
    assertThat(without).containsExactlyInAnyOrder("createVPC.description", "createVPC.enableIpv6");
  }

  @Test
  void skeletonCanHoldOnlyTheRequiredFields() {
    CliRunner.Result all = new CliRunner().run("vpc", "create-vpc", "--generate-cli-skeleton");
    CliRunner.Result required =
        new CliRunner().run("vpc", "create-vpc", "--generate-cli-skeleton", "required");

    assertThat(required.exitCode()).as(required.toString()).isZero();
    JsonNode req = LocalCli.parse(required.out());
    List<String> names = new ArrayList<>();
    req.fieldNames().forEachRemaining(names::add);
    // createVpc's required body fields in the spec
    assertThat(names).containsExactlyInAnyOrder("clientToken", "regionID", "name", "CIDR");
    assertThat(LocalCli.parse(all.out()).size()).isGreaterThan(names.size());

    CliRunner.Result nested =
        new CliRunner()
            .run("vpce", "create-endpoint-service", "--generate-cli-skeleton", "required");
    assertThat(LocalCli.parse(nested.out()).has("rules")).isFalse();

    CliRunner.Result bad =
        new CliRunner().run("vpc", "create-vpc", "--generate-cli-skeleton", "some");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err())
        .startsWith("ctyun: --generate-cli-skeleton must be one of: all, required (got 'some')\n");
  }
}
