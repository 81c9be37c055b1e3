package io.github.ctyunjava.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.vpce.VpceAsyncClient;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.ListVpcsResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 1,000 typed calls in flight at once on the JDK transport, against the in-process emulator: the
 * client's thread count stays flat (selector, a small completion pool, the retry timer) instead of
 * one blocked thread per call.
 */
class ThousandConcurrentCallsTest {
  static final int CALLS = 1_000;

  @RegisterExtension static final CtyunLocalExtension LOCAL = new CtyunLocalExtension();

  @Test
  void aThousandCallsInFlightDoNotAddAThreadEach() throws Exception {
    try (VpceAsyncClient async =
        VpceAsyncClient.create(
            VpceClient.builder().core(b -> b.configuration(LOCAL.configuration())).build())) {
      assertThat(async.isNonBlocking()).isTrue();
      ListVpcsRequest request =
          ListVpcsRequest.builder().regionId(CtyunLocalExtension.SAMPLE_REGION).build();
      async.listVpcs(request).get(60, TimeUnit.SECONDS); // connects and loads classes once
      int before = ThreadSampler.clientSideThreads();
      List<CompletableFuture<ListVpcsResponse>> calls = new ArrayList<>(CALLS);
      int peak;
      List<String> peakNames;
      try (ThreadSampler sampler = new ThreadSampler()) {
        for (int i = 0; i < CALLS; i++) {
          calls.add(async.listVpcs(request));
        }
        CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0]))
            .get(180, TimeUnit.SECONDS);
        peak = sampler.peakClientSide();
        peakNames = sampler.peakNames();
      }
      for (CompletableFuture<ListVpcsResponse> c : calls) {
        assertThat(c.get().vpcs()).isNotNull();
      }
      System.out.printf(
          "1000 concurrent calls on the JDK transport: client-side threads %d before, peak %d;"
              + " JVM peak incl. emulator %d%n",
          before, peak, ThreadSampler.peakAll());
      assertThat(peak).as("client-side threads at the peak: %s", peakNames).isLessThan(60);
      assertThat(peak - before).as("threads added: %s", peakNames).isLessThan(25);
    }
  }
}
