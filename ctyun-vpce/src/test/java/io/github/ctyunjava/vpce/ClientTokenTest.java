package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.ExecutionInterceptor;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.ListSubnetsRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * clientToken: generated when the caller gives none, sent unchanged on every retry attempt, and
 * left alone when the caller sets one. The emulator throttles every call, so each call is retried.
 */
class ClientTokenTest {
  @RegisterExtension
  static final CtyunLocalExtension LOCAL =
      CtyunLocalExtension.withOptions(o -> o.failRate(1.0).failWith(FaultKind.THROTTLE));

  final List<HttpRequest> sent = new ArrayList<>();
  final AtomicInteger tokens = new AtomicInteger();
  CtyunClient core;
  VpceClient client;

  @BeforeEach
  void open() {
    core =
        CtyunClient.builder()
            .credentialsProvider(StaticCredentialsProvider.create(LOCAL.credentials()))
            .endpointOverride(LOCAL.endpoint().toString())
            .sleeper(d -> {})
            .addInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeTransmission(HttpRequest request) {
                    sent.add(request);
                  }
                })
            .build();
    client =
        VpceClient.builder()
            .client(core)
            .clientTokenSupplier(() -> "token-" + tokens.incrementAndGet())
            .build();
  }

  @AfterEach
  void close() {
    client.close();
    core.close();
  }

  CreateEndpointServiceRequest.Builder service() {
    return CreateEndpointServiceRequest.builder()
        .regionId(REGION)
        .vpcId("vpc-srsiebllhc")
        .name("svc")
        .autoConnection(true);
  }

  @Test
  void generatedTokenIsReusedOnEveryAttempt() throws IOException {
    assertThatThrownBy(() -> client.createEndpointService(service().build()))
        .isInstanceOfSatisfying(
            CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
    assertThat(sent).hasSizeGreaterThan(1);
    for (HttpRequest r : sent) {
      assertThat(body(r).path("clientToken").asText()).isEqualTo("token-1");
    }
    sent.clear();
    assertThatThrownBy(() -> client.createEndpointService(service().build()))
        .isInstanceOf(CtyunServiceException.class);
    assertThat(body(sent.get(0)).path("clientToken").asText()).isEqualTo("token-2");
  }

  @Test
  void callerTokenIsSentUnchanged() throws IOException {
    assertThatThrownBy(
            () -> client.createEndpointService(service().clientToken("mine-123").build()))
        .isInstanceOf(CtyunServiceException.class);
    assertThat(sent).hasSizeGreaterThan(1);
    for (HttpRequest r : sent) {
      assertThat(body(r).path("clientToken").asText()).isEqualTo("mine-123");
    }
    assertThat(tokens.get()).isZero();
  }

  @Test
  void queryClientTokensAreNotInvented() {
    assertThatThrownBy(
            () -> client.listSubnets(ListSubnetsRequest.builder().regionId(REGION).build()))
        .isInstanceOf(CtyunServiceException.class);
    assertThat(sent).hasSizeGreaterThan(1);
    assertThat(sent.get(0).url()).contains("regionID=" + REGION).doesNotContain("clientToken");
    assertThat(sent.get(0).body()).isEmpty();
    assertThat(tokens.get()).isZero();
  }

  private static JsonNode body(HttpRequest r) throws IOException {
    return new ObjectMapper().readTree(new String(r.body(), StandardCharsets.UTF_8));
  }
}
