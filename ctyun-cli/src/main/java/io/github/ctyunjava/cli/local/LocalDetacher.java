package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TopCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ctyun local start --detach}: runs the same command again as a background process (same
 * Java, same class path, the output going to the log in the data directory) and returns once that
 * emulator has recorded its run files, or reports why it did not start.
 */
final class LocalDetacher {
  /** Set in the background process: it runs in the foreground there. */
  static final String DETACHED_ENV = "CTYUN_LOCAL_DETACHED";

  /** How long the background emulator may take to start (a migration of a large store). */
  static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private static final int LOG_LINES_ON_FAILURE = 20;

  private LocalDetacher() {}

  /**
   * Starts {@code args} (the whole original command line) in the background and waits for it.
   *
   * @return the exit code of the detaching command
   */
  static int start(CliContext ctx, LocalRunFiles files, List<String> args) {
    Path log = files.log();
    Process process;
    try {
      Files.createDirectories(files.dir());
      ProcessBuilder pb = new ProcessBuilder(command(args));
      pb.environment().clear();
      pb.environment().putAll(ctx.env());
      pb.environment().put(DETACHED_ENV, "1");
      pb.redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      process = pb.start();
      process.getOutputStream().close(); // no input: it must not wait for a terminal
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start ctyun-local in the background", e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<LocalRunFiles.State> state = files.read();
      if (state.isPresent() && state.get().pid() == process.pid() && files.pidFileWritten()) {
        report(ctx.out(), state.get(), files);
        return ExitCodes.OK;
      }
      try {
        if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
          return failed(ctx.err(), "exited with code " + process.exitValue(), log);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroy();
        return failed(ctx.err(), "interrupted while starting", log);
      }
    }
    process.destroy();
    return failed(ctx.err(), "did not start within " + START_TIMEOUT.toSeconds() + " s", log);
  }

  /**
   * The emulator's JVM flags besides its heap size, as {@code bin/ctyun} gives {@code local} and
   * {@code demo}: G1's default pause goal (200 ms) lets young collections take 10-30 ms at a few
   * thousand calls per second, which is the emulator's tail latency, so the goal is 5 ms; and the
   * heap is touched at start, because a collection that first touches memory the JVM had only
   * reserved pays the page faults inside the pause (20-37 ms pauses, almost all kernel time, on a
   * 2-core VM; BENCHMARKS.md).
   */
  static final List<String> SERVER_JVM_FLAGS =
      List.of("-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch");

  /** The emulator's heap when nobody chose one: a fixed size, so all of it is touched at start. */
  static final List<String> DEFAULT_HEAP = List.of("-Xms1g", "-Xmx1g");

  /**
   * The flags for the background emulator: {@link #SERVER_JVM_FLAGS} and the heap sizes this JVM
   * was started with ({@code bin/ctyun}'s, or the user's from {@code CTYUN_JAVA_OPTS}), else {@link
   * #DEFAULT_HEAP}, as {@code bin/ctyun} does for a foreground emulator.
   */
  static List<String> serverJvmFlags(List<String> thisJvmsArguments) {
    List<String> heap = new ArrayList<>();
    for (String a : thisJvmsArguments) {
      if (isHeapSize(a)) {
        heap.add(a);
      }
    }
    List<String> flags = new ArrayList<>(SERVER_JVM_FLAGS);
    flags.addAll(heap.isEmpty() ? DEFAULT_HEAP : heap);
    return flags;
  }

  private static boolean isHeapSize(String jvmArgument) {
    return jvmArgument.startsWith("-Xms")
        || jvmArgument.startsWith("-Xmx")
        || jvmArgument.startsWith("-XX:MaxHeapSize=")
        || jvmArgument.startsWith("-XX:InitialHeapSize=")
        || jvmArgument.startsWith("-XX:MinHeapSize=")
        || jvmArgument.contains("RAMPercentage=")
        || jvmArgument.contains("RAMFraction=");
  }

  /** This JVM's command for {@code args}, in a new session where {@code setsid} exists. */
  static List<String> command(List<String> args) {
    List<String> cmd = new ArrayList<>();
    // a new session: closing the terminal the user started it from does not stop it
    for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Paths.get(setsid))) {
        cmd.add(setsid);
        break;
      }
    }
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(serverJvmFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(TopCommand.MAIN_CLASS);
    cmd.addAll(args);
    return cmd;
  }

  private static void report(PrintWriter out, LocalRunFiles.State state, LocalRunFiles files) {
    out.println("ctyun-local is running in the background (pid " + state.pid() + ").");
    out.println("  endpoint:  " + state.endpoint());
    out.println("  store:     " + state.store());
    out.println("  log:       " + files.log() + "  (credentials and admin token are shown there)");
    out.println("Stop it with 'ctyun local stop', see it with 'ctyun local status'.");
    out.flush();
  }

  private static int failed(PrintWriter err, String why, Path log) {
    err.println("ctyun: ctyun-local " + why + "; the end of " + log + ":");
    for (String line : tail(log)) {
      err.println("  " + line);
    }
    err.flush();
    return ExitCodes.CONFIGURATION;
  }

  private static List<String> tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
    } catch (IOException | UncheckedIOException e) {
      return List.of("(cannot read the log: " + e.getMessage() + ")");
    }
  }
}
