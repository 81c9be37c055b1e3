package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.Product;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps operationIds to their handlers. Filled once at start, then read-only. */
public final class HandlerRegistry {
  private final Map<String, OperationHandler> handlers = new HashMap<>();
  private final Set<String> selfIdempotent = new HashSet<>();

  /** Registers a handler; the generic clientToken layer applies to it. */
  public void register(Product product, String operationId, OperationHandler handler) {
    if (handlers.putIfAbsent(key(product, operationId), handler) != null) {
      throw new IllegalStateException("duplicate handler for " + operationId);
    }
  }

  /** Registers a handler that implements clientToken semantics itself (billed orders). */
  public void registerSelfIdempotent(
      Product product, String operationId, OperationHandler handler) {
    register(product, operationId, handler);
    selfIdempotent.add(key(product, operationId));
  }

  /** The handler of an operation. */
  public Optional<OperationHandler> find(Product product, String operationId) {
    return Optional.ofNullable(handlers.get(key(product, operationId)));
  }

  /** Whether the handler does its own clientToken handling. */
  public boolean isSelfIdempotent(Product product, String operationId) {
    return selfIdempotent.contains(key(product, operationId));
  }

  /** Number of registered handlers. */
  public int size() {
    return handlers.size();
  }

  private static String key(Product p, String id) {
    return p.code() + ":" + id;
  }
}
