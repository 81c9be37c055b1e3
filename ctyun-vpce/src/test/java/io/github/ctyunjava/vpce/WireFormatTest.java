package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.vpce.model.AddEndpointWhitelistRequest;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.ListEndpointServiceBackendsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceTransitIpsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceTransitIpsResponse;
import io.github.ctyunjava.vpce.model.ListEndpointsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointsResponse;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What goes on the wire and how answers the emulator never sends are read, with a scripted
 * transport: query vs body placement, and the spec's traps (vpce-semantics.md §1, §10).
 */
class WireFormatTest {
  static final String REGION = "81f7728662dd11ec810800155d307d5b";

  final List<HttpRequest> sent = new ArrayList<>();
  String answer;
  CtyunClient core;
  VpceClient client;

  @BeforeEach
  void open() {
    core =
        CtyunClient.builder()
            .credentialsProvider(StaticCredentialsProvider.create("ak-test", "sk-test"))
            .endpointOverride("http://127.0.0.1:9")
            .retryPolicy(RetryPolicy.none())
            .transport(
                request -> {
                  sent.add(request);
                  return new HttpResponse(
                      200,
                      Collections.singletonMap(
                          "Content-Type", Collections.singletonList("application/json")),
                      answer.getBytes(StandardCharsets.UTF_8));
                })
            .build();
    client = VpceClient.builder().client(core).clientTokenSupplier(() -> "tok-1").build();
  }

  @AfterEach
  void close() {
    client.close();
    core.close();
  }

  @Test
  void getSendsFieldsAsQueryAndNoBody() {
    answer = "{\"statusCode\":800,\"returnObj\":[]}";
    client.listEndpointServiceBackends(
        ListEndpointServiceBackendsRequest.builder()
            .regionId(REGION)
            .endpointServiceId("endpser-9hzaohgug8")
            .build());
    HttpRequest r = sent.get(0);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.url())
        .endsWith("/v4/vpce/list-backends?endpointServiceID=endpser-9hzaohgug8&regionID=" + REGION);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void postSendsFieldsAsJsonBody() {
    answer = "{\"statusCode\":\"800\",\"returnObj\":null}";
    client.addEndpointWhitelist(
        AddEndpointWhitelistRequest.builder()
            .regionId(REGION)
            .endpointId("endpoint-tmncs8h97b")
            .whitelist(Arrays.asList("10.0.0.0/24", "10.0.1.0/24"))
            .build());
    HttpRequest r = sent.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.url()).endsWith("/v4/vpce/add-endpoint-whitelist");
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"clientToken\":\"tok-1\",\"regionID\":\""
                + REGION
                + "\",\"endpointID\":\"endpoint-tmncs8h97b\","
                + "\"whitelist\":[\"10.0.0.0/24\",\"10.0.1.0/24\"]}");
  }

  @Test
  void commaListFiltersAndPagingGoInTheQuery() {
    answer = "{\"statusCode\":800,\"returnObj\":{\"vpcs\":[]},\"totalCount\":0}";
    client.listVpcs(
        ListVpcsRequest.builder()
            .regionId(REGION)
            .vpcId("vpc-a,vpc-b")
            .pageNo(2)
            .pageSize(50)
            .build());
    assertThat(sent.get(0).url())
        .endsWith("/v4/vpc/list?pageNo=2&pageSize=50&regionID=" + REGION + "&vpcID=vpc-a%2Cvpc-b");
  }

  @Test
  void legacyListAcceptsAnObjectWhereTheSpecSaysArray() {
    answer =
        "{\"statusCode\":800,\"totalCount\":1,\"returnObj\":{\"endpoints\":[{\"ID\":\"endpoint-tmncs8h97b\","
            + "\"status\":1,\"endpointObj\":{\"enableDns\":1}}]}}";
    ListEndpointsResponse r =
        client.listEndpoints(ListEndpointsRequest.builder().regionId(REGION).build());
    assertThat(r.totalCount()).isEqualTo(1);
    assertThat(r.returnObj()).hasSize(1);
    Endpoint e = r.returnObj().get(0).endpoints().get(0);
    assertThat(e.id()).isEqualTo("endpoint-tmncs8h97b");
    assertThat(e.endpointObj().enableDns()).isEqualTo(1);
    assertThat(e.status()).isEqualTo(EndpointStatus.CONNECTED);
  }

  @Test
  void countsAtTopLevelAndInsideReturnObjAreMerged() {
    answer =
        "{\"statusCode\":800,\"totalCount\":3,\"totalPage\":2,"
            + "\"returnObj\":{\"transitIPs\":[{\"transitIP\":\"192.168.0.4\"}],\"totalCount\":null}}";
    ListEndpointServiceTransitIpsResponse r =
        client.listEndpointServiceTransitIps(
            ListEndpointServiceTransitIpsRequest.builder()
                .regionId(REGION)
                .endpointServiceId("endpser-9hzaohgug8")
                .build());
    assertThat(r.totalCount()).isEqualTo(3);
    assertThat(r.totalPage()).isEqualTo(2);
    assertThat(r.transitIps().get(0).transitIp()).isEqualTo("192.168.0.4");
  }
}
