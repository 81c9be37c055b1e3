package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ctyun local reset}: deletes every resource of a running emulator; accounts stay. */
@Command(
    name = "reset",
    description = {
      "Delete every resource (VPCs, subnets, endpoints, ...) of the emulator running on a data"
          + " directory; accounts and their keys stay. Asks first unless --yes.",
      ""
    })
final class LocalResetCommand implements Callable<Integer> {
  @ParentCommand private LocalCommand parent;

  @Mixin private LocalDataDirOption dir;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask.")
  private boolean yes;

  @Override
  public Integer call() {
    CliContext ctx = parent.top().context();
    PrintWriter out = ctx.out();
    LocalRunFiles files = dir.runFiles(parent.top().context().env());
    Optional<LocalRunFiles.State> running = files.running();
    if (running.isEmpty()) {
      ctx.err().println("ctyun: ctyun-local is not running on " + files.dir());
      return ExitCodes.NETWORK;
    }
    LocalRunFiles.State state = running.get();
    if (!yes && !confirmed(ctx, state)) {
      ctx.err().println("ctyun: not reset");
      return ExitCodes.SERVICE_ERROR;
    }
    new LocalAdminCalls(state).post("reset");
    out.println(
        "ctyun-local at " + state.endpoint() + " reset: every resource deleted, accounts kept");
    return ExitCodes.OK;
  }

  private static boolean confirmed(CliContext ctx, LocalRunFiles.State state) {
    String question =
        "Delete every resource of ctyun-local at " + state.endpoint() + "? Accounts stay. [y/N] ";
    String answer;
    if (ctx.console() != null) {
      answer = ctx.console().readLine("%s", question);
    } else {
      ctx.err().print(question);
      ctx.err().flush();
      try {
        answer =
            new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8)).readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the answer", e);
      }
    }
    if (answer == null) {
      return false;
    }
    String a = answer.trim().toLowerCase(Locale.ROOT);
    return a.equals("y") || a.equals("yes");
  }
}
