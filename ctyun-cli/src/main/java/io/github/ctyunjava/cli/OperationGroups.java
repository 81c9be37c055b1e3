package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.HelpOptions;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.operation.CliOperation;
import io.github.ctyunjava.cli.operation.OperationCatalogs;
import io.github.ctyunjava.cli.operation.OperationSpecs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds the catalogue-driven command groups ({@code ctyun vpc …}, {@code ctyun vpce …}) to the
 * command tree: one group per command group of the products on the class path ({@link
 * OperationCatalogs#groups()}), one subcommand per operation, built at runtime from the catalogue
 * so the CLI and the SDK cannot disagree.
 */
final class OperationGroups {
  private OperationGroups() {}

  /**
   * Adds every group to {@code top}'s command line as a pending command of {@code tree}: a group
   * reads its catalogue only when the arguments reach it, and builds only the operations they
   * reach.
   */
  static void addTo(CommandTree tree, CommandLine cmd, Ctyun top) {
    for (String group : OperationCatalogs.groups()) {
      tree.addPending(cmd, group, () -> groupCommand(tree, group, top));
    }
  }

  private static CommandLine groupCommand(CommandTree tree, String group, Ctyun top) {
    GroupCommand runner = new GroupCommand(top.messages());
    CommandSpec spec = CommandSpec.wrapWithoutInspection(runner);
    spec.name(group);
    HelpOptions.addTo(spec);
    spec.usageMessage().description(description(group)).sortOptions(false);
    runner.spec = spec;
    CommandLine cl = new CommandLine(spec);
    for (CliOperation op : OperationCatalogs.group(group)) {
      tree.addPending(cl, op.command(), () -> new CommandLine(OperationSpecs.build(op, top)));
    }
    return cl;
  }

  private static String description(String group) {
    String about = OperationCatalogs.description(group);
    return about != null ? about : group + " operations.";
  }

  /** {@code ctyun vpce} without an operation: usage on stderr, exit 2. */
  private static final class GroupCommand implements java.util.concurrent.Callable<Integer> {
    private final Messages messages;
    private CommandSpec spec;

    GroupCommand(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Integer call() {
      CommandLine cmd = spec.commandLine();
      cmd.getErr().println(messages.get("usage.operationRequired"));
      cmd.usage(cmd.getErr());
      return ExitCodes.USAGE;
    }
  }
}
