package io.github.ctyunjava.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.local.CtyunLocal;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for ctyun-local, run in one process against an embedded emulator on loopback: a no-op
 * HTTP endpoint of the same server (the baseline), signed {@code show-endpoint} reads, durable
 * {@code create-endpoint} writes on SQLite, and one page of {@code list-endpoint} with 100 and with
 * N endpoints. Prints a Markdown report.
 *
 * <pre>
 * java -cp ctyun-bench/target/benchmarks.jar io.github.ctyunjava.bench.EmulatorLoadBenchmark \
 *     [--threads 32] [--seconds 10] [--warmup 3] [--list-size 100000]
 * </pre>
 */
public final class EmulatorLoadBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  private final int threads;
  private final Duration measure;
  private final Duration warmup;
  private final int listSize;
  private final CtyunClient client;
  private final String endpoint;
  private String vpcId;
  private final List<String> subnets = new ArrayList<>();
  private String serviceId;
  private final AtomicInteger endpointsCreated = new AtomicInteger();

  private EmulatorLoadBenchmark(
      int threads, Duration measure, Duration warmup, int listSize, CtyunLocal local) {
    this.threads = threads;
    this.measure = measure;
    this.warmup = warmup;
    this.listSize = listSize;
    this.endpoint = local.endpoint().toString();
    this.client =
        CtyunClient.builder()
            .credentialsProvider(StaticCredentialsProvider.create(local.credentials()))
            .endpointOverride(endpoint)
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  /** Entry point; see the class comment for flags. */
  public static void main(String[] args) throws Exception {
    // HttpURLConnection keeps at most 5 idle connections per host by default: allow one per thread.
    System.setProperty("http.maxConnections", "256");
    int threads = intFlag(args, "--threads", 32);
    int seconds = intFlag(args, "--seconds", 10);
    int warmup = intFlag(args, "--warmup", 3);
    int listSize = intFlag(args, "--list-size", 100_000);
    Path dir = Files.createTempDirectory("ctyun-local-load");
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
            .start()) {
      System.out.println(
          new EmulatorLoadBenchmark(
                  threads, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), listSize, local)
              .run());
    }
  }

  static int intFlag(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  String run() throws Exception {
    setUp();
    List<LoadRun.Result> results = new ArrayList<>();
    results.add(
        LoadRun.run(
            "GET /_ctyun/health (no-op baseline)", threads, warmup, measure, (t, i) -> noop()));
    String showId = createEndpoint(0);
    results.add(
        LoadRun.run(
            "show-endpoint (signed GET)",
            threads,
            warmup,
            measure,
            (t, i) -> call("GET", "/v4/vpce/show-endpoint", null, "endpointID", showId)));
    fillTo(100);
    double[] small = timeListPage();
    results.add(
        LoadRun.run(
            "create-endpoint (signed POST, durable)",
            threads,
            Duration.ZERO,
            measure,
            (t, i) -> createEndpoint(t)));
    fillTo(listSize);
    double[] large = timeListPage();

    LoadRun.Result baseline = results.get(0);
    StringBuilder out = new StringBuilder();
    out.append("ctyun-local load, embedded SQLite store, driver in the same JVM, ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(threads)
        .append(" threads, ")
        .append(measure.getSeconds())
        .append(" s per run\n\n")
        .append(LoadRun.Result.header())
        .append('\n');
    for (LoadRun.Result r : results) {
      out.append(r.row()).append('\n');
    }
    out.append(
        String.format(
            "%nshow-endpoint throughput / no-op baseline: %.2f%n",
            results.get(1).perSecond() / baseline.perSecond()));
    out.append(
        String.format(
            "list-endpoint page of 10: %.2f ms (p50) with 100 endpoints, %.2f ms with %d: ratio %.2f%n",
            small[0], large[0], endpointsCreated.get(), large[0] / small[0]));
    return out.toString();
  }

  private void setUp() {
    vpcId =
        post("/v4/vpc/create", body("name", "load-vpc", "CIDR", "10.0.0.0/8"))
            .path("vpcID")
            .asText();
    for (int i = 0; i < 2; i++) {
      subnets.add(
          post(
                  "/v4/vpc/create-subnet",
                  body("vpcID", vpcId, "name", "load-" + i, "CIDR", "10." + i + ".0.0/16"))
              .path("subnetID")
              .asText());
    }
    ObjectNode svc =
        body(
            "vpcID",
            vpcId,
            "name",
            "load-svc",
            "type",
            "interface",
            "instanceType",
            "vm",
            "instanceID",
            UUID.randomUUID().toString(),
            "subnetID",
            subnets.get(0));
    svc.put("autoConnection", true);
    JsonNode created = post("/v4/vpce/create-endpoint-service", svc);
    serviceId =
        created
            .path("endpointService")
            .path("endpointServiceID")
            .asText(created.path("endpointServiceID").asText());
  }

  private String createEndpoint(int thread) {
    int n = endpointsCreated.incrementAndGet();
    ObjectNode b =
        body(
            "cycleType",
            "on_demand",
            "endpointServiceID",
            serviceId,
            "endpointName",
            "load-" + n,
            "subnetID",
            subnets.get(n / 60_000),
            "vpcID",
            vpcId);
    b.put("whitelistFlag", 0);
    return post("/v4/vpce/create-endpoint", b).path("endpointID").asText();
  }

  private void fillTo(int count) throws InterruptedException {
    while (endpointsCreated.get() < count) {
      int missing = count - endpointsCreated.get();
      int per = Math.max(1, missing / threads);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < Math.min(threads, missing); t++) {
        Thread w =
            new Thread(
                () -> {
                  for (int i = 0; i < per && endpointsCreated.get() < count; i++) {
                    createEndpoint(0);
                  }
                });
        w.start();
        workers.add(w);
      }
      for (Thread w : workers) {
        w.join();
      }
    }
  }

  /** p50 and p99 in ms of 200 sequential first-page listings. */
  private double[] timeListPage() {
    long[] nanos = new long[200];
    for (int i = 0; i < 20; i++) {
      call("GET", "/v4/vpce/list-endpoint", null, "pageNo", "1", "pageSize", "10");
    }
    for (int i = 0; i < nanos.length; i++) {
      long t0 = System.nanoTime();
      call("GET", "/v4/vpce/list-endpoint", null, "pageNo", "1", "pageSize", "10");
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return new double[] {nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6};
  }

  private void noop() throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(endpoint + "/_ctyun/health").openConnection();
    try (InputStream in = c.getInputStream()) {
      while (in.read() >= 0) {
        // drain so the connection goes back to the keep-alive pool
      }
    }
    if (c.getResponseCode() != 200) {
      throw new IllegalStateException("health answered " + c.getResponseCode());
    }
  }

  private static ObjectNode body(String... kv) {
    ObjectNode b = JSON.createObjectNode();
    b.put("clientToken", UUID.randomUUID().toString());
    b.put("regionID", REGION);
    for (int i = 0; i < kv.length; i += 2) {
      b.put(kv[i], kv[i + 1]);
    }
    return b;
  }

  private JsonNode post(String path, ObjectNode body) {
    return call("POST", path, body.toString());
  }

  private JsonNode call(String method, String path, String json, String... query) {
    CtyunRequest.Builder b = CtyunRequest.builder().product("ctvpc").method(method).path(path);
    if ("GET".equals(method)) {
      b.addQueryParam("regionID", REGION);
    }
    for (int i = 0; i < query.length; i += 2) {
      b.addQueryParam(query[i], query[i + 1]);
    }
    if (json != null) {
      b.jsonBody(json);
    }
    return client.call(b.build()).envelope().returnObj();
  }
}
