package io.github.ctyunjava.ecx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ECX builder hands the call and attempt time limits to its core client. */
class EcxClientBuilderTest {
  private final List<HttpRequest> sent = new ArrayList<>();

  private EcxClientBuilder builder() {
    return EcxClient.builder()
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
    try (EcxClient c = builder().apiCallAttemptTimeout(Duration.ofSeconds(7)).build()) {
      c.describeRegionClusters(DescribeRegionClustersRequest.builder().build());
    }
    assertThat(sent.get(0).timeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void callTimeoutBoundsTheExchangeWhenNoAttemptTimeoutIsSet() {
    try (EcxClient c = builder().apiCallTimeout(Duration.ofSeconds(3)).build()) {
      c.describeRegionClusters(DescribeRegionClustersRequest.builder().build());
    }
    assertThat(sent.get(0).timeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
  }
}
