package io.github.ctyunjava.cli;

import io.github.ctyunjava.core.ExecutionInterceptor;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Records every HTTP exchange of a client, as sent and as answered. */
public final class Exchanges implements ExecutionInterceptor {
  /** One request and its answer. */
  public record Exchange(HttpRequest request, HttpResponse response) {}

  private final List<Exchange> all = new ArrayList<>();

  @Override
  public synchronized void afterTransmission(HttpRequest request, HttpResponse response) {
    all.add(new Exchange(request, response));
  }

  /** The exchanges so far, in order. */
  public synchronized List<Exchange> all() {
    return List.copyOf(all);
  }
}
