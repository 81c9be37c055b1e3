package io.github.ctyunjava.vpce;

import static io.github.ctyunjava.vpce.Fixture.REGION;
import static io.github.ctyunjava.vpce.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.model.CreateSubnetRequest;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.CreateVpcResponse;
import io.github.ctyunjava.vpce.model.DeleteSubnetRequest;
import io.github.ctyunjava.vpce.model.DeleteVpcRequest;
import io.github.ctyunjava.vpce.model.ListSubnetsRequest;
import io.github.ctyunjava.vpce.model.ListSubnetsResponse;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.ListVpcsResponse;
import io.github.ctyunjava.vpce.model.NewListSubnetsRequest;
import io.github.ctyunjava.vpce.model.NewListSubnetsResponse;
import io.github.ctyunjava.vpce.model.NewListVpcsRequest;
import io.github.ctyunjava.vpce.model.NewListVpcsResponse;
import io.github.ctyunjava.vpce.model.ShowSubnetRequest;
import io.github.ctyunjava.vpce.model.ShowVpcRequest;
import io.github.ctyunjava.vpce.model.Subnet;
import io.github.ctyunjava.vpce.model.UpdateSubnetRequest;
import io.github.ctyunjava.vpce.model.UpdateVpcRequest;
import io.github.ctyunjava.vpce.model.Vpc;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The twelve VPC and subnet operations: success and one service error each. */
@CtyunLocalTest
class VpcOperationsTest {
  VpceClient client;

  @BeforeEach
  void open(CtyunClient core) {
    client = VpceClient.builder().client(core).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void createVpc() {
    CreateVpcResponse r =
        client.createVpc(
            CreateVpcRequest.builder().regionId(REGION).name("vpc-a").cidr("10.1.0.0/16").build());
    assertThat(r.vpcId()).matches("^vpc-[a-z0-9]{10}$");
    assertServiceError(
        "Openapi.Cidr.Invalid",
        () ->
            client.createVpc(
                CreateVpcRequest.builder()
                    .regionId(REGION)
                    .name("vpcbad")
                    .cidr("10.1.0.1/16")
                    .build()));
  }

  @Test
  void showVpc() {
    String id = vpc("vpc-show", "10.2.0.0/16");
    Vpc v = client.showVpc(ShowVpcRequest.builder().regionId(REGION).vpcId(id).build()).returnObj();
    assertThat(v.vpcId()).isEqualTo(id);
    assertThat(v.name()).isEqualTo("vpc-show");
    assertThat(v.cidr()).isEqualTo("10.2.0.0/16");
    // the show view answers an array, the list views a string: both read as a list
    assertThat(v.dhcpOptionsSetId()).isEmpty();
    assertServiceError(
        "Openapi.Vpc.NotFound",
        () ->
            client.showVpc(
                ShowVpcRequest.builder().regionId(REGION).vpcId("vpc-zzzzzzzzzz").build()));
  }

  @Test
  void listVpcsAndNewListVpcs() {
    String id = vpc("vpc-list", "10.3.0.0/16");
    ListVpcsResponse legacy =
        client.listVpcs(ListVpcsRequest.builder().regionId(REGION).vpcId(id).build());
    assertThat(legacy.totalCount()).isEqualTo(1);
    assertThat(legacy.vpcs()).extracting(Vpc::vpcId).containsExactly(id);
    NewListVpcsResponse fresh =
        client.newListVpcs(
            NewListVpcsRequest.builder().regionId(REGION).vpcName("vpc-list").build());
    assertThat(fresh.totalCount()).isEqualTo(1);
    assertThat(fresh.vpcs()).extracting(Vpc::vpcId).containsExactly(id);
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.listVpcs(
                ListVpcsRequest.builder().regionId(EveryOperationTest.UNKNOWN_REGION).build()));
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.newListVpcs(
                NewListVpcsRequest.builder().regionId(EveryOperationTest.UNKNOWN_REGION).build()));
  }

  @Test
  void deleteVpc() {
    String id = vpc("vpc-del", "10.4.0.0/16");
    String sn = subnet(id, "sn-del", "10.4.1.0/24");
    assertServiceError(
        "Openapi.Vpc.InUse",
        () -> client.deleteVpc(DeleteVpcRequest.builder().regionId(REGION).vpcId(id).build()));
    client.deleteSubnet(DeleteSubnetRequest.builder().regionId(REGION).subnetId(sn).build());
    client.deleteVpc(DeleteVpcRequest.builder().regionId(REGION).vpcId(id).build());
    assertServiceError(
        "Openapi.Vpc.NotFound",
        () -> client.showVpc(ShowVpcRequest.builder().regionId(REGION).vpcId(id).build()));
  }

  @Test
  void createAndShowSubnet() {
    String id = vpc("vpc-sn", "10.5.0.0/16");
    String sn = subnet(id, "sn-one", "10.5.1.0/24");
    assertThat(sn).matches("^subnet-[a-z0-9]{10}$");
    Subnet s =
        client
            .showSubnet(ShowSubnetRequest.builder().regionId(REGION).subnetId(sn).build())
            .returnObj();
    assertThat(s.subnetId()).isEqualTo(sn);
    assertThat(s.vpcId()).isEqualTo(id);
    assertThat(s.cidr()).isEqualTo("10.5.1.0/24");
    assertThat(s.gatewayIp()).isEqualTo("10.5.1.1");
    assertThat(s.availableIpCount()).isEqualTo(252);
    assertServiceError("Openapi.Subnet.CidrConflict", () -> subnet(id, "sn-two", "10.5.1.0/25"));
    assertServiceError(
        "Openapi.Subnet.NotFound",
        () ->
            client.showSubnet(
                ShowSubnetRequest.builder()
                    .regionId(REGION)
                    .subnetId("subnet-zzzzzzzzzz")
                    .build()));
  }

  @Test
  void listSubnetsAndNewListSubnets() {
    String id = vpc("vpc-lsn", "10.6.0.0/16");
    String a = subnet(id, "sn-a", "10.6.1.0/24");
    String b = subnet(id, "sn-b", "10.6.2.0/24");
    ListSubnetsResponse legacy =
        client.listSubnets(ListSubnetsRequest.builder().regionId(REGION).vpcId(id).build());
    assertThat(legacy.totalCount()).isEqualTo(2);
    assertThat(legacy.subnets()).extracting(Subnet::subnetId).containsExactlyInAnyOrder(a, b);
    NewListSubnetsResponse fresh =
        client.newListSubnets(
            NewListSubnetsRequest.builder().regionId(REGION).vpcId(id).subnetId(b).build());
    assertThat(fresh.subnets()).extracting(Subnet::subnetId).containsExactly(b);
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.listSubnets(
                ListSubnetsRequest.builder().regionId(EveryOperationTest.UNKNOWN_REGION).build()));
    assertServiceError(
        "Openapi.Region.NotFound",
        () ->
            client.newListSubnets(
                NewListSubnetsRequest.builder()
                    .regionId(EveryOperationTest.UNKNOWN_REGION)
                    .build()));
  }

  @Test
  void deleteSubnet() {
    String id = vpc("vpc-dsn", "10.7.0.0/16");
    String sn = subnet(id, "sn-del", "10.7.1.0/24");
    client.deleteSubnet(DeleteSubnetRequest.builder().regionId(REGION).subnetId(sn).build());
    assertServiceError(
        "Openapi.Subnet.NotFound",
        () ->
            client.deleteSubnet(
                DeleteSubnetRequest.builder().regionId(REGION).subnetId(sn).build()));
  }

  @Test
  void updateVpcAndUpdateSubnet() {
    String id = vpc("vpc-upd", "10.8.0.0/16");
    String sn = subnet(id, "sn-upd", "10.8.1.0/24");
    client.updateVpc(
        UpdateVpcRequest.builder()
            .regionId(REGION)
            .vpcId(id)
            .name("vpc-renamed")
            .description("edited")
            .build());
    Vpc v = client.showVpc(ShowVpcRequest.builder().regionId(REGION).vpcId(id).build()).returnObj();
    assertThat(v.name()).isEqualTo("vpc-renamed");
    assertThat(v.description()).isEqualTo("edited");
    client.updateSubnet(
        UpdateSubnetRequest.builder()
            .regionId(REGION)
            .subnetId(sn)
            .name("sn-renamed")
            .dnsList(Arrays.asList("10.8.0.53"))
            .build());
    Subnet s =
        client
            .showSubnet(ShowSubnetRequest.builder().regionId(REGION).subnetId(sn).build())
            .returnObj();
    assertThat(s.name()).isEqualTo("sn-renamed");
    assertThat(s.dnsList()).containsExactly("10.8.0.53");
    assertServiceError(
        "Openapi.Vpc.NotFound",
        () ->
            client.updateVpc(
                UpdateVpcRequest.builder()
                    .regionId(REGION)
                    .vpcId("vpc-zzzzzzzzzz")
                    .name("gone")
                    .build()));
  }

  private String vpc(String name, String cidr) {
    return client
        .createVpc(CreateVpcRequest.builder().regionId(REGION).name(name).cidr(cidr).build())
        .vpcId();
  }

  private String subnet(String vpc, String name, String cidr) {
    return client
        .createSubnet(
            CreateSubnetRequest.builder().regionId(REGION).vpcId(vpc).name(name).cidr(cidr).build())
        .subnetId();
  }
}
