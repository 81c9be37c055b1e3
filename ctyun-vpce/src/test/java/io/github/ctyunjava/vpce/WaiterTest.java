package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.Sleeper;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Waiters against an emulator whose endpoint orders complete on the third read (terraform's
 * re-send-with-the-same-token polling). Sleeps are recorded by a fake clock, never taken.
 */
class WaiterTest {
  @RegisterExtension
  static final CtyunLocalExtension LOCAL =
      CtyunLocalExtension.withOptions(o -> o.endpointOrderPolicy(StatePolicy.parse("reads:3")));

  static int nets;

  /** A clock that moves only when the sleeper is called. */
  static final class FakeTime extends Clock implements Sleeper {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  VpceClient client;
  Fixture net;
  String svc;
  FakeTime time = new FakeTime();
  VpceWaiter waiter;

  @BeforeEach
  void open() {
    client = VpceClient.builder().client(LOCAL.client()).build();
    nets++;
    net = new Fixture(client, "wt" + nets, "10." + (150 + nets));
    svc = net.createInterfaceService("wsvc" + nets, true);
    waiter = client.waiter().withClock(time, time);
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void endpointOrderIsPolledWithOneTokenUntilTheIdAppears() {
    CreateEndpointRequest request = net.endpoint(svc, "ep-wait").build();
    CreateEndpointResponse done = waiter.untilEndpointOrderDone(request);
    assertThat(done.returnObj().masterResourceStatus()).isEqualTo(OrderStatus.STARTED);
    assertThat(done.returnObj().endpointId()).matches("^endpoint-[a-z0-9]{10}$");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    // the same order: re-sending with another token would have created a second endpoint
    assertThat(
            net.client
                .newListEndpoints(
                    io.github.ctyunjava.vpce.model.NewListEndpointsRequest.builder()
                        .regionId(REGION)
                        .endpointName("ep-wait")
                        .build())
                .totalCount())
        .isEqualTo(1);

    assertThat(
            waiter
                .untilEndpointDeleteDone(
                    DeleteEndpointRequest.builder()
                        .regionId(REGION)
                        .endpointId(done.returnObj().endpointId())
                        .build())
                .returnObj()
                .masterResourceStatus())
        .isEqualTo(OrderStatus.REFUNDED);
    waiter.untilEndpointDeleted(REGION, done.returnObj().endpointId());
  }

  @Test
  void waitersGiveUpAtTheTimeout() {
    VpceWaiter impatient =
        waiter.withTimeout(Duration.ofSeconds(15)).withInterval(Duration.ofSeconds(10));
    assertThatThrownBy(() -> impatient.untilEndpointOrderDone(net.endpoint(svc, "ep-late").build()))
        .isInstanceOf(WaiterTimeoutException.class)
        .hasMessageContaining("after 2 attempts");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void deletionWaitersSeeNotFound() {
    waiter.untilEndpointServiceAvailable(REGION, svc);
    client.deleteEndpointService(
        io.github.ctyunjava.vpce.model.DeleteEndpointServiceRequest.builder()
            .regionId(REGION)
            .id(svc)
            .build());
    waiter.untilEndpointServiceDeleted(REGION, svc);
    assertThatThrownBy(
            () ->
                waiter
                    .withTimeout(Duration.ofSeconds(5))
                    .untilEndpointServiceAvailable(REGION, svc))
        .isInstanceOf(WaiterTimeoutException.class);
    assertThatThrownBy(
            () -> waiter.withTimeout(Duration.ofSeconds(5)).untilVpcDeleted(REGION, net.vpc))
        .isInstanceOf(WaiterTimeoutException.class)
        .hasMessageContaining("vpc " + net.vpc + " deleted");
  }
}
