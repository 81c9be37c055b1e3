package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code ctyun local stop}: stops the emulator running on a data directory. */
@Command(
    name = "stop",
    description = {
      "Stop the emulator running on a data directory (SIGTERM; it closes its store cleanly).",
      "Exit code 0 also when none was running.",
      ""
    })
final class LocalStopCommand implements Callable<Integer> {
  /** How long a clean stop may take before the process is killed. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  @ParentCommand private LocalCommand parent;

  @Mixin private LocalDataDirOption dir;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = parent.top().context().out();
    LocalRunFiles files = dir.runFiles(parent.top().context().env());
    Optional<LocalRunFiles.State> running = files.running();
    if (running.isEmpty()) {
      out.println("ctyun-local is not running on " + files.dir());
      return ExitCodes.OK;
    }
    long pid = running.get().pid();
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isPresent()) {
      ProcessHandle p = process.get();
      p.destroy();
      if (!waitForExit(p, STOP_TIMEOUT)) {
        p.destroyForcibly();
        waitForExit(p, STOP_TIMEOUT);
      }
    }
    files.delete(pid);
    out.println("ctyun-local stopped (pid " + pid + ")");
    return ExitCodes.OK;
  }

  private static boolean waitForExit(ProcessHandle p, Duration timeout)
      throws InterruptedException {
    try {
      p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !p.isAlive();
    }
  }
}
