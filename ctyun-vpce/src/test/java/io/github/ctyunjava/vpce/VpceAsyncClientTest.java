package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.testing.CloseCounter;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.ShowVpcRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@CtyunLocalTest
class VpceAsyncClientTest {
  @Test
  void callsCompleteWithTheTypedResponse(CtyunClient core) throws Exception {
    try (VpceAsyncClient async =
        VpceAsyncClient.create(VpceClient.builder().client(core).build(), 4)) {
      List<CompletableFuture<String>> created = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        created.add(
            async
                .createVpc(
                    CreateVpcRequest.builder()
                        .regionId(REGION)
                        .name("async-" + i)
                        .cidr("10." + (10 + i) + ".0.0/16")
                        .build())
                .thenApply(r -> r.vpcId()));
      }
      CompletableFuture.allOf(created.toArray(new CompletableFuture<?>[0]))
          .get(30, TimeUnit.SECONDS);
      for (CompletableFuture<String> id : created) {
        assertThat(id.get()).startsWith("vpc-");
      }
      int listed =
          async
              .listVpcs(ListVpcsRequest.builder().regionId(REGION).pageSize(50).build())
              .get(30, TimeUnit.SECONDS)
              .vpcs()
              .size();
      assertThat(listed).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void serviceErrorsCompleteTheFutureExceptionally(CtyunClient core) {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (VpceAsyncClient async =
        VpceAsyncClient.create(VpceClient.builder().client(core).build(), pool)) {
      CompletableFuture<?> missing =
          async.showVpc(ShowVpcRequest.builder().regionId(REGION).vpcId("vpc-zzzzzzzzzz").build());
      assertThatThrownBy(() -> missing.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(CtyunServiceException.class);
    } finally {
      assertThat(pool.isShutdown()).isFalse(); // a caller's executor is left to the caller
      pool.shutdownNow();
    }
  }

  @Test
  void closeShutsDownTheOwnedPool(CtyunClient core) {
    VpceAsyncClient async = VpceAsyncClient.create(VpceClient.builder().client(core).build(), 1);
    async.close();
    assertThatThrownBy(() -> async.listVpcs(ListVpcsRequest.builder().regionId(REGION).build()))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    assertThatThrownBy(() -> VpceAsyncClient.create(VpceClient.builder().client(core).build(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closeLeavesTheCallersClientOpen(CtyunClient core) {
    CloseCounter closes = new CloseCounter();
    VpceClient counting = closes.wrap(VpceClient.class, VpceClient.builder().client(core).build());
    VpceAsyncClient.create(counting, 1).close();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    VpceAsyncClient.create(counting, pool).close();
    pool.shutdownNow();
    assertThat(closes.closes()).isZero();
    // the caller's client still works after the async clients are closed
    assertThat(counting.listVpcs(ListVpcsRequest.builder().regionId(REGION).build())).isNotNull();
  }
}
