package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.options.TokenConflict;

/** Registers every emulated operation. */
public final class Services {
  private Services() {}

  /**
   * Registers all handlers.
   *
   * @param endpointOrderPolicy when an endpoint's billing order completes
   * @param tokenConflict what a clientToken reused with other parameters gets
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
