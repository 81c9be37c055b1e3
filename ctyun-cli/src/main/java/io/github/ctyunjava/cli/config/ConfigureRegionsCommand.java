package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.KnownRegions;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.cli.output.TextTable;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctyun configure list-regions}: the regions {@code region_id} may name: the emulator's
 * catalogue (ID and name), and a note on the real cloud's regions.
 */
@Command(
    name = "list-regions",
    description = {
      "Show the region IDs region_id may take: the local emulator's regions, and where a real"
          + " CTyun account's regions come from.",
      ""
    })
final class ConfigureRegionsCommand implements Callable<Integer> {
  @ParentCommand private ConfigureCommand configure;

  @Override
  public Integer call() {
    TopCommand top = configure.top();
    Messages messages = top.messages();
    TextTable table =
        TextTable.of(
            messages.get("regions.heading.id"),
            messages.get("regions.heading.name"),
            messages.get("regions.heading.where"));
    for (Map.Entry<String, String> e : KnownRegions.emulator().entrySet()) {
      table.row(e.getKey(), e.getValue(), messages.get("regions.emulator"));
    }
    table.print(top.context().out(), "");
    top.context().err().println(messages.get("regions.realCloud", KnownRegions.EXAMPLE));
    return ExitCodes.OK;
  }
}
