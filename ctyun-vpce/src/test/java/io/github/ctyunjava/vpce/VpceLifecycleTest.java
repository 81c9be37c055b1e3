package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.AcceptEndpointApplyRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointRequest;
import io.github.ctyunjava.vpce.model.DeleteEndpointResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.DeleteSubnetRequest;
import io.github.ctyunjava.vpce.model.DeleteVpcRequest;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointOrder;
import io.github.ctyunjava.vpce.model.EndpointService;
import io.github.ctyunjava.vpce.model.EndpointServiceConnection;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.NewListEndpointsRequest;
import io.github.ctyunjava.vpce.model.OrderStatus;
import io.github.ctyunjava.vpce.model.ServiceType;
import io.github.ctyunjava.vpce.model.ShowEndpointRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointServiceConnectionsRequest;
import io.github.ctyunjava.vpce.model.ShowEndpointWhitelistRequest;
import io.github.ctyunjava.vpce.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole VPCE lifecycle through the typed client, waiters and paginators. */
@CtyunLocalTest
class VpceLifecycleTest {
  @Test
  void networkServiceEndpointApprovalAndTeardown(CtyunClient core) {
    try (VpceClient client = VpceClient.builder().client(core).build()) {
      VpceWaiter waiter = client.waiter();
      Fixture net = new Fixture(client, "life", "192.168");
      Vpc vpc = waiter.untilVpcAvailable(REGION, net.vpc);
      assertThat(vpc.cidr()).isEqualTo("192.168.0.0/16");
      assertThat(vpc.vpcId()).matches("^vpc-[a-z0-9]{10}$");

      // provider side: a service that needs approval
      String svc = net.createInterfaceService("life-svc", false);
      assertThat(svc).matches("^endpser-[a-z0-9]{10}$");
      EndpointService shown = waiter.untilEndpointServiceAvailable(REGION, svc);
      assertThat(shown.type()).isEqualTo(ServiceType.INTERFACE);
      assertThat(shown.autoConnection()).isFalse();
      assertThat(shown.rules()).hasSize(1);
      assertThat(shown.rules().get(0).endpointPort()).isEqualTo(8080);

      // consumer side: the billed order, with a clientToken the client generates
      CreateEndpointResponse order =
          waiter.untilEndpointOrderDone(net.endpoint(svc, "life-ep").build());
      EndpointOrder o = order.returnObj();
      assertThat(o.masterResourceStatus()).isEqualTo(OrderStatus.STARTED);
      assertThat(o.masterOrderId()).matches("^[0-9a-f]{32}$");
      assertThat(o.masterOrderNo()).matches("^[0-9]{20}$");
      String ep = o.endpointId();
      assertThat(ep).matches("^endpoint-[a-z0-9]{10}$");

      Endpoint pending =
          client
              .showEndpoint(ShowEndpointRequest.builder().regionId(REGION).endpointId(ep).build())
              .endpoint();
      assertThat(pending.status()).isEqualTo(EndpointStatus.NOT_CONNECTED);
      assertThat(pending.whitelist()).isEqualTo("10.150.0.0/24,10.150.0.0/25");
      assertThat(pending.endpointObj().subnetId()).isEqualTo(net.subnet);
      assertThat(
              client
                  .showEndpointWhitelist(
                      ShowEndpointWhitelistRequest.builder()
                          .regionId(REGION)
                          .endpointId(ep)
                          .build())
                  .returnObj())
          .containsExactly("10.150.0.0/24", "10.150.0.0/25");

      List<EndpointServiceConnection> conns =
          client
              .showEndpointServiceConnections(
                  ShowEndpointServiceConnectionsRequest.builder()
                      .regionId(REGION)
                      .endpointServiceId(svc)
                      .build())
              .returnObj();
      assertThat(conns).extracting(EndpointServiceConnection::status).containsExactly("DOWN");
      client.acceptEndpointApply(
          AcceptEndpointApplyRequest.builder()
              .regionId(REGION)
              .endpointServiceId(svc)
              .endpointId(ep)
              .build());
      Endpoint connected = waiter.untilEndpointConnected(REGION, ep);
      assertThat(connected.id()).isEqualTo(ep);
      assertThat(connected.status()).isEqualTo(EndpointStatus.CONNECTED);

      assertThat(
              client
                  .newListEndpointsPaginator(
                      NewListEndpointsRequest.builder().regionId(REGION).build())
                  .allItems())
          .extracting(Endpoint::id)
          .containsExactly(ep);

      // teardown in dependency order; the service cannot go while the endpoint exists
      assertThatThrownBy(
              () ->
                  client.deleteEndpointService(
                      DeleteEndpointServiceRequest.builder().regionId(REGION).id(svc).build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class,
              e -> assertThat(e.errorCode()).isEqualTo("Openapi.EndpointService.InUse"));
      DeleteEndpointResponse refund =
          waiter.untilEndpointDeleteDone(
              DeleteEndpointRequest.builder().regionId(REGION).endpointId(ep).build());
      assertThat(refund.returnObj().masterResourceStatus()).isEqualTo(OrderStatus.REFUNDED);
      waiter.untilEndpointDeleted(REGION, ep);
      client.deleteEndpointService(
          DeleteEndpointServiceRequest.builder().regionId(REGION).id(svc).build());
      waiter.untilEndpointServiceDeleted(REGION, svc);
      client.deleteSubnet(
          DeleteSubnetRequest.builder().regionId(REGION).subnetId(net.subnet).build());
      client.deleteVpc(DeleteVpcRequest.builder().regionId(REGION).vpcId(net.vpc).build());
      waiter.untilVpcDeleted(REGION, net.vpc);
    }
  }
}
