package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.WireLogger;

/**
 * Configures slf4j-simple through its system properties. Must run before the first logger is
 * created: slf4j-simple fixes a logger's level when it creates it.
 */
public final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  /** The logger of the CLI's own debug messages. */
  public static final String CLI_LOGGER = "io.github.ctyunjava.cli";

  private Logging() {}

  /** Warnings and errors to stderr; with {@code debug}, the wire log and CLI details too. */
  public static void configure(boolean debug) {
    setDefault("logFile", "System.err");
    setDefault("defaultLogLevel", "warn");
    setDefault("showThreadName", "false");
    setDefault("showDateTime", "true");
    setDefault("dateTimeFormat", "HH:mm:ss.SSS");
    if (debug) {
      System.setProperty(PREFIX + "log." + WireLogger.LOGGER_NAME, "debug");
      System.setProperty(PREFIX + "log." + CLI_LOGGER, "debug");
    }
  }

  /** The emulator's start message and access log (one line per request) at INFO, on stderr. */
  public static void showEmulatorLog() {
    setDefault("log.io.github.ctyunjava.local", "info");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(PREFIX + key) == null) {
      System.setProperty(PREFIX + key, value);
    }
  }
}
