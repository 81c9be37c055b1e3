package io.github.ctyunjava.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a client interface so that close() is counted, not done; every other call is passed on. */
public final class CloseCounter {
  private final AtomicInteger closes = new AtomicInteger();

  /** How many times close() was called on a wrapped client. */
  public int closes() {
    return closes.get();
  }

  /** {@code delegate} behind {@code type}, with close() counted instead of passed on. */
  public <T> T wrap(Class<T> type, T delegate) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                closes.incrementAndGet();
                return null;
              }
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
