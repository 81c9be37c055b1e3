package io.github.ctyunjava.local;

import java.time.Duration;

/**
 * The limits of the emulator's settings, defined once. {@link CtyunLocalOptions} checks them in its
 * builder's words ({@code port must be between 0 and 65535, got 70000}), {@link CtyunLocalFlags} in
 * the flags' ({@code --port must be ...}), so the library and the command line refuse the same
 * values.
 */
final class SettingLimits {
  /** The largest TCP port. */
  static final int MAX_PORT = 65_535;

  /** What the limited settings are called where a user gives them. */
  enum Names {
    /** The {@link CtyunLocalOptions.Builder} methods. */
    BUILDER("port", "tlsPort", "failRate", "maxBodyBytes", "dateWindow", "latency"),
    /** The {@link CtyunLocalFlags} options. */
    FLAGS("--port", "--tls-port", "--fail-rate", "--max-body-bytes", "--date-window", "--latency");

    final String port;
    final String tlsPort;
    final String failRate;
    final String maxBodyBytes;
    final String dateWindow;
    final String latency;

    Names(
        String port,
        String tlsPort,
        String failRate,
        String maxBodyBytes,
        String dateWindow,
        String latency) {
      this.port = port;
      this.tlsPort = tlsPort;
      this.failRate = failRate;
      this.maxBodyBytes = maxBodyBytes;
      this.dateWindow = dateWindow;
      this.latency = latency;
    }
  }

  private SettingLimits() {}

  /**
   * Checks every limited setting.
   *
   * @throws IllegalArgumentException naming the first setting out of its range, in {@code names}
   */
  static void check(
      Names names,
      int port,
      boolean tls,
      int tlsPort,
      double failRate,
      int maxBodyBytes,
      Duration dateWindow,
      Duration latency) {
    port(names.port, port);
    port(names.tlsPort, tlsPort);
    // a free HTTP port (0) never is the HTTPS one
    if (tls && port != 0 && port == tlsPort) {
      throw new IllegalArgumentException(
          names.tlsPort + " must differ from " + names.port + ", both are " + port);
    }
    if (!(failRate >= 0 && failRate <= 1)) { // NaN too
      throw invalid(names.failRate, "must be between 0 and 1", failRate);
    }
    if (maxBodyBytes < 1) {
      throw invalid(names.maxBodyBytes, "must be positive", maxBodyBytes);
    }
    notNegative(names.dateWindow, dateWindow);
    notNegative(names.latency, latency);
  }

  private static void port(String name, int value) {
    if (value < 0 || value > MAX_PORT) {
      throw invalid(name, "must be between 0 and " + MAX_PORT, value);
    }
  }

  private static void notNegative(String name, Duration value) {
    if (value.isNegative()) {
      throw invalid(name, "must not be negative", value);
    }
  }

  private static IllegalArgumentException invalid(String name, String rule, Object value) {
    return new IllegalArgumentException(name + " " + rule + ", got " + value);
  }
}
