package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TopCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ctyun local}: the group of commands that run ctyun-local, the offline CTyun emulator. */
@Command(
    name = "local",
    description = "Run ctyun-local, the offline CTyun emulator that verifies EOP signatures.",
    subcommands = {
      LocalStartCommand.class,
      LocalStatusCommand.class,
      LocalStopCommand.class,
      LocalResetCommand.class
    })
public final class LocalCommand implements Callable<Integer> {
  @ParentCommand private TopCommand top;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    cmd.getErr().println("ctyun: 'ctyun local' needs a subcommand");
    cmd.usage(cmd.getErr());
    return ExitCodes.USAGE;
  }

  /** The top command. */
  TopCommand top() {
    return top;
  }
}
