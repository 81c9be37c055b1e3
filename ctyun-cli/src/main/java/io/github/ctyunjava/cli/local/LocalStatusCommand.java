package io.github.ctyunjava.cli.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code ctyun local status}: whether an emulator runs on a data directory, and what it holds. */
@Command(
    name = "status",
    description = {
      "Show the emulator running on a data directory: endpoint, pid, store, resource counts.",
      "Exit code 0 when it runs, 3 when it does not.",
      ""
    })
final class LocalStatusCommand implements Callable<Integer> {
  @ParentCommand private LocalCommand parent;

  @Mixin private LocalDataDirOption dir;

  @Override
  public Integer call() {
    PrintWriter out = parent.top().context().out();
    LocalRunFiles files = dir.runFiles(parent.top().context().env());
    Optional<LocalRunFiles.State> running = files.running();
    if (running.isEmpty()) {
      out.println("ctyun-local is not running on " + files.dir());
      return ExitCodes.NETWORK;
    }
    LocalRunFiles.State state = running.get();
    JsonNode stats = new LocalAdminCalls(state).get("stats");
    out.println("ctyun-local is running on " + files.dir());
    out.println("  endpoint:   " + state.endpoint());
    out.println("  pid:        " + state.pid());
    out.println("  store:      " + state.store());
    out.println("  accounts:   " + stats.path("accounts").asLong());
    out.println("  resources:  " + counts(stats.path("resources")));
    if (java.nio.file.Files.exists(files.log())) {
      out.println("  log:        " + files.log());
    }
    return ExitCodes.OK;
  }

  /** {@code vpc 2, subnet 3}, or {@code none}. */
  private static String counts(JsonNode resources) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : resources.properties()) {
      parts.add(e.getKey() + " " + e.getValue().asLong());
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
