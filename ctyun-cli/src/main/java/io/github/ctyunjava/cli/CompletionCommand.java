package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ctyun completion bash|zsh}: prints a shell completion script for the whole command. */
@Command(
    name = "completion",
    description = {
      "Print a shell completion script (commands, operations, flags, enumeration values).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(ctyun completion bash)        # bash, this shell",
      "  ctyun completion zsh > ~/.zfunc/_ctyun  # zsh (uses bashcompinit)"
    })
final class CompletionCommand implements Callable<Integer>, CommandTree.NeedsWholeTree {
  /** Lets zsh run a bash completion script. */
  static final String ZSH_HEADER =
      "#compdef ctyun\n"
          + "autoload -U +X compinit && compinit\n"
          + "autoload -U +X bashcompinit && bashcompinit\n";

  @ParentCommand private Ctyun top;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      completionCandidates = Shells.class,
      description = "bash or zsh")
  private String shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("ctyun", spec.root().commandLine());
    switch (shell) {
      case "bash" -> top.context().out().print(script);
      case "zsh" -> top.context().out().print(ZSH_HEADER + script);
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), "SHELL must be bash or zsh, got: " + shell);
    }
    return ExitCodes.OK;
  }

  /** The shells a script can be printed for. */
  static final class Shells extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Shells() {
      super(java.util.List.of("bash", "zsh"));
    }
  }
}
