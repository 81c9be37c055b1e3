package io.github.ctyunjava.bench;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.local.CtyunLocal;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Load driver for ctyun-local. Against an embedded emulator (SQLite, on loopback, in this JVM) or,
 * with {@code --endpoint-url}, a running one (credentials from the default chain: {@code
 * CTYUN_AK}/{@code CTYUN_SK} or {@code --profile}). Three modes, each printing Markdown:
 *
 * <ul>
 *   <li>default: closed-loop maximum throughput of the no-op health call, signed {@code
 *       show-endpoint} and durable {@code create-endpoint}, and one list page with 100 and with
 *       {@code --list-size} endpoints;
 *   <li>{@code --report}: the maxima, then open-loop latency of show and create at 50% and 80% of
 *       their own maximum, machine cores and load, and the ratios against the targets;
 *   <li>{@code --rate N --op health|show|create}: one open-loop run at N calls per second;
 *   <li>{@code --max health,show}: only the closed-loop maxima of the operations named, for quick
 *       comparisons between builds.
 * </ul>
 *
 * <pre>
 * java -cp ctyun-bench/target/benchmarks.jar io.github.ctyunjava.bench.EmulatorLoadBenchmark \
 *     [--report | --rate N --op show | --max health,show] [--arrivals poisson|uniform] [--threads 32]
 *     [--connections 64] [--seconds 10] [--warmup 15] [--rounds 3] [--list-size 100000]
 *     [--endpoint-url http://127.0.0.1:8080 [--profile local]]
 * </pre>
 */
public final class EmulatorLoadBenchmark {
  private final String[] args;
  private final int threads;
  private final int connections;
  private final Duration measure;
  private final Duration warmup;
  private final ArrivalSchedule.Kind arrivals;
  private final EmulatorWorkload work;
  private final String where;
  private final int rounds;

  private static final String NOOP = "GET /_ctyun/health (no-op baseline)";
  private static final String SHOW = "show-endpoint (signed GET)";
  private static final String CREATE = "create-endpoint (signed POST, durable)";

  /** The warm-up before a window of an operation already warmed up (connections, JIT). */
  private static final Duration REWARM = Duration.ofSeconds(3);

  private EmulatorLoadBenchmark(String[] args, EmulatorWorkload work, String where) {
    this.args = args;
    this.threads = intFlag(args, "--threads", 32);
    this.connections = intFlag(args, "--connections", 64);
    this.measure = Duration.ofSeconds(intFlag(args, "--seconds", 10));
    // 15 s: C2 needs about that long of creates to compile the create path; with 3 s the create
    // window measured mostly the JIT (its threads took a quarter of the machine, BENCHMARKS.md)
    this.warmup = Duration.ofSeconds(intFlag(args, "--warmup", 15));
    this.arrivals = ArrivalSchedule.Kind.parse(flag(args, "--arrivals", "poisson"));
    // the no-op and show maxima alternate in this many windows each; the report takes each one's
    // median window, so that a drift of the machine during the run moves both alike
    this.rounds = intFlag(args, "--rounds", 3);
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1");
    }
    this.work = work;
    this.where = where;
  }

  /** Entry point; see the class comment for flags. */
  public static void main(String[] args) throws Exception {
    // HttpURLConnection keeps at most 5 idle connections per host by default: allow one per thread.
    System.setProperty("http.maxConnections", "256");
    String url = flag(args, "--endpoint-url", null);
    if (url != null) {
      CtyunClient.Builder b =
          CtyunClient.builder().endpointOverride(url).retryPolicy(RetryPolicy.none());
      String profile = flag(args, "--profile", null);
      if (profile != null) {
        b.profile(profile);
      }
      try (CtyunClient client = b.build()) {
        System.out.println(
            new EmulatorLoadBenchmark(
                    args, new EmulatorWorkload(client, url), "emulator at " + url + " (separate)")
                .run());
      }
      return;
    }
    Path dir = Files.createTempDirectory("ctyun-local-load");
    // a run leaves 100-250 MB of SQLite files: removed at exit, also when stopped by a signal
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "delete-load-data"));
    try (CtyunLocal local =
            CtyunLocal.builder()
                .host("127.0.0.1")
                .port(0)
                .dataDir(dir)
                .account(
                    "loadak" + UUID.randomUUID().toString().replace("-", ""),
                    UUID.randomUUID().toString())
                .options(o -> o.writeProfile(false))
                .build()
                .start();
        CtyunClient client =
            CtyunClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(local.credentials()))
                .endpointOverride(local.endpoint().toString())
                .retryPolicy(RetryPolicy.none())
                .build()) {
      String where = "embedded emulator (SQLite, WAL, synchronous=FULL), driver in the same JVM";
      System.out.println(
          new EmulatorLoadBenchmark(
                  args, new EmulatorWorkload(client, local.endpoint().toString()), where)
              .run());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }

  static int intFlag(String[] args, String name, int fallback) {
    String v = flag(args, name, null);
    return v == null ? fallback : Integer.parseInt(v);
  }

  static String flag(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private String run() throws Exception {
    work.setUp();
    if (Arrays.asList(args).contains("--report")) {
      return report();
    }
    String only = flag(args, "--max", null);
    if (only != null) {
      List<LoadTables.Max> maxima = new ArrayList<>();
      for (String op : only.split(",")) {
        maxima.add(maxOf(op, op));
      }
      return header() + "\n\n" + LoadTables.maxima(maxima);
    }
    String rate = flag(args, "--rate", null);
    if (rate != null) {
      return openLoopOnly(Double.parseDouble(rate), flag(args, "--op", "show"));
    }
    return closedLoop(intFlag(args, "--list-size", 100_000));
  }

  private LoadRun.Call op(String name) {
    switch (name) {
      case "health":
        return (t, i) -> work.health();
      case "show":
        return (t, i) -> work.show();
      case "create":
        return (t, i) -> work.createEndpoint();
      default:
        throw new IllegalArgumentException("--op must be health, show or create");
    }
  }

  private String openLoopOnly(double rate, String op) throws InterruptedException {
    OpenLoopRun.Result r =
        OpenLoopRun.run(op, rate, arrivals, connections, warmup, measure, op(op));
    return header() + "\n\n" + LoadTables.openLoop(List.of(new LoadTables.Fixed(r, "-", load())));
  }

  private String report() throws InterruptedException {
    double loadBefore = load();
    List<LoadTables.Max> noop = new ArrayList<>();
    List<LoadTables.Max> show = new ArrayList<>();
    noop.add(maxOf(NOOP, "health"));
    show.add(maxOf(SHOW, "show"));
    for (int round = 2; round <= rounds; round++) {
      noop.add(maxOf(NOOP, "health", REWARM));
      show.add(maxOf(SHOW, "show", REWARM));
    }
    List<LoadTables.Max> maxima = new ArrayList<>();
    maxima.add(LoadTables.median(noop));
    maxima.add(LoadTables.median(show));
    maxima.add(maxOf(CREATE, "create"));
    List<LoadTables.Fixed> fixed = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      String op = i == 1 ? "show" : "create";
      double max = maxima.get(i).run().perSecond();
      for (double share : new double[] {0.5, 0.8}) {
        OpenLoopRun.Result r =
            OpenLoopRun.run(
                op + "-endpoint",
                Math.max(1, Math.floor(max * share)),
                arrivals,
                connections,
                warmup,
                measure,
                op(op));
        fixed.add(
            new LoadTables.Fixed(r, String.format(Locale.ROOT, "%.0f%%", share * 100), load()));
      }
    }
    return header()
        + String.format(Locale.ROOT, ", load average %.2f at the start%n%n", loadBefore)
        + LoadTables.maxima(maxima)
        + "\n"
        + LoadTables.rounds(noop, show)
        + "\n"
        + LoadTables.openLoop(fixed)
        + "\n"
        + LoadTables.targets(maxima, fixed);
  }

  /**
   * The closed-loop maximum of one operation, after a warm-up with the same operation (creates
   * included: without one, the create window measured the JIT compiling the create path, whose
   * compiler threads took a quarter of the machine's CPU during it).
   */
  private LoadTables.Max maxOf(String name, String op) throws InterruptedException {
    return maxOf(name, op, warmup);
  }

  private LoadTables.Max maxOf(String name, String op, Duration warm) throws InterruptedException {
    LoadRun.Result r = LoadRun.run(name, threads, warm, measure, op(op));
    return new LoadTables.Max(r, load());
  }

  private String closedLoop(int listSize) throws InterruptedException {
    List<LoadTables.Max> maxima = new ArrayList<>();
    maxima.add(maxOf(NOOP, "health"));
    maxima.add(maxOf(SHOW, "show"));
    work.fillTo(100, threads);
    double[] small = work.timeListPage();
    maxima.add(maxOf(CREATE, "create"));
    work.fillTo(listSize, threads);
    double[] large = work.timeListPage();
    return header()
        + "\n\n"
        + LoadTables.maxima(maxima)
        + String.format(
            Locale.ROOT,
            "%nlist-endpoint page of 10: %.2f ms (p50) with 100 endpoints, %.2f ms with %d:"
                + " ratio %.2f%n",
            small[0],
            large[0],
            work.endpointsCreated(),
            large[0] / small[0]);
  }

  private String header() {
    return String.format(
        Locale.ROOT,
        "ctyun-local load: %s; %d cores; closed loop %d threads, open loop %s arrivals over %d"
            + " connections; %d s per run (+%d s warm-up)",
        where,
        Runtime.getRuntime().availableProcessors(),
        threads,
        arrivals.name().toLowerCase(Locale.ROOT),
        connections,
        measure.getSeconds(),
        warmup.getSeconds());
  }

  /** The system's one-minute load average, NaN where the OS does not tell. */
  static double load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? Double.NaN : l;
  }
}
