package io.github.ctyunjava.vpce;

import io.github.ctyunjava.core.Sleeper;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointResponse;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointOrder;
import io.github.ctyunjava.vpce.model.EndpointService;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.OrderStatus;
import io.github.ctyunjava.vpce.model.ShowEndpointRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.ShowVpcRequest;
import io.github.ctyunjava.vpce.model.Vpc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Polls until a VPCE resource reaches a state. Immutable; the {@code with*} methods return changed
 * copies. Defaults follow terraform's endpoint polling: every 10 s for up to 30 min. Endpoint
 * create and delete are billed orders: the order waiters re-send the call with the same clientToken
 * until the order completes (what terraform does).
 */
public final class VpceWaiter {
  private static final String ENDPOINT_NOT_FOUND = "Openapi.VpceEndpoint.NotFound";
  private static final String SERVICE_NOT_FOUND = "Openapi.EndpointService.NotFound";
  private static final String VPC_NOT_FOUND = "Openapi.Vpc.NotFound";

  private final VpceClient client;
  private final Duration timeout;
  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;

  /** A waiter with the default timeout (30 min) and interval (10 s). */
  public VpceWaiter(VpceClient client) {
    this(client, Duration.ofMinutes(30), Duration.ofSeconds(10), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  private VpceWaiter(
      VpceClient client, Duration timeout, Duration interval, Clock clock, Sleeper sleeper) {
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** A copy that gives up after {@code timeout}. */
  public VpceWaiter withTimeout(Duration timeout) {
    return new VpceWaiter(client, timeout, interval, clock, sleeper);
  }

  /** A copy that polls every {@code interval}. */
  public VpceWaiter withInterval(Duration interval) {
    return new VpceWaiter(client, timeout, interval, clock, sleeper);
  }

  /** A copy with another clock and sleeper (for tests). */
  public VpceWaiter withClock(Clock clock, Sleeper sleeper) {
    return new VpceWaiter(client, timeout, interval, clock, sleeper);
  }

  /**
   * Places (or re-polls) an endpoint order until {@code endpointID} is present. Fills a missing
   * clientToken once and re-sends the same request, so the order is placed only once.
   */
  public CreateEndpointResponse untilEndpointOrderDone(CreateEndpointRequest request) {
    final CreateEndpointRequest req =
        request.clientToken() != null
            ? request
            : request.toBuilder().clientToken(UUID.randomUUID().toString()).build();
    return poll(
        "endpoint order " + req.clientToken(),
        () -> {
          CreateEndpointResponse r = client.createEndpoint(req);
          EndpointOrder o = r.returnObj();
          if (o != null && OrderStatus.FAILED.equals(o.masterResourceStatus())) {
            throw new CtyunClientException("endpoint order failed: " + o);
          }
          return o != null && o.endpointId() != null && !o.endpointId().isEmpty() ? r : null;
        });
  }

  /** Polls {@code showEndpoint} until the endpoint is connected (status 1). */
  public Endpoint untilEndpointConnected(String regionId, String endpointId) {
    ShowEndpointRequest req =
        ShowEndpointRequest.builder().regionId(regionId).endpointId(endpointId).build();
    return poll(
        "endpoint " + endpointId + " connected",
        () -> {
          Endpoint e = client.showEndpoint(req).endpoint();
          return e != null && EndpointStatus.CONNECTED.equals(e.status()) ? e : null;
        });
  }

  /**
   * Re-sends an endpoint delete with the same clientToken until its refund order reports {@code
   * refunded}.
   */
  public DeleteEndpointResponse untilEndpointDeleteDone(DeleteEndpointRequest request) {
    final DeleteEndpointRequest req =
        request.clientToken() != null
            ? request
            : request.toBuilder().clientToken(UUID.randomUUID().toString()).build();
    return poll(
        "endpoint delete " + req.endpointId(),
        () -> {
          DeleteEndpointResponse r = client.deleteEndpoint(req);
          EndpointOrder o = r.returnObj();
          return o != null && OrderStatus.REFUNDED.equals(o.masterResourceStatus()) ? r : null;
        });
  }

  /** Polls {@code showEndpoint} until it answers {@code Openapi.VpceEndpoint.NotFound}. */
  public void untilEndpointDeleted(String regionId, String endpointId) {
    ShowEndpointRequest req =
        ShowEndpointRequest.builder().regionId(regionId).endpointId(endpointId).build();
    untilGone("endpoint " + endpointId, ENDPOINT_NOT_FOUND, () -> client.showEndpoint(req));
  }

  /** Polls {@code showEndpointService} until it answers (the service exists). */
  public EndpointService untilEndpointServiceAvailable(String regionId, String serviceId) {
    ShowEndpointServiceRequest req =
        ShowEndpointServiceRequest.builder()
            .regionId(regionId)
            .endpointServiceId(serviceId)
            .build();
    return poll(
        "endpoint service " + serviceId,
        () -> notFoundAsNull(SERVICE_NOT_FOUND, () -> client.showEndpointService(req).returnObj()));
  }

  /**
   * Polls {@code showEndpointService} until it answers {@code Openapi.EndpointService.NotFound}.
   */
  public void untilEndpointServiceDeleted(String regionId, String serviceId) {
    ShowEndpointServiceRequest req =
        ShowEndpointServiceRequest.builder()
            .regionId(regionId)
            .endpointServiceId(serviceId)
            .build();
    untilGone(
        "endpoint service " + serviceId, SERVICE_NOT_FOUND, () -> client.showEndpointService(req));
  }

  /** Polls {@code showVpc} until it answers (the VPC exists). */
  public Vpc untilVpcAvailable(String regionId, String vpcId) {
    ShowVpcRequest req = ShowVpcRequest.builder().regionId(regionId).vpcId(vpcId).build();
    return poll(
        "vpc " + vpcId, () -> notFoundAsNull(VPC_NOT_FOUND, () -> client.showVpc(req).returnObj()));
  }

  /** Polls {@code showVpc} until it answers {@code Openapi.Vpc.NotFound}. */
  public void untilVpcDeleted(String regionId, String vpcId) {
    ShowVpcRequest req = ShowVpcRequest.builder().regionId(regionId).vpcId(vpcId).build();
    untilGone("vpc " + vpcId, VPC_NOT_FOUND, () -> client.showVpc(req));
  }

  private void untilGone(String what, String notFoundCode, Supplier<?> show) {
    poll(
        what + " deleted",
        () -> {
          try {
            show.get();
            return null;
          } catch (CtyunServiceException e) {
            if (notFoundCode.equals(e.errorCode())) {
              return Boolean.TRUE;
            }
            throw e;
          }
        });
  }

  private static <T> T notFoundAsNull(String notFoundCode, Supplier<T> call) {
    try {
      return call.get();
    } catch (CtyunServiceException e) {
      if (notFoundCode.equals(e.errorCode())) {
        return null;
      }
      throw e;
    }
  }

  /** Calls {@code attempt} until it returns non-null, sleeping {@code interval} in between. */
  private <T> T poll(String what, Supplier<T> attempt) {
    Instant deadline = clock.instant().plus(timeout);
    int attempts = 0;
    while (true) {
      attempts++;
      T result = attempt.get();
      if (result != null) {
        return result;
      }
      if (!clock.instant().plus(interval).isBefore(deadline)) {
        throw new WaiterTimeoutException(
            "gave up waiting for " + what + " after " + attempts + " attempts (" + timeout + ")");
      }
      try {
        sleeper.sleep(interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CtyunClientException("interrupted while waiting for " + what, e);
      }
    }
  }
}
