package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.Sleeper;
import io.github.ctyunjava.local.CtyunLocalOptions;
import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything the CLI takes from its surroundings: environment variables, standard streams, the
 * terminal, the clock, and how a foreground server is stopped. {@link #system()} is the real
 * process; tests build their own so the CLI runs in-process without touching the real home
 * directory or environment.
 */
public final class CliContext {
  private final Map<String, String> env;
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final Console console;
  private final boolean errIsTerminal;
  private final Sleeper sleeper;
  private final Consumer<CtyunClient.Builder> clientCustomizer;
  private final Consumer<CtyunLocalOptions.Builder> localCustomizer;
  private final StopSignal stopSignal;
  private final Locale locale;

  private CliContext(Builder b) {
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
    this.in = b.in;
    this.out = b.out;
    this.err = b.err;
    this.clock = b.clock;
    this.console = b.console;
    this.errIsTerminal = b.errIsTerminal;
    this.sleeper = b.sleeper;
    this.clientCustomizer = b.clientCustomizer;
    this.localCustomizer = b.localCustomizer;
    this.stopSignal = b.stopSignal;
    this.locale = b.locale;
  }

  /** The real process: {@code System.getenv()}, the standard streams (UTF-8), the system clock. */
  public static CliContext system() {
    return builder()
        .env(System.getenv())
        .in(System.in)
        .out(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .err(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
        .console(System.console())
        .errIsTerminal(Terminals.stderrIsTerminal())
        .locale(Locale.getDefault())
        .build();
  }

  /**
   * A builder: empty environment, empty stdin, no console, system UTC clock, stop on JVM shutdown.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The environment variables (read-only). */
  public Map<String, String> env() {
    return env;
  }

  /** Standard input. */
  public InputStream in() {
    return in;
  }

  /** Standard output. */
  public PrintWriter out() {
    return out;
  }

  /** Standard error. */
  public PrintWriter err() {
    return err;
  }

  /** The clock for {@code Eop-date}. */
  public Clock clock() {
    return clock;
  }

  /** The interactive terminal, or null when input is not a terminal. */
  public Console console() {
    return console;
  }

  /** Whether standard error is a terminal (progress output is only drawn on one). */
  public boolean errIsTerminal() {
    return errIsTerminal;
  }

  /** How {@code --wait} pauses between polls. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** A hook applied to every {@link CtyunClient.Builder} the CLI creates (tests, embedding). */
  public Consumer<CtyunClient.Builder> clientCustomizer() {
    return clientCustomizer;
  }

  /**
   * A hook applied to the options of every emulator the CLI starts ({@code local start}, {@code
   * demo}), after the command's own flags: tests use it for fault injection or state policies.
   */
  public Consumer<CtyunLocalOptions.Builder> localCustomizer() {
    return localCustomizer;
  }

  /** How {@code ctyun local start} waits to be stopped. */
  public StopSignal stopSignal() {
    return stopSignal;
  }

  /**
   * The OS locale, for the language of messages when neither {@code --lang}, {@code
   * $CTYUN_LANGUAGE}, the profile nor {@code LC_ALL}/{@code LC_MESSAGES}/{@code LANG} choose one.
   */
  public Locale locale() {
    return locale;
  }

  /** Builder of {@link CliContext}. */
  public static final class Builder {
    private Map<String, String> env = Collections.emptyMap();
    private InputStream in = InputStream.nullInputStream();
    private PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    private PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    private Clock clock = Clock.systemUTC();
    private Console console;
    private boolean errIsTerminal;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Consumer<CtyunClient.Builder> clientCustomizer = b -> {};
    private Consumer<CtyunLocalOptions.Builder> localCustomizer = b -> {};
    private StopSignal stopSignal = StopSignal.jvmShutdown();
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /** The environment variables. */
    public Builder env(Map<String, String> env) {
      this.env = Objects.requireNonNull(env, "env");
      return this;
    }

    /** Standard input. */
    public Builder in(InputStream in) {
      this.in = Objects.requireNonNull(in, "in");
      return this;
    }

    /** Standard output. */
    public Builder out(PrintWriter out) {
      this.out = Objects.requireNonNull(out, "out");
      return this;
    }

    /** Standard error. */
    public Builder err(PrintWriter err) {
      this.err = Objects.requireNonNull(err, "err");
      return this;
    }

    /** The clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The terminal; null when there is none (then secrets are read from stdin). */
    public Builder console(Console console) {
      this.console = console;
      return this;
    }

    /** Whether standard error is a terminal (default: false). */
    public Builder errIsTerminal(boolean errIsTerminal) {
      this.errIsTerminal = errIsTerminal;
      return this;
    }

    /** How {@code --wait} pauses between polls (default: really sleeping). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** A hook applied to every client builder. */
    public Builder clientCustomizer(Consumer<CtyunClient.Builder> customizer) {
      this.clientCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /** A hook applied to the options of every emulator the CLI starts. */
    public Builder localCustomizer(Consumer<CtyunLocalOptions.Builder> customizer) {
      this.localCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /** How a foreground server waits to be stopped (default: JVM shutdown). */
    public Builder stopSignal(StopSignal stopSignal) {
      this.stopSignal = Objects.requireNonNull(stopSignal, "stopSignal");
      return this;
    }

    /** The OS locale (default: English). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Builds the context. */
    public CliContext build() {
      return new CliContext(this);
    }
  }
}
