package io.github.ctyunjava.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Markdown tables of the emulator load report: maxima, open-loop latency, targets. */
final class LoadTables {
  /** A closed-loop maximum and the load average right after it. */
  record Max(LoadRun.Result run, double load) {}

  /** An open-loop run, its share of the maximum (e.g. "50%") and the load average after it. */
  record Fixed(OpenLoopRun.Result run, String share, double load) {}

  private LoadTables() {}

  /** The window with the median throughput (the lower middle one of an even count). */
  static Max median(List<Max> windows) {
    List<Max> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingDouble(m -> m.run().perSecond()));
    return sorted.get((sorted.size() - 1) / 2);
  }

  /**
   * One line on the alternating windows of the no-op and show maxima: each window's calls per
   * second and each round's ratio; nothing for a single round.
   */
  static String rounds(List<Max> noop, List<Max> show) {
    if (noop.size() < 2) {
      return "";
    }
    StringBuilder perSecond = new StringBuilder();
    StringBuilder ratios = new StringBuilder();
    for (int i = 0; i < noop.size(); i++) {
      double n = noop.get(i).run().perSecond();
      double s = show.get(i).run().perSecond();
      String sep = i == 0 ? "" : ", ";
      perSecond.append(String.format(Locale.ROOT, "%s%.0f/%.0f", sep, n, s));
      ratios.append(String.format(Locale.ROOT, "%s%.2f", sep, s / n));
    }
    return String.format(
        Locale.ROOT,
        "The no-op and show maxima alternated in %d windows each (the table shows each one's median"
            + " window): no-op/show calls/s %s; show × no-op per round %s.%n",
        noop.size(),
        perSecond,
        ratios);
  }

  static String maxima(List<Max> rows) {
    double baseline = rows.get(0).run().perSecond();
    StringBuilder out =
        new StringBuilder(
            "| operation (closed loop, maximum) | thr | calls/s | × no-op | p50 ms | p99 ms |"
                + " p99.9 ms | failed | server CPU µs/call | other CPU µs/call | load |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Max m : rows) {
      LoadRun.Result r = m.run();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %s | %s | %.2f |%n",
              r.name(),
              r.threads(),
              r.perSecond(),
              r.perSecond() / baseline,
              r.latency().percentileMillis(50),
              r.latency().percentileMillis(99),
              r.latency().percentileMillis(99.9),
              r.failed(),
              micros(r.cpu().server()),
              micros(r.cpu().other()),
              m.load()));
    }
    return out.toString();
  }

  static String openLoop(List<Fixed> rows) {
    StringBuilder out =
        new StringBuilder(
            "| operation (open loop) | of max | target/s | done/s | p50 ms | p99 ms | p99.9 ms |"
                + " max ms | failed | late sends | server CPU µs/call | load |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Fixed f : rows) {
      OpenLoopRun.Result r = f.run();
      LatencyRecorder l = r.latency();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %d | %s | %.2f |%n",
              r.name(),
              f.share(),
              r.targetRate(),
              r.perSecond(),
              l.percentileMillis(50),
              l.percentileMillis(99),
              l.percentileMillis(99.9),
              l.maxMillis(),
              l.failedCount(),
              l.lateSends(),
              micros(r.cpu().server()),
              f.load()));
    }
    return out.toString();
  }

  /** The targets: maxima are {health, show, create}; fixed are show 50/80, create 50/80. */
  static String targets(List<Max> maxima, List<Fixed> fixed) {
    double noop = maxima.get(0).run().perSecond();
    double show = maxima.get(1).run().perSecond();
    double create = maxima.get(2).run().perSecond();
    LatencyRecorder show50 = fixed.get(0).run().latency();
    LatencyRecorder create50 = fixed.get(2).run().latency();
    double cpuRatio = maxima.get(0).run().cpu().server() / maxima.get(1).run().cpu().server();
    long errors = 0;
    for (Max m : maxima) {
      errors += m.run().failed();
    }
    for (Fixed f : fixed) {
      errors += f.run().latency().failedCount();
    }
    return "| target | measured | |\n|---|---|---|\n"
        + row("signed show-endpoint max ≥ 0.4 × no-op", "%.2f ×", show / noop, show / noop >= 0.4)
        + (Double.isNaN(cpuRatio)
            ? ""
            : row(
                "the same in emulator CPU: per no-op call / per show call",
                "%.2f ×",
                cpuRatio,
                cpuRatio >= 0.4))
        + row("durable create-endpoint ≥ 2,500/s", "%.0f/s", create, create >= 2500)
        + row(
            "show p99 < 10 ms at 50% of its max",
            "%.2f ms", show50.percentileMillis(99), show50.percentileMillis(99) < 10)
        + row(
            "create p99 < 20 ms at 50% of its max",
            "%.2f ms", create50.percentileMillis(99), create50.percentileMillis(99) < 20)
        + row("no errors in any run", "%.0f", errors, errors == 0);
  }

  /** Whole microseconds, or "-" where not measured (the emulator runs in another process). */
  private static String micros(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
  }

  private static String row(String target, String format, double value, boolean met) {
    return "| "
        + target
        + " | "
        + String.format(Locale.ROOT, format, value)
        + " | "
        + (met ? "met" : "**not met**")
        + " |\n";
  }
}
