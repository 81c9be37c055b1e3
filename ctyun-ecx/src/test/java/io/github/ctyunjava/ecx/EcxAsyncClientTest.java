package io.github.ctyunjava.ecx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The async client closes only what it created: its own pool, never the caller's client. */
@CtyunLocalTest
class EcxAsyncClientTest {
  @Test
  void closeShutsDownTheOwnPoolAndLeavesTheCallersClientOpen(CtyunClient core) {
    AtomicInteger closed = new AtomicInteger();
    EcxClient real = EcxClient.builder().client(core).build();
    EcxClient counting =
        (EcxClient)
            Proxy.newProxyInstance(
                EcxClient.class.getClassLoader(),
                new Class<?>[] {EcxClient.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    closed.incrementAndGet();
                    return null;
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    EcxAsyncClient.create(counting, pool).close();
    assertThat(pool.isShutdown()).isFalse();
    pool.shutdownNow();

    EcxAsyncClient owned = EcxAsyncClient.create(counting, 1);
    owned.close();
    assertThat(closed).hasValue(0);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> owned.describeRegionClusters(null)))
        .isInstanceOf(RejectedExecutionException.class);
  }
}
