package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.CtyunLocalOptions;

/** Registers every emulated operation. */
public final class Services {
  private Services() {}

  /** Registers all handlers according to the options. */
  public static void registerAll(HandlerRegistry registry, CtyunLocalOptions options) {
    VpcHandlers.register(registry);
    EndpointServiceHandlers.register(registry);
    ServiceAccessHandlers.register(registry);
    ReverseHandlers.register(registry);
    EndpointHandlers.register(registry, options.endpointOrderPolicy(), options.tokenConflict());
    EndpointExtraHandlers.register(registry);
    EcxHandlers.register(registry);
  }
}
