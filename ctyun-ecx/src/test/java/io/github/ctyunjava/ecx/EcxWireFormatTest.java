package io.github.ctyunjava.ecx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.ecx.model.AllocateEipAddressV1Request;
import io.github.ctyunjava.ecx.model.CreateVpcRequest;
import io.github.ctyunjava.ecx.model.DescribeInstanceSpecRequest;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersRequest;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What goes on the wire for the evidenced ECX calls (ecx-semantics.md §1, §3, §10), with a scripted
 * transport, and how answers are read.
 */
class EcxWireFormatTest {
  final List<HttpRequest> sent = new ArrayList<>();
  String answer = "{\"statusCode\":800,\"returnObj\":{}}";
  EcxClient client;

  @BeforeEach
  void open() {
    client =
        EcxClient.builder()
            .credentialsProvider(StaticCredentialsProvider.create("ak-test", "sk-test"))
            .endpointOverride("http://127.0.0.1:9")
            .retryPolicy(RetryPolicy.none())
            .core(
                b ->
                    b.transport(
                        request -> {
                          sent.add(request);
                          return new HttpResponse(
                              200,
                              Collections.singletonMap(
                                  "Content-Type", Collections.singletonList("application/json")),
                              answer.getBytes(StandardCharsets.UTF_8));
                        }))
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void describeRegionClustersSendsAnEmptyQueryAndNoBody() {
    answer =
        "{\"statusCode\":800,\"returnObj\":{\"results\":[{\"regionCode\":\"hunan\","
            + "\"clusters\":[{\"nodeCode\":\"hn-changde-1\",\"ipv6Supported\":true}]}]}}";
    DescribeRegionClustersResponse r =
        client.describeRegionClusters(DescribeRegionClustersRequest.builder().build());
    HttpRequest req = sent.get(0);
    assertThat(req.method()).isEqualTo("GET");
    assertThat(req.url()).isEqualTo("http://127.0.0.1:9/v3/cluster/describeRegionClusters");
    assertThat(req.body()).isEmpty();
    assertThat(r.results().get(0).clusters().get(0).nodeCode()).isEqualTo("hn-changde-1");
    assertThat(r.results().get(0).clusters().get(0).ipv6Supported()).isTrue();
  }

  @Test
  void describeInstanceSpecSendsNodeCodeInTheQuery() {
    client.describeInstanceSpec(
        DescribeInstanceSpecRequest.builder().nodeCode("hn-changde-1").build());
    assertThat(sent.get(0).url())
        .isEqualTo("http://127.0.0.1:9/v3/cluster/describeInstanceSpec?nodeCode=hn-changde-1");
    assertThat(sent.get(0).body()).isEmpty();
  }

  @Test
  void createVpcSendsNodeCodeInTheBody() {
    client.createVpc(CreateVpcRequest.builder().nodeCode("hn-changde-1").build());
    assertThat(sent.get(0).method()).isEqualTo("POST");
    assertThat(sent.get(0).url()).isEqualTo("http://127.0.0.1:9/v3/vpc/createVPC");
    assertThat(new String(sent.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"nodeCode\":\"hn-changde-1\"}");
  }

  @Test
  @SuppressWarnings("deprecation") // the old name stays as a deprecated alias
  void theDeprecatedCreateVpcNameSendsTheSameRequest() {
    client.createVPC(CreateVpcRequest.builder().nodeCode("hn-changde-1").build());
    assertThat(sent.get(0).url()).isEqualTo("http://127.0.0.1:9/v3/vpc/createVPC");
    assertThat(new String(sent.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"nodeCode\":\"hn-changde-1\"}");
  }

  @Test
  void allocateEipSendsTheSampleFieldNamesExactly() {
    answer =
        "{\"statusCode\":800,\"returnObj\":{\"eipId\":\"eip-1\",\"ipAddress\":\"203.0.113.9\"}}";
    String eip =
        client
            .allocateEipAddressV1(
                AllocateEipAddressV1Request.builder()
                    .nodeCode("hi-haikou-6")
                    .bandwidthSize(1)
                    .noBandwidthLimit(true)
                    .isDualStack(false)
                    .bandwidthPriceType("FIXED_BANDWIDTH")
                    .build())
            .eipId();
    assertThat(eip).isEqualTo("eip-1");
    assertThat(sent.get(0).url()).isEqualTo("http://127.0.0.1:9/v1/allocateEipAddress");
    assertThat(new String(sent.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"nodeCode\":\"hi-haikou-6\",\"bandwidthSize\":1,\"noBandwidthLimit\":true,"
                + "\"isDualStack\":false,\"bandwidthPriceType\":\"FIXED_BANDWIDTH\"}");
  }

  @Test
  void toStringNamesTheClient() {
    assertThat(client.toString()).startsWith("EcxClient{");
  }
}
