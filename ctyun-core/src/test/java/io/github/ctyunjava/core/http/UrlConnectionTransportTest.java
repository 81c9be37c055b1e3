package io.github.ctyunjava.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.testing.FaultServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UrlConnectionTransportTest {
  private final FaultServer server;
  private final UrlConnectionTransport transport =
      UrlConnectionTransport.create(Duration.ofSeconds(5), Duration.ofSeconds(5));

  UrlConnectionTransportTest() throws Exception {
    server = new FaultServer();
  }

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private HttpResponse get() throws Exception {
    return transport.execute(
        new HttpRequest(
            "GET",
            server.endpoint() + "/v4/x",
            Collections.<java.util.Map.Entry<String, String>>emptyList(),
            new byte[0]));
  }

  @Test
  void headersKeepTheirOrderAndGroupNamesInAnyCase() throws Exception {
    server.fallback(
        FaultServer.answer(
            200,
            "{}",
            "X-Trace: first",
            "Date: Tue, 01 Dec 2026 01:00:00 GMT",
            "x-trace: second",
            "Empty:"));
    HttpResponse r = get();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().get("X-TRACE")).isEqualTo(Arrays.asList("first", "second"));
    assertThat(r.header("x-trace")).isEqualTo("first");
    assertThat(r.header("date")).isEqualTo("Tue, 01 Dec 2026 01:00:00 GMT");
    assertThat(r.header("Content-Length")).isEqualTo("2");
    assertThat(r.header("Empty")).isEmpty();
    assertThat(r.headers()).doesNotContainKey(null);
    assertThat(r.bodyText()).isEqualTo("{}");
  }

  @Test
  void anErrorAnswerHasItsHeadersAndBodyToo() throws Exception {
    server.fallback(FaultServer.answer(503, "{\"statusCode\":900}", "Retry-After: 7"));
    HttpResponse r = get();
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("retry-after")).isEqualTo("7");
    assertThat(r.bodyText()).isEqualTo("{\"statusCode\":900}");
  }
}
