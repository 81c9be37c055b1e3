package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VPCE builder hands the call and attempt time limits to its core client. */
class VpceClientBuilderTest {
  private final List<HttpRequest> sent = new ArrayList<>();

  private VpceClientBuilder builder() {
    return VpceClient.builder()
        .credentialsProvider(StaticCredentialsProvider.create("ak-test", "sk-test"))
        .endpointOverride("http://127.0.0.1:9")
        .core(
            b ->
                b.transport(
                    request -> {
                      sent.add(request);
                      return new HttpResponse(
                          200,
                          Collections.<String, List<String>>emptyMap(),
                          "{\"statusCode\":800,\"returnObj\":{}}".getBytes(StandardCharsets.UTF_8));
                    }));
  }

  @Test
  void attemptTimeoutBoundsEachExchange() {
    try (VpceClient c = builder().apiCallAttemptTimeout(Duration.ofSeconds(7)).build()) {
      c.listVpcs(ListVpcsRequest.builder().regionId("81f7728662dd11ec810800155d307d5b").build());
    }
    assertThat(sent.get(0).timeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void callTimeoutBoundsTheExchangeWhenNoAttemptTimeoutIsSet() {
    try (VpceClient c = builder().apiCallTimeout(Duration.ofSeconds(3)).build()) {
      c.listVpcs(ListVpcsRequest.builder().regionId("81f7728662dd11ec810800155d307d5b").build());
    }
    assertThat(sent.get(0).timeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
  }
}
