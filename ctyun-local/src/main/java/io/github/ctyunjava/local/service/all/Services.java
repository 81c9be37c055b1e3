package io.github.ctyunjava.local.service.all;

import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.service.HandlerRegistry;
import io.github.ctyunjava.local.service.ecx.EcxHandlers;
import io.github.ctyunjava.local.service.endpoint.EndpointExtraHandlers;
import io.github.ctyunjava.local.service.endpoint.EndpointHandlers;
import io.github.ctyunjava.local.service.endpointservice.EndpointServiceHandlers;
import io.github.ctyunjava.local.service.endpointservice.ServiceAccessHandlers;
import io.github.ctyunjava.local.service.reverse.ReverseHandlers;
import io.github.ctyunjava.local.service.vpc.VpcHandlers;

/**
 * Registers every emulated operation: the one place that knows all resource families (it sits above
 * them, so the shared {@code local.service} package never depends on a family).
 */
public final class Services {
  private Services() {}

  /**
   * Registers all handlers.
   *
   * @param endpointOrderPolicy when endpoint create and delete orders complete
   * @param tokenConflict what a reused clientToken with other parameters gets
   */
  public static void registerAll(
      HandlerRegistry registry, StatePolicy endpointOrderPolicy, TokenConflict tokenConflict) {
    VpcHandlers.register(registry);
    EndpointServiceHandlers.register(registry);
    ServiceAccessHandlers.register(registry);
    ReverseHandlers.register(registry);
    EndpointHandlers.register(registry, endpointOrderPolicy, tokenConflict);
    EndpointExtraHandlers.register(registry);
    EcxHandlers.register(registry);
  }
}
