package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.core.http.HttpTransport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A client closes only what it created: a transport handed to its builder stays open. */
class ClientOwnershipTest {
  @Test
  void closeLeavesASuppliedTransportOpen() {
    CountingTransport transport = new CountingTransport();
    CtyunClient client =
        CtyunClient.builder()
            .credentialsProvider(StaticCredentialsProvider.create("ak", "sk"))
            .endpointOverride("http://127.0.0.1:1")
            .transport(transport)
            .build();
    client.close();
    client.close();
    assertThat(transport.closed.get()).isZero();
  }

  /** A transport that counts close() calls and is never asked to send. */
  private static final class CountingTransport implements HttpTransport {
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public HttpResponse execute(HttpRequest request) {
      throw new AssertionError("not sent in this test");
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }
}
