package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.core.Version;
import org.junit.jupiter.api.Test;

class CtyunTest {
  @Test
  void theDetachedEmulatorRunsThisClass() {
    // LocalDetacher starts TopCommand.MAIN_CLASS by name: cli.local must not depend on cli
    assertThat(TopCommand.MAIN_CLASS).isEqualTo(Ctyun.class.getName());
  }

  @Test
  void versionNamesTheCliAndTheCore() {
    CliRunner.Result r = new CliRunner().run("--version");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).matches("ctyun \\d+\\.\\d+\\.\\d+\\S* \\(ctyun-java core \\S+\\)\\n");
    assertThat(r.out()).contains("(ctyun-java core " + Version.SDK + ")");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRunner.Result r = new CliRunner().run("--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Usage: ctyun")
        .containsPattern("\\n  api +Call any CTyun OpenAPI")
        .containsPattern("\\n  sign +Compute the EOP signature")
        .containsPattern("\\n  configure +Store credentials")
        .contains("--profile=NAME")
        .contains("--endpoint-url=URL")
        .contains("--debug")
        .contains("4   missing or bad configuration or credentials");
  }

  @Test
  void subcommandHelpShowsInheritedGlobalOptions() {
    CliRunner.Result r = new CliRunner().run("help", "sign");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Usage: ctyun sign")
        .contains("--query-style")
        .contains("for testing only")
        .contains("--profile=NAME");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRunner.Result r = new CliRunner().run();

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("a command is required").contains("Usage: ctyun");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    CliRunner.Result unknown = new CliRunner().run("sing");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("sing").contains("sign");

    assertThat(new CliRunner().run("--nope").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
