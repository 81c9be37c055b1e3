package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.StopSignal;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.CtyunLocalOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Runs the CLI in-process with an injected environment and captured output. */
public final class CliRunner {
  private final Map<String, String> env = new LinkedHashMap<>();
  private InputStream in = InputStream.nullInputStream();
  private Clock clock = Clock.systemUTC();
  private Consumer<CtyunClient.Builder> customizer = b -> b.sleeper(d -> {});
  private Consumer<CtyunLocalOptions.Builder> localCustomizer = b -> {};
  private StopSignal stopSignal = StopSignal.immediate();
  private boolean errIsTerminal;
  private io.github.ctyunjava.core.Sleeper sleeper = d -> {};
  private volatile StringWriter currentOut = new StringWriter();

  /** What one run produced. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  public CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRunner stdin(String text) {
    in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public CliRunner clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public CliRunner clientCustomizer(Consumer<CtyunClient.Builder> customizer) {
    this.customizer = customizer;
    return this;
  }

  /** Changes the options of emulators the CLI starts. */
  public CliRunner localCustomizer(Consumer<CtyunLocalOptions.Builder> customizer) {
    this.localCustomizer = customizer;
    return this;
  }

  /** How {@code local start} waits; by default it stops at once. */
  public CliRunner stopSignal(StopSignal stopSignal) {
    this.stopSignal = stopSignal;
    return this;
  }

  /** Makes stderr look like a terminal (or not). */
  public CliRunner errIsTerminal(boolean errIsTerminal) {
    this.errIsTerminal = errIsTerminal;
    return this;
  }

  /** How {@code --wait} pauses; by default it does not. */
  public CliRunner sleeper(io.github.ctyunjava.core.Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  /** What the current (or last) run has printed to stdout so far. */
  public String out() {
    return currentOut.toString();
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    currentOut = out;
    CliContext ctx =
        CliContext.builder()
            .env(env)
            .in(in)
            .out(new PrintWriter(out, true))
            .err(new PrintWriter(err, true))
            .clock(clock)
            .clientCustomizer(customizer)
            .localCustomizer(localCustomizer)
            .stopSignal(stopSignal)
            .errIsTerminal(errIsTerminal)
            .sleeper(sleeper)
            .build();
    int code = Ctyun.run(ctx, args);
    return new Result(code, out.toString(), err.toString());
  }
}
