package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static io.github.ctyunjava.vpce.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.AddEndpointWhitelistRequest;
import io.github.ctyunjava.vpce.model.BindEndpointLabelRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointOssPolicyRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.CycleType;
import io.github.ctyunjava.vpce.model.DeleteEndpointOssPolicyRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointWhitelistRequest;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.GetEndpointOssPolicyRequest;
import io.github.ctyunjava.vpce.model.IpVersion;
import io.github.ctyunjava.vpce.model.Label;
import io.github.ctyunjava.vpce.model.ListEndpointLabelsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointLabelsResponse;
import io.github.ctyunjava.vpce.model.ListEndpointsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointsResponse;
import io.github.ctyunjava.vpce.model.ModifyEndpointIpVersionRequest;
import io.github.ctyunjava.vpce.model.NewListEndpointsRequest;
import io.github.ctyunjava.vpce.model.NewListEndpointsResponse;
import io.github.ctyunjava.vpce.model.OrderStatus;
import io.github.ctyunjava.vpce.model.QueryCreateEndpointPriceRequest;
import io.github.ctyunjava.vpce.model.QueryCreateEndpointPriceResponse;
import io.github.ctyunjava.vpce.model.ServiceType;
import io.github.ctyunjava.vpce.model.ShowEndpointRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointWhitelistRequest;
import io.github.ctyunjava.vpce.model.UnbindEndpointLabelRequest;
import io.github.ctyunjava.vpce.model.UpdateEndpointRequest;
import io.github.ctyunjava.vpce.model.WhitelistFlag;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seventeen endpoint operations: success and one service error each. */
@CtyunLocalTest
class EndpointOperationsTest {
  static final String NO_ENDPOINT = "endpoint-zzzzzzzzzz";
  static final String NO_SERVICE = "endpser-zzzzzzzzzz";

  static int nets;

  VpceClient client;
  Fixture net;
  String svc;

  @BeforeEach
  void open(CtyunClient core) {
    client = VpceClient.builder().client(core).build();
    nets++;
    net = new Fixture(client, "ep" + nets, "10." + (20 + nets));
    svc = net.createInterfaceService("svc" + nets, true);
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void createEndpoint() {
    CreateEndpointResponse r = client.createEndpoint(net.endpoint(svc, "ep-create").build());
    assertThat(r.returnObj().masterResourceStatus()).isEqualTo(OrderStatus.STARTED);
    assertThat(r.returnObj().regionId()).isEqualTo(REGION);
    assertThat(r.returnObj().endpointId()).matches("^endpoint-[a-z0-9]{10}$");
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () -> client.createEndpoint(net.endpoint(NO_SERVICE, "ep-none").build()));
  }

  @Test
  void showEndpointAndWhitelist() {
    String id = net.createEndpoint(svc, "ep-show");
    Endpoint e =
        client
            .showEndpoint(ShowEndpointRequest.builder().regionId(REGION).endpointId(id).build())
            .endpoint();
    assertThat(e.id()).isEqualTo(id);
    assertThat(e.endpointServiceId()).isEqualTo(svc);
    assertThat(e.type()).isEqualTo(ServiceType.INTERFACE);
    assertThat(e.status()).isEqualTo(EndpointStatus.CONNECTED);
    assertThat(e.vpcId()).isEqualTo(net.vpc);
    assertThat(e.endpointObj().enableDns()).isNotNull();
    assertThat(
            client
                .showEndpointWhitelist(
                    ShowEndpointWhitelistRequest.builder().regionId(REGION).endpointId(id).build())
                .returnObj())
        .containsExactly("10.150.0.0/24", "10.150.0.0/25");
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.showEndpoint(
                ShowEndpointRequest.builder().regionId(REGION).endpointId(NO_ENDPOINT).build()));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.showEndpointWhitelist(
                ShowEndpointWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .build()));
  }

  @Test
  void listEndpointsAndNewListEndpoints() {
    String id = net.createEndpoint(svc, "ep-list");
    ListEndpointsResponse legacy =
        client.listEndpoints(
            ListEndpointsRequest.builder().regionId(REGION).endpointId(id).build());
    assertThat(legacy.totalCount()).isEqualTo(1);
    assertThat(legacy.returnObj().get(0).endpoints()).extracting(Endpoint::id).containsExactly(id);
    NewListEndpointsResponse fresh =
        client.newListEndpoints(
            NewListEndpointsRequest.builder().regionId(REGION).endpointName("ep-list").build());
    assertThat(fresh.totalCount()).isEqualTo(1);
    assertThat(fresh.endpoints()).extracting(Endpoint::id).containsExactly(id);
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.listEndpoints(
                ListEndpointsRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.newListEndpoints(
                NewListEndpointsRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
  }

  @Test
  void updateEndpoint() {
    String id = net.createEndpoint(svc, "ep-upd");
    client.updateEndpoint(
        UpdateEndpointRequest.builder()
            .regionId(REGION)
            .endpointId(id)
            .endpointName("renamed")
            .enableWhitelist(true)
            .whitelist(Collections.singletonList("172.16.0.0/12"))
            .build());
    Endpoint e =
        client
            .showEndpoint(ShowEndpointRequest.builder().regionId(REGION).endpointId(id).build())
            .endpoint();
    assertThat(e.name()).isEqualTo("renamed");
    assertThat(e.whitelist()).isEqualTo("172.16.0.0/12");
    assertServiceError(
        "Openapi.PatternCheck.NotValid",
        () ->
            client.updateEndpoint(
                UpdateEndpointRequest.builder()
                    .regionId(REGION)
                    .endpointId(id)
                    .endpointName("9bad")
                    .build()));
  }

  @Test
  void deleteEndpoint() {
    String id = net.createEndpoint(svc, "ep-del");
    assertThat(
            client
                .deleteEndpoint(
                    DeleteEndpointRequest.builder().regionId(REGION).endpointId(id).build())
                .returnObj()
                .masterResourceStatus())
        .isEqualTo(OrderStatus.REFUNDED);
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.deleteEndpoint(
                DeleteEndpointRequest.builder().regionId(REGION).endpointId(id).build()));
  }

  @Test
  void addAndDeleteEndpointWhitelist() {
    String id = net.createEndpoint(svc, "ep-wl");
    client.addEndpointWhitelist(
        AddEndpointWhitelistRequest.builder()
            .regionId(REGION)
            .endpointId(id)
            .whitelist(Collections.singletonList("10.1.0.0/16"))
            .build());
    assertThat(whitelist(id)).containsExactly("10.150.0.0/24", "10.150.0.0/25", "10.1.0.0/16");
    client.deleteEndpointWhitelist(
        DeleteEndpointWhitelistRequest.builder().regionId(REGION).endpointId(id).build());
    assertThat(whitelist(id)).isEmpty();
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.addEndpointWhitelist(
                AddEndpointWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .whitelist(Collections.singletonList("10.1.0.0/16"))
                    .build()));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.deleteEndpointWhitelist(
                DeleteEndpointWhitelistRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .build()));
  }

  @Test
  void queryCreateEndpointPrice() {
    QueryCreateEndpointPriceResponse p = client.queryCreateEndpointPrice(price(svc).build());
    assertThat(p.finalPrice()).isNotNull();
    assertThat(p.totalPrice()).isNotNull();
    assertThat(p.subOrderPrices().get(0).orderItemPrices().get(0).totalPrice()).isNotEmpty();
    assertServiceError(
        "Openapi.EndpointService.NotFound",
        () -> client.queryCreateEndpointPrice(price(NO_SERVICE).build()));
  }

  private QueryCreateEndpointPriceRequest.Builder price(String service) {
    return QueryCreateEndpointPriceRequest.builder()
        .regionId(REGION)
        .cycleType(CycleType.ON_DEMAND)
        .endpointServiceId(service)
        .endpointName("ep-price")
        .vpcId(net.vpc)
        .subnetId(net.subnet)
        .whitelistFlag(WhitelistFlag.ON)
        .whitelist(Arrays.asList("10.150.0.0/24"));
  }

  @Test
  void modifyEndpointIpVersion() {
    String id = net.createEndpoint(svc, "ep-ipv");
    client.modifyEndpointIpVersion(
        ModifyEndpointIpVersionRequest.builder()
            .regionId(REGION)
            .endpointId(id)
            .ipVersion(IpVersion.DUAL_STACK)
            .build());
    assertServiceError(
        "Openapi.Operation.NotSupported",
        () ->
            client.modifyEndpointIpVersion(
                ModifyEndpointIpVersionRequest.builder()
                    .regionId(REGION)
                    .endpointId(id)
                    .ipVersion(IpVersion.IPV6)
                    .build()));
  }

  @Test
  void bindListAndUnbindEndpointLabels() {
    String id = net.createEndpoint(svc, "ep-lbl");
    assertThat(
            client
                .bindEndpointLabel(
                    BindEndpointLabelRequest.builder()
                        .regionId(REGION)
                        .endpointId(id)
                        .labelKey("team")
                        .labelValue("net")
                        .build())
                .endpointId())
        .isEqualTo(id);
    ListEndpointLabelsResponse page =
        client.listEndpointLabels(
            ListEndpointLabelsRequest.builder().regionId(REGION).endpointId(id).build());
    assertThat(page.returnObj().get(0).totalCount()).isEqualTo(1);
    Label label = page.returnObj().get(0).results().get(0);
    assertThat(label.labelKey()).isEqualTo("team");
    assertThat(label.labelValue()).isEqualTo("net");
    client.unbindEndpointLabel(
        UnbindEndpointLabelRequest.builder()
            .regionId(REGION)
            .endpointId(id)
            .labelId(label.labelId())
            .build());
    assertServiceError(
        "Openapi.Label.NotFound",
        () ->
            client.unbindEndpointLabel(
                UnbindEndpointLabelRequest.builder()
                    .regionId(REGION)
                    .endpointId(id)
                    .labelId(label.labelId())
                    .build()));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.bindEndpointLabel(
                BindEndpointLabelRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .labelKey("a")
                    .labelValue("b")
                    .build()));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.listEndpointLabels(
                ListEndpointLabelsRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .build()));
  }

  @Test
  void ossPolicyCreateGetDelete() {
    String id = net.createEndpoint(svc, "ep-oss");
    GetEndpointOssPolicyRequest get =
        GetEndpointOssPolicyRequest.builder().regionId(REGION).endpointId(id).build();
    assertThat(client.getEndpointOssPolicy(get).policy()).isEmpty();
    client.createEndpointOssPolicy(
        CreateEndpointOssPolicyRequest.builder()
            .regionId(REGION)
            .endpointId(id)
            .policy("{\"Statement\":[]}")
            .build());
    assertThat(client.getEndpointOssPolicy(get).policy()).isEqualTo("{\"Statement\":[]}");
    client.deleteEndpointOssPolicy(
        DeleteEndpointOssPolicyRequest.builder().regionId(REGION).endpointId(id).build());
    assertServiceError(
        "Openapi.OssPolicy.NotFound",
        () ->
            client.deleteEndpointOssPolicy(
                DeleteEndpointOssPolicyRequest.builder().regionId(REGION).endpointId(id).build()));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.getEndpointOssPolicy(
                GetEndpointOssPolicyRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .build()));
    assertServiceError(
        "Openapi.VpceEndpoint.NotFound",
        () ->
            client.createEndpointOssPolicy(
                CreateEndpointOssPolicyRequest.builder()
                    .regionId(REGION)
                    .endpointId(NO_ENDPOINT)
                    .policy("{}")
                    .build()));
  }

  private java.util.List<String> whitelist(String id) {
    return client
        .showEndpointWhitelist(
            ShowEndpointWhitelistRequest.builder().regionId(REGION).endpointId(id).build())
        .returnObj();
  }
}
