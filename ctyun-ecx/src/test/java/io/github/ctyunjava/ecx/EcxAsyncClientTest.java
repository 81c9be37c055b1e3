package io.github.ctyunjava.ecx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.testing.CloseCounter;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** The async client closes only what it created: its own pool, never the caller's client. */
@CtyunLocalTest
class EcxAsyncClientTest {
  @Test
  void closeShutsDownTheOwnPoolAndLeavesTheCallersClientOpen(CtyunClient core) {
    CloseCounter closes = new CloseCounter();
    EcxClient counting = closes.wrap(EcxClient.class, EcxClient.builder().client(core).build());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    EcxAsyncClient.create(counting, pool).close();
    assertThat(pool.isShutdown()).isFalse();
    pool.shutdownNow();

    EcxAsyncClient owned = EcxAsyncClient.create(counting, 1);
    owned.close();
    assertThat(closes.closes()).isZero();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> owned.describeRegionClusters(null)))
        .isInstanceOf(RejectedExecutionException.class);
  }
}
