package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.operation.CliOperation;
import io.github.ctyunjava.cli.operation.OperationCatalogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandTreeTest {
  private static CliContext context(StringWriter out, StringWriter err) {
    return CliContext.builder()
        .out(new PrintWriter(out, true))
        .err(new PrintWriter(err, true))
        .build();
  }

  private static CommandLine lazy(String... args) {
    return Ctyun.commandLineFor(
        context(new StringWriter(), new StringWriter()), java.util.Locale.ENGLISH, args);
  }

  /** The top-level subcommands that have their real model. */
  private static List<String> built(CommandLine cmd) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
      if (CommandTree.isBuilt(e.getValue())) {
        names.add(e.getKey());
      }
    }
    return names;
  }

  @Test
  void versionBuildsNoSubcommand() {
    CommandLine cmd = lazy("--version");

    assertThat(built(cmd)).isEmpty();
    assertThat(cmd.getSubcommands()).containsKeys("api", "local", "help", "vpc", "vpce", "ecx");
  }

  @Test
  void anOperationBuildsItsGroupAndItselfOnly() {
    CommandLine cmd = lazy("--profile", "local", "vpc", "list-vpcs", "--region-id", "r1");

    assertThat(built(cmd)).containsExactly("vpc");
    CommandLine vpc = cmd.getSubcommands().get("vpc");
    assertThat(built(vpc)).containsExactly("list-vpcs");
    assertThat(vpc.getSubcommands()).hasSizeGreaterThan(10);
    assertThat(vpc.getSubcommands().get("list-vpcs").getCommandSpec().findOption("--region-id"))
        .isNotNull();
  }

  @Test
  void theUsageOfAGroupBuildsItsOperations() {
    CommandLine vpc = lazy("vpc", "--help").getSubcommands().get("vpc");

    assertThat(built(vpc)).containsExactlyElementsOf(vpc.getSubcommands().keySet());
  }

  @Test
  void completionBuildsTheWholeTree() {
    CommandLine cmd = lazy("completion", "bash");

    assertThat(allBuilt(cmd)).isTrue();
  }

  private static boolean allBuilt(CommandLine cmd) {
    for (CommandLine sub : cmd.getSubcommands().values()) {
      if (!CommandTree.isBuilt(sub) || !allBuilt(sub)) {
        return false;
      }
    }
    return true;
  }

  /** The top command adds the hand-written commands under their annotations' names. */
  @Test
  void handWrittenCommandsKeepTheirAnnotatedNames() {
    CommandLine cmd = Ctyun.newCommandLine(context(new StringWriter(), new StringWriter()));

    int annotated = 0;
    for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
      Command command = e.getValue().getCommand().getClass().getAnnotation(Command.class);
      if (command != null) {
        assertThat(command.name()).isEqualTo(e.getKey());
        annotated++;
      }
    }
    assertThat(annotated).isEqualTo(7); // six of ours and picocli's help
  }

  /** Every command has -h/--help and -V/--version, as with picocli's standard help mixin. */
  @Test
  void everyCommandHasTheStandardHelpOptions() {
    CommandLine cmd = Ctyun.newCommandLine(context(new StringWriter(), new StringWriter()));

    assertStandardHelp(cmd);
  }

  private static void assertStandardHelp(CommandLine cmd) {
    var spec = cmd.getCommandSpec();
    assertThat(spec.findOption("--help")).as(spec.qualifiedName()).isNotNull();
    assertThat(spec.findOption("--help").usageHelp()).isTrue();
    if (!spec.helpCommand()) { // picocli's help command has its own -h and no -V
      assertThat(spec.findOption("-V").versionHelp()).as(spec.qualifiedName()).isTrue();
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      assertStandardHelp(sub);
    }
  }

  @Test
  void theGroupsKnownUpFrontAreTheCataloguesGroups() {
    Set<String> fromCatalogues = new LinkedHashSet<>();
    for (CliOperation op : OperationCatalogs.all()) {
      fromCatalogues.add(op.group());
    }

    assertThat(OperationCatalogs.groups()).containsExactlyElementsOf(fromCatalogues);
  }

  /** Building on demand prints exactly what the whole tree prints, help and errors included. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "",
        "--version",
        "-V",
        "help",
        "help vpc",
        "help vpc list-vpcs",
        "vpc",
        "vpc --help",
        "vpc list-vpcs --help",
        "vpce create-endpoint --help",
        "ecx --help",
        "local --help",
        "local start --help",
        "configure --help",
        "sing",
        "vpc list-vpc",
        "vpc list-vpcs --nope",
        "--nope",
        "--profile local --help"
      })
  void lazyAndWholeTreesPrintTheSame(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    StringWriter lazyOut = new StringWriter();
    StringWriter lazyErr = new StringWriter();
    int lazyCode = Ctyun.run(context(lazyOut, lazyErr), args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ctyun.newCommandLine(context(out, err)).execute(args);

    assertThat(lazyOut.toString()).isEqualTo(out.toString());
    assertThat(lazyErr.toString()).isEqualTo(err.toString());
    assertThat(lazyCode).isEqualTo(code);
    assertThat(lazyOut.toString() + lazyErr.toString()).isNotEmpty();
  }
}
