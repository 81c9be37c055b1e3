package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.core.ExecutionInterceptor;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the HTTP exchanges of a client: every signed request that got an answer. */
final class CallCounter implements ExecutionInterceptor {
  private final AtomicInteger answered = new AtomicInteger();

  @Override
  public void afterTransmission(HttpRequest request, HttpResponse response) {
    answered.incrementAndGet();
  }

  /** Requests answered so far. */
  int calls() {
    return answered.get();
  }
}
