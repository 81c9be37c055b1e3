package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static io.github.ctyunjava.vpce.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceReverseRuleRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceReverseRuleResponse;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceTransitIpRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceReverseRuleRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceTransitIpRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceReverseRulesRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceReverseRulesResponse;
import io.github.ctyunjava.vpce.model.ListEndpointServiceTransitIpsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceTransitIpsResponse;
import io.github.ctyunjava.vpce.model.Protocol;
import io.github.ctyunjava.vpce.model.ReverseRule;
import io.github.ctyunjava.vpce.model.TransitIp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reverse services: transit IPs and reverse rules (the terraform dependence-fixture flow). */
@CtyunLocalTest
class ReverseOperationsTest {
  static int nets;

  VpceClient client;
  Fixture net;
  String svc;
  String endpoint;

  @BeforeEach
  void open(CtyunClient core) {
    client = VpceClient.builder().client(core).build();
    nets++;
    net = new Fixture(client, "rv" + nets, "10." + (100 + nets));
    svc = net.createReverseService("rev" + nets);
    endpoint = net.createEndpoint(svc, "ep-rev");
  }

  @AfterEach
  void close() {
    client.close();
  }

  ListEndpointServiceTransitIpsRequest transitList() {
    return ListEndpointServiceTransitIpsRequest.builder()
        .regionId(REGION)
        .endpointServiceId(svc)
        .build();
  }

  @Test
  void transitIps() {
    ListEndpointServiceTransitIpsResponse list =
        client.listEndpointServiceTransitIps(transitList());
    assertThat(list.totalCount()).isEqualTo(1);
    TransitIp auto = list.transitIps().get(0);
    assertThat(auto.subnetId()).isEqualTo(net.subnet);
    String prefix = "10." + (100 + nets) + ".1.";
    assertThat(auto.transitIp()).startsWith(prefix);

    String added =
        client
            .createEndpointServiceTransitIp(
                CreateEndpointServiceTransitIpRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(svc)
                    .subnetId(net.subnet)
                    .transitIp(prefix + "100")
                    .build())
            .transitIp();
    assertThat(added).isEqualTo(prefix + "100");
    assertThat(client.listEndpointServiceTransitIpsPaginator(transitList()).allItems())
        .extracting(TransitIp::transitIp)
        .contains(auto.transitIp(), added)
        .hasSize(2);
    assertServiceError(
        "Openapi.Ip.InUse",
        () ->
            client.createEndpointServiceTransitIp(
                CreateEndpointServiceTransitIpRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(svc)
                    .subnetId(net.subnet)
                    .transitIp(prefix + "100")
                    .build()));
    DeleteEndpointServiceTransitIpRequest del =
        DeleteEndpointServiceTransitIpRequest.builder()
            .regionId(REGION)
            .endpointServiceId(svc)
            .transitIp(added)
            .build();
    client.deleteEndpointServiceTransitIp(del);
    assertServiceError(
        "Openapi.TransitIp.NotFound", () -> client.deleteEndpointServiceTransitIp(del));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.listEndpointServiceTransitIps(
                ListEndpointServiceTransitIpsRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId("endpser-zzzzzzzzzz")
                    .build()));
  }

  @Test
  void reverseRules() {
    String transit =
        client.listEndpointServiceTransitIps(transitList()).transitIps().get(0).transitIp();
    CreateEndpointServiceReverseRuleRequest create =
        CreateEndpointServiceReverseRuleRequest.builder()
            .regionId(REGION)
            .endpointServiceId(svc)
            .endpointId(endpoint)
            .transitIpAddress(transit)
            .transitPort(3306)
            .protocol(Protocol.TCP)
            .targetIpAddress("10.0.0.5")
            .targetPort(3306)
            .build();
    CreateEndpointServiceReverseRuleResponse created =
        client.createEndpointServiceReverseRule(create);
    String ruleId = created.reverseRuleId();
    assertThat(ruleId).matches("^endprule-[a-z0-9]{10}$");
    ListEndpointServiceReverseRulesResponse rules =
        client.listEndpointServiceReverseRules(
            ListEndpointServiceReverseRulesRequest.builder()
                .regionId(REGION)
                .endpointServiceId(svc)
                .build());
    assertThat(rules.totalCount()).isEqualTo(1);
    ReverseRule rule = rules.reverseRules().get(0);
    assertThat(rule.id()).isEqualTo(ruleId);
    assertThat(rule.transitIpAddress()).isEqualTo(transit);
    assertThat(rule.protocol()).isEqualTo(Protocol.TCP);
    assertThat(rule.targetPort()).isEqualTo(3306);
    assertServiceError(
        "Openapi.TransitIp.InUse",
        () ->
            client.deleteEndpointServiceTransitIp(
                DeleteEndpointServiceTransitIpRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(svc)
                    .transitIp(transit)
                    .build()));
    DeleteEndpointServiceReverseRuleRequest del =
        DeleteEndpointServiceReverseRuleRequest.builder()
            .regionId(REGION)
            .reverseRuleId(ruleId)
            .build();
    client.deleteEndpointServiceReverseRule(del);
    assertServiceError(
        "Openapi.ReverseRule.NotFound", () -> client.deleteEndpointServiceReverseRule(del));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.createEndpointServiceReverseRule(
                create.toBuilder().endpointId("endpoint-zzzzzzzzzz").build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.listEndpointServiceReverseRules(
                ListEndpointServiceReverseRulesRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId("endpser-zzzzzzzzzz")
                    .build()));
  }
}
