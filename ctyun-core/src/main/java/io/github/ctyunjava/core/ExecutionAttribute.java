package io.github.ctyunjava.core;

import java.util.Objects;

/**
 * A typed key of {@link ExecutionAttributes}: what an interceptor stores for one call, e.g. the
 * start of a tracing span. Keys compare by identity, so keep each in a constant.
 *
 * <pre>{@code
 * static final ExecutionAttribute<Span> SPAN = ExecutionAttribute.of("my-tracer.span", Span.class);
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class ExecutionAttribute<T> {
  private final String name;
  private final Class<T> type;

  private ExecutionAttribute(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A new key; {@code name} only shows in {@link #toString()}. */
  public static <T> ExecutionAttribute<T> of(String name, Class<T> type) {
    return new ExecutionAttribute<>(name, type);
  }

  /** The name given to {@link #of}. */
  public String name() {
    return name;
  }

  T cast(Object value) {
    return type.cast(value);
  }

  @Override
  public String toString() {
    return "ExecutionAttribute{" + name + ": " + type.getSimpleName() + "}";
  }
}
