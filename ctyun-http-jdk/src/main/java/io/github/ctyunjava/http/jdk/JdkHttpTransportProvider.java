package io.github.ctyunjava.http.jdk;

import io.github.ctyunjava.core.http.AsyncHttpTransport;
import io.github.ctyunjava.core.http.AsyncHttpTransportProvider;
import io.github.ctyunjava.core.http.HttpTransportOptions;

/** Makes {@link JdkHttpTransport}s for clients that discover it on the class path. */
public final class JdkHttpTransportProvider implements AsyncHttpTransportProvider {
  /** Called by {@link java.util.ServiceLoader}. */
  public JdkHttpTransportProvider() {}

  @Override
  public AsyncHttpTransport create(HttpTransportOptions options) {
    return JdkHttpTransport.create(options);
  }
}
