package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static io.github.ctyunjava.vpce.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.AcceptEndpointApplyRequest;
import io.github.ctyunjava.vpce.model.BackendInstance;
import io.github.ctyunjava.vpce.model.BindEndpointServiceLabelRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceRuleRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.CtyunService;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceBackendRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceRuleRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.EndpointService;
import io.github.ctyunjava.vpce.model.EndpointServiceConnection;
import io.github.ctyunjava.vpce.model.EndpointServiceWhitelistEntry;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.InstanceType;
import io.github.ctyunjava.vpce.model.IpVersion;
import io.github.ctyunjava.vpce.model.Label;
import io.github.ctyunjava.vpce.model.ListEndpointServiceBackendsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceLabelsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServicesRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServicesResponse;
import io.github.ctyunjava.vpce.model.ModifyEndpointServiceIpVersionRequest;
import io.github.ctyunjava.vpce.model.ModifyEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.NewListEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.NewListEndpointServiceWhitelistResponse;
import io.github.ctyunjava.vpce.model.NewListEndpointServicesRequest;
import io.github.ctyunjava.vpce.model.NewListEndpointServicesResponse;
import io.github.ctyunjava.vpce.model.OaType;
import io.github.ctyunjava.vpce.model.Protocol;
import io.github.ctyunjava.vpce.model.QueryCtyunServicesRequest;
import io.github.ctyunjava.vpce.model.QueryCtyunServicesResponse;
import io.github.ctyunjava.vpce.model.RejectEndpointApplyRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointServiceConnectionsRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.UnbindEndpointServiceLabelRequest;
import io.github.ctyunjava.vpce.model.UpdateEndpointServiceBackendRequest;
import io.github.ctyunjava.vpce.model.UpdateEndpointServiceConnectionsRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoint-service operations (service, whitelist, connections, backends, labels, rules). */
@CtyunLocalTest
class EndpointServiceOperationsTest {
  static final String NO_SERVICE = "endpser-zzzzzzzzzz";
  static int nets;

  VpceClient client;
  Fixture net;

  @BeforeEach
  void open(CtyunClient core) {
    client = VpceClient.builder().client(core).build();
    nets++;
    net = new Fixture(client, "es" + nets, "10." + (60 + nets));
  }

  @AfterEach
  void close() {
    client.close();
  }

  EndpointService show(String id) {
    return client
        .showEndpointService(
            ShowEndpointServiceRequest.builder().regionId(REGION).endpointServiceId(id).build())
        .returnObj();
  }

  @Test
  void createAndShowEndpointService() {
    String id = net.createInterfaceService("svc-create", true);
    EndpointService s = show(id);
    assertThat(s.id()).isEqualTo(id);
    assertThat(s.name()).isEqualTo("svc-create");
    assertThat(s.vpcId()).isEqualTo(net.vpc);
    assertThat(s.backends()).hasSize(1);
    assertThat(s.backends().get(0).instanceId()).isEqualTo(Fixture.VM);
    assertServiceError(
        "Openapi.Vpc.NotFound",
        () ->
            client.createEndpointService(
                net.interfaceService("svc-novpc", true).vpcId("vpc-zzzzzzzzzz").build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.showEndpointService(
                ShowEndpointServiceRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .build()));
  }

  @Test
  void listEndpointServicesAndNewList() {
    String id = net.createInterfaceService("svc-list", true);
    ListEndpointServicesResponse legacy =
        client.listEndpointServices(
            ListEndpointServicesRequest.builder().regionId(REGION).id(id).build());
    assertThat(legacy.totalCount()).isEqualTo(1);
    assertThat(legacy.returnObj()).extracting(EndpointService::id).containsExactly(id);
    NewListEndpointServicesResponse fresh =
        client.newListEndpointServices(
            NewListEndpointServicesRequest.builder()
                .regionId(REGION)
                .endpointServiceName("svc-list")
                .build());
    assertThat(fresh.totalCount()).isEqualTo(1);
    assertThat(fresh.endpointServices()).extracting(EndpointService::id).containsExactly(id);
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.listEndpointServices(
                ListEndpointServicesRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.newListEndpointServices(
                NewListEndpointServicesRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
  }

  @Test
  void modifyAndDeleteEndpointService() {
    String id = net.createInterfaceService("svc-mod", true);
    client.modifyEndpointService(
        ModifyEndpointServiceRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .name("svc-two")
            .autoConnection(false)
            .oaType(OaType.PROXY_PROTOCOL)
            .build());
    EndpointService s = show(id);
    assertThat(s.name()).isEqualTo("svc-two");
    assertThat(s.autoConnection()).isFalse();
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.modifyEndpointService(
                ModifyEndpointServiceRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .name("abc")
                    .build()));
    client.deleteEndpointService(
        DeleteEndpointServiceRequest.builder().regionId(REGION).id(id).build());
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.deleteEndpointService(
                DeleteEndpointServiceRequest.builder().regionId(REGION).id(id).build()));
  }

  @Test
  void modifyEndpointServiceIpVersion() {
    String id = net.createInterfaceService("svc-ipv", true);
    client.modifyEndpointServiceIpVersion(
        ModifyEndpointServiceIpVersionRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .ipVersion(IpVersion.DUAL_STACK)
            .build());
    assertServiceError(
        "Openapi.Operation.NotSupported",
        () ->
            client.modifyEndpointServiceIpVersion(
                ModifyEndpointServiceIpVersionRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .ipVersion(IpVersion.IPV6)
                    .build()));
  }

  @Test
  void accountWhitelist() {
    String id = net.createInterfaceService("svc-wl", true);
    client.createEndpointServiceWhitelist(
        CreateEndpointServiceWhitelistRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .email("a@example.com")
            .build());
    client.createEndpointServiceWhitelist(
        CreateEndpointServiceWhitelistRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .bssAccountId("acct-2")
            .build());
    assertServiceError(
        "Openapi.EndpointServiceWhitelist.Exists",
        () ->
            client.createEndpointServiceWhitelist(
                CreateEndpointServiceWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .email("a@example.com")
                    .build()));
    List<EndpointServiceWhitelistEntry> legacy =
        client
            .listEndpointServiceWhitelist(
                ListEndpointServiceWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .build())
            .returnObj();
    assertThat(legacy).extracting(EndpointServiceWhitelistEntry::email).contains("a@example.com");
    assertThat(legacy).hasSize(2);
    NewListEndpointServiceWhitelistResponse fresh =
        client.newListEndpointServiceWhitelist(
            NewListEndpointServiceWhitelistRequest.builder()
                .regionId(REGION)
                .endpointServiceId(id)
                .pageSize(1)
                .build());
    assertThat(fresh.totalCount()).isEqualTo(2);
    assertThat(fresh.totalPage()).isEqualTo(2);
    assertThat(fresh.whitelist()).hasSize(1);
    client.deleteEndpointServiceWhitelist(
        DeleteEndpointServiceWhitelistRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .email("a@example.com")
            .build());
    assertServiceError(
        "Openapi.EndpointServiceWhitelist.NotFound",
        () ->
            client.deleteEndpointServiceWhitelist(
                DeleteEndpointServiceWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .email("a@example.com")
                    .build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.listEndpointServiceWhitelist(
                ListEndpointServiceWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.newListEndpointServiceWhitelist(
                NewListEndpointServiceWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .build()));
  }

  @Test
  void connectionsAcceptRejectAndAutoConnection() {
    String svc = net.createInterfaceService("svc-conn", false);
    String ep = net.createEndpoint(svc, "ep-conn");
    ShowEndpointServiceConnectionsRequest conns =
        ShowEndpointServiceConnectionsRequest.builder()
            .regionId(REGION)
            .endpointServiceId(svc)
            .build();
    assertThat(client.showEndpointServiceConnections(conns).returnObj())
        .extracting(EndpointServiceConnection::status)
        .containsExactly("DOWN");
    client.acceptEndpointApply(
        AcceptEndpointApplyRequest.builder()
            .regionId(REGION)
            .endpointServiceId(svc)
            .endpointId(ep)
            .build());
    EndpointServiceConnection up = client.showEndpointServiceConnections(conns).returnObj().get(0);
    assertThat(up.status()).isEqualTo("UP");
    assertThat(up.endpointId()).isEqualTo(ep);
    assertThat(up.connectionStatus()).isEqualTo("已连接");
    client.rejectEndpointApply(
        RejectEndpointApplyRequest.builder()
            .regionId(REGION)
            .endpointServiceId(svc)
            .endpointId(ep)
            .build());
    assertThat(endpointStatus(ep)).isEqualTo(EndpointStatus.NOT_CONNECTED);
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.rejectEndpointApply(
                RejectEndpointApplyRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .endpointId(ep)
                    .build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.acceptEndpointApply(
                AcceptEndpointApplyRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .endpointId(ep)
                    .build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.showEndpointServiceConnections(
                ShowEndpointServiceConnectionsRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .build()));

    client.updateEndpointServiceConnections(
        UpdateEndpointServiceConnectionsRequest.builder()
            .regionId(REGION)
            .endpointServiceId(svc)
            .autoConnection(true)
            .build());
    assertThat(endpointStatus(net.createEndpoint(svc, "ep-auto")))
        .isEqualTo(EndpointStatus.CONNECTED);
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.updateEndpointServiceConnections(
                UpdateEndpointServiceConnectionsRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .autoConnection(true)
                    .build()));
  }

  private EndpointStatus endpointStatus(String ep) {
    return client
        .showEndpoint(ShowEndpointRequest.builder().regionId(REGION).endpointId(ep).build())
        .endpoint()
        .status();
  }

  @Test
  void queryCtyunServices() {
    QueryCtyunServicesResponse r =
        client.queryCtyunServices(QueryCtyunServicesRequest.builder().regionId(REGION).build());
    assertThat(r.totalCount()).isPositive();
    assertThat(r.results())
        .extracting(CtyunService::endpointServiceId)
        .allMatch(id -> id.matches("^endpser-[a-z0-9]{10}$"));
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.queryCtyunServices(
                QueryCtyunServicesRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
  }

  @Test
  void backends() {
    String id = net.createInterfaceService("svc-be", true);
    ListEndpointServiceBackendsRequest list =
        ListEndpointServiceBackendsRequest.builder().regionId(REGION).endpointServiceId(id).build();
    assertThat(client.listEndpointServiceBackends(list).returnObj())
        .extracting(BackendInstance::instanceId)
        .containsExactly(Fixture.VM);
    assertThat(
            client
                .updateEndpointServiceBackend(
                    UpdateEndpointServiceBackendRequest.builder()
                        .regionId(REGION)
                        .endpointServiceId(id)
                        .instanceType(InstanceType.ELB)
                        .instanceId("lb-tfa20qb11w")
                        .build())
                .endpointServiceId())
        .isEqualTo(id);
    List<BackendInstance> after = client.listEndpointServiceBackends(list).returnObj();
    assertThat(after).extracting(BackendInstance::instanceType).containsExactly(InstanceType.LB);
    assertServiceError(
        "Openapi.PatternCheck.NotValid",
        () ->
            client.updateEndpointServiceBackend(
                UpdateEndpointServiceBackendRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .instanceType(InstanceType.LB)
                    .instanceId("lb-BAD")
                    .build()));
    client.deleteEndpointServiceBackend(
        DeleteEndpointServiceBackendRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .instanceId("lb-tfa20qb11w")
            .build());
    assertThat(client.listEndpointServiceBackends(list).returnObj()).isEmpty();
    assertServiceError(
        "Openapi.Backend.NotFound",
        () ->
            client.deleteEndpointServiceBackend(
                DeleteEndpointServiceBackendRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .instanceId("lb-zzzzzzzzzz")
                    .build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.listEndpointServiceBackends(
                ListEndpointServiceBackendsRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .build()));
  }

  @Test
  void labels() {
    String id = net.createInterfaceService("svc-lbl", true);
    assertThat(
            client
                .bindEndpointServiceLabel(
                    BindEndpointServiceLabelRequest.builder()
                        .regionId(REGION)
                        .endpointServiceId(id)
                        .labelKey("env")
                        .labelValue("prod")
                        .build())
                .endpointServiceId())
        .isEqualTo(id);
    List<Label> labels =
        client
            .listEndpointServiceLabelsPaginator(
                ListEndpointServiceLabelsRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .build())
            .allItems();
    assertThat(labels).extracting(Label::labelKey).containsExactly("env");
    client.unbindEndpointServiceLabel(
        UnbindEndpointServiceLabelRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .labelId(labels.get(0).labelId())
            .build());
    assertThat(
            client
                .listEndpointServiceLabels(
                    ListEndpointServiceLabelsRequest.builder()
                        .regionId(REGION)
                        .endpointServiceId(id)
                        .build())
                .returnObj()
                .get(0)
                .totalCount())
        .isZero();
    assertServiceError(
        "Openapi.Label.NotFound",
        () ->
            client.unbindEndpointServiceLabel(
                UnbindEndpointServiceLabelRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .labelId(labels.get(0).labelId())
                    .build()));
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () ->
            client.bindEndpointServiceLabel(
                BindEndpointServiceLabelRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(NO_SERVICE)
                    .labelKey("a")
                    .labelValue("b")
                    .build()));
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.listEndpointServiceLabels(
                ListEndpointServiceLabelsRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
  }

  @Test
  void rules() {
    String id = net.createInterfaceService("svc-rule", true);
    client.createEndpointServiceRule(
        CreateEndpointServiceRuleRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .protocol(Protocol.UDP)
            .serverPort(53)
            .endpointPort(53)
            .build());
    assertThat(show(id).rules()).hasSize(2);
    assertServiceError(
        "Openapi.EndpointServiceRule.Exists",
        () ->
            client.createEndpointServiceRule(
                CreateEndpointServiceRuleRequest.builder()
                    .regionId(REGION)
                    .endpointServiceId(id)
                    .protocol(Protocol.UDP)
                    .serverPort(53)
                    .endpointPort(53)
                    .build()));
    DeleteEndpointServiceRuleRequest del =
        DeleteEndpointServiceRuleRequest.builder()
            .regionId(REGION)
            .endpointServiceId(id)
            .protocol(Protocol.TCP)
            .serverPort(80)
            .endpointPort(8080)
            .build();
    client.deleteEndpointServiceRule(del);
    assertThat(show(id).rules()).extracting(r -> r.protocol()).containsExactly(Protocol.UDP);
    assertServiceError(
        "Openapi.EndpointServiceRule.NotFound", () -> client.deleteEndpointServiceRule(del));
  }
}
