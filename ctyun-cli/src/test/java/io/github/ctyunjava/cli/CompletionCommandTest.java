package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void bashScriptCompletesCommandsOperationsAndFlags() {
    CliRunner.Result r = new CliRunner().run("completion", "bash");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("complete -F _complete_ctyun")
        .contains("vpce")
        .contains("vpc")
        .contains("create-endpoint")
        .contains("list-vpcs")
        .contains("--region-id")
        .contains("--page-all")
        .contains("on_demand");
  }

  @Test
  void zshScriptLoadsBashCompatibility() {
    CliRunner.Result r = new CliRunner().run("completion", "zsh");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith(CompletionCommand.ZSH_HEADER).contains("create-endpoint");
  }

  @Test
  void otherShellsAreAUsageError() {
    CliRunner.Result r = new CliRunner().run("completion", "fish");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bash or zsh");
  }
}
