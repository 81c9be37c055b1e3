package io.github.ctyunjava.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.testing.TestEopServer;
import io.github.ctyunjava.core.testing.TestEopServer.Answer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsInterceptorTest {
  private TestEopServer server;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void start() throws Exception {
    server = TestEopServer.withSampleKeys();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CtyunClient client(String endpoint) {
    return server
        .clientBuilder()
        .endpointOverride(endpoint)
        .sleeper(d -> {})
        .addInterceptor(MetricsInterceptor.create(registry))
        .build();
  }

  private static CtyunRequest.Builder get(String path) {
    return CtyunRequest.builder().product("ctvpc").method("GET").path(path);
  }

  private Timer calls(String operation, String outcome, String errorCode) {
    return registry
        .find("ctyun.client.calls")
        .tags(
            "product", "ctvpc", "operation", operation, "outcome", outcome, "error_code", errorCode)
        .timer();
  }

  private Counter retries(String operation) {
    return registry
        .find("ctyun.client.retries")
        .tags("product", "ctvpc", "operation", operation)
        .counter();
  }

  @Test
  void successTimesTheCallAndCountsItsRetries() {
    server.enqueue(Answer.of(503, "{}"));
    try (CtyunClient c = client(server.endpoint())) {
      c.call(get("/v4/vpc/list").operationName("listVpcs").build());
      c.call(get("/v4/vpc/list").operationName("listVpcs").build());
    }
    Timer t = calls("listVpcs", "success", "none");
    assertThat(t).isNotNull();
    assertThat(t.count()).isEqualTo(2);
    assertThat(t.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(retries("listVpcs").count()).isEqualTo(1.0);
    assertThat(registry.find("ctyun.client.calls").timers()).hasSize(1);
  }

  @Test
  void serviceErrorIsTaggedWithItsCode() {
    server.enqueue(Answer.failure("Openapi.Vpc.NotFound", "vpc not found", "VPC不存在"));
    try (CtyunClient c = client(server.endpoint())) {
      assertThatThrownBy(() -> c.call(get("/v4/vpc/show").operationName("showVpc").build()))
          .isInstanceOf(CtyunServiceException.class);
    }
    assertThat(calls("showVpc", "service_error", "Openapi.Vpc.NotFound").count()).isEqualTo(1);
    assertThat(retries("showVpc")).isNull(); // not retried: no counter at all
  }

  @Test
  void connectionFailureIsAClientErrorAfterRetries() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (CtyunClient c = client("http://127.0.0.1:" + port)) {
      assertThatThrownBy(() -> c.call(get("/v4/vpc/list").build()))
          .isInstanceOf(CtyunClientException.class);
    }
    // a hand-built request has no operation id: it is named by method and path
    assertThat(calls("GET /v4/vpc/list", "client_error", "none").count()).isEqualTo(1);
    assertThat(retries("GET /v4/vpc/list").count()).isEqualTo(2.0);
  }
}
