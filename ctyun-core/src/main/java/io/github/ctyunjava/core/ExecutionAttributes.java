package io.github.ctyunjava.core;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values interceptors keep for one call: written in {@link
 * ExecutionInterceptor#beforeExecution} or {@link ExecutionInterceptor#beforeAttempt}, read in
 * {@link ExecutionInterceptor#afterExecution} or {@link ExecutionInterceptor#onExecutionFailure}.
 * Each call starts with an empty set. Thread-safe.
 */
public final class ExecutionAttributes {
  private final Map<ExecutionAttribute<?>, Object> values = new ConcurrentHashMap<>();

  ExecutionAttributes() {}

  /** The value stored under {@code key}, or null. */
  public <T> T get(ExecutionAttribute<T> key) {
    return key.cast(values.get(Objects.requireNonNull(key, "key")));
  }

  /** Stores {@code value} under {@code key}, replacing what was there; null removes it. */
  public <T> ExecutionAttributes put(ExecutionAttribute<T> key, T value) {
    Objects.requireNonNull(key, "key");
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, key.cast(value));
    }
    return this;
  }

  /** Whether a value is stored under {@code key}. */
  public boolean contains(ExecutionAttribute<?> key) {
    return values.containsKey(Objects.requireNonNull(key, "key"));
  }

  @Override
  public String toString() {
    return "ExecutionAttributes" + values.keySet();
  }
}
