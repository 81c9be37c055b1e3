package io.github.ctyunjava.http.jdk;

import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.vpce.VpceAsyncClient;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Not a test: the figures of docs/http-transports.md. Starts an in-process emulator and makes
 * rounds of 1,000 concurrent {@code listVpcs} calls, once through the JDK transport and once
 * through blocking calls on a thread pool, printing calls/s and the peak client-side threads. Run
 * with {@code mvn -pl ctyun-http-jdk test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.ctyunjava.http.jdk.AsyncTransportMeasurement}.
 */
public final class AsyncTransportMeasurement {
  private static final int CALLS = 1_000;
  private static final int ROUNDS = 3;

  private AsyncTransportMeasurement() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("ctyun-measure");
    try (CtyunLocal local =
        CtyunLocal.builder()
            .host("127.0.0.1")
            .port(0)
            .dataDir(dir)
            .account("measureak0123456789", "measuresk0123456789abcdefghijklmnop")
            .options(o -> o.writeProfile(false))
            .build()
            .start()) {
      Map<String, String> env = new HashMap<>();
      env.put("HOME", dir.resolve("home").toString());
      env.put("CTYUN_AK", local.credentials().accessKey());
      env.put("CTYUN_SK", local.credentials().secretKey());
      CtyunConfiguration config =
          CtyunConfiguration.loader()
              .environment(env)
              .set(Setting.ENDPOINT_URL, local.endpoint().toString())
              .load();
      run("JDK transport (sendAsync)", config, c -> VpceAsyncClient.create(c), true);
      run("blocking pool, 1000 threads", config, c -> VpceAsyncClient.create(c, CALLS), false);
      run("blocking pool, 64 threads", config, c -> VpceAsyncClient.create(c, 64), false);
    }
  }

  private static void run(
      String name,
      CtyunConfiguration config,
      Function<VpceClient, VpceAsyncClient> async,
      boolean nonBlocking)
      throws Exception {
    VpceClient sync =
        VpceClient.builder()
            .core(b -> b.configuration(config).discoverAsyncTransport(nonBlocking))
            .build();
    try (VpceAsyncClient client = async.apply(sync)) {
      ListVpcsRequest request =
          ListVpcsRequest.builder().regionId(CtyunLocalExtension.SAMPLE_REGION).build();
      round(client, request); // warm-up
      for (int r = 1; r <= ROUNDS; r++) {
        int before = ThreadSampler.clientSideThreads();
        long start = System.nanoTime();
        int peak;
        try (ThreadSampler sampler = new ThreadSampler()) {
          round(client, request);
          peak = sampler.peakClientSide();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "%-28s round %d: %,6.0f calls/s, %.2f s, client-side threads %d before, peak %d%n",
            name, r, CALLS / seconds, seconds, before, peak);
      }
    }
  }

  private static void round(VpceAsyncClient client, ListVpcsRequest request) throws Exception {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[CALLS];
    for (int i = 0; i < CALLS; i++) {
      calls[i] = client.listVpcs(request);
    }
    CompletableFuture.allOf(calls).get(300, TimeUnit.SECONDS);
  }
}
