package io.github.ctyunjava.ecx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.ecx.model.AllocateEipAddressV1Request;
import io.github.ctyunjava.ecx.model.AllocateEipAddressV1Response;
import io.github.ctyunjava.ecx.model.Architecture;
import io.github.ctyunjava.ecx.model.Cluster;
import io.github.ctyunjava.ecx.model.CreateVpcRequest;
import io.github.ctyunjava.ecx.model.CreateVpcResponse;
import io.github.ctyunjava.ecx.model.DescribeInstanceSpecRequest;
import io.github.ctyunjava.ecx.model.DescribeInstanceSpecResponse;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersRequest;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersResponse;
import io.github.ctyunjava.ecx.model.InstanceSpec;
import io.github.ctyunjava.ecx.model.RegionClusters;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The four evidenced ECX operations against ctyun-local: success and one service error each. */
@CtyunLocalTest
class EcxOperationsTest {
  /** The nodeCode of the official samples (ecx-semantics.md §3, spec NodeCode example). */
  static final String CHANGDE = "hn-changde-1";

  /** The nodeCode of the 2022 EIP sample (ecx-semantics.md §3). */
  static final String HAIKOU = "hi-haikou-6";

  /** Matches the spec's NodeCode pattern but names no cluster open to the account. */
  static final String NOWHERE = "xx-nowhere-1";

  /** The spec's NodeCode pattern. */
  static final String NODE_CODE_PATTERN = "^[a-z]{2}-[a-z]+-\\d+$";

  EcxClient client;

  @BeforeEach
  void open(CtyunClient core) {
    client = EcxClient.builder().client(core).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void describeRegionClusters() {
    DescribeRegionClustersResponse r =
        client.describeRegionClusters(DescribeRegionClustersRequest.builder().build());
    List<String> nodeCodes = new ArrayList<>();
    for (RegionClusters region : r.results()) {
      assertThat(region.regionCode()).isNotEmpty();
      for (Cluster c : region.clusters()) {
        assertThat(c.nodeCode()).matches(NODE_CODE_PATTERN);
        nodeCodes.add(c.nodeCode());
      }
    }
    assertThat(nodeCodes).contains(CHANGDE, HAIKOU);
  }

  @Test
  void describeRegionClustersWithAnUnknownKeyIsRejectedByTheGateway(
      URI endpoint, Credentials credentials) {
    try (EcxClient stranger =
        EcxClient.builder()
            .credentialsProvider(
                StaticCredentialsProvider.create("unknown" + credentials.accessKey(), "x"))
            .endpointOverride(endpoint.toString())
            .build()) {
      assertThatThrownBy(
              () ->
                  stranger.describeRegionClusters(DescribeRegionClustersRequest.builder().build()))
          .isInstanceOfSatisfying(
              CtyunServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
    }
  }

  @Test
  void describeInstanceSpec() {
    DescribeInstanceSpecResponse r =
        client.describeInstanceSpec(
            DescribeInstanceSpecRequest.builder().nodeCode(CHANGDE).build());
    assertThat(r.results()).isNotEmpty();
    for (InstanceSpec s : r.results()) {
      assertThat(s.specCode()).isNotEmpty();
      assertThat(s.cpu()).isPositive();
      assertThat(s.memory()).isPositive();
      assertThat(Architecture.knownValues()).contains(s.architecture());
    }
    assertServiceError(
        "Ecx.Cluster.NotFound",
        () ->
            client.describeInstanceSpec(
                DescribeInstanceSpecRequest.builder().nodeCode(NOWHERE).build()));
  }

  @Test
  void createVpc() {
    CreateVpcResponse r = client.createVpc(CreateVpcRequest.builder().nodeCode(CHANGDE).build());
    assertThat(r.vpcId()).matches("^vpc-[a-z0-9]+$");
    CreateVpcResponse named =
        client.createVpc(
            CreateVpcRequest.builder()
                .nodeCode(HAIKOU)
                .vpcName("edge-a")
                .cidr("10.8.0.0/16")
                .description("ecx test")
                .build());
    assertThat(named.vpcId()).isNotEqualTo(r.vpcId());
    assertServiceError(
        "Ecx.Cidr.Invalid",
        () ->
            client.createVpc(
                CreateVpcRequest.builder().nodeCode(CHANGDE).cidr("8.8.0.0/16").build()));
  }

  @Test
  void allocateEipAddressV1() {
    // the 2022 sample body (ecx-semantics.md §10)
    AllocateEipAddressV1Response r =
        client.allocateEipAddressV1(
            AllocateEipAddressV1Request.builder()
                .nodeCode(HAIKOU)
                .bandwidthSize(1)
                .noBandwidthLimit(true)
                .isDualStack(false)
                .bandwidthPriceType("FIXED_BANDWIDTH")
                .build());
    assertThat(r.eipId()).startsWith("eip-");
    assertThat(r.ipAddress()).isNotEmpty();
    AllocateEipAddressV1Response dual =
        client.allocateEipAddressV1(
            AllocateEipAddressV1Request.builder()
                .nodeCode(HAIKOU)
                .bandwidthSize(5)
                .isDualStack(true)
                .build());
    assertThat(dual.ipv6Address()).isNotEmpty();
    assertServiceError(
        "Ecx.Cluster.NotFound",
        () ->
            client.allocateEipAddressV1(
                AllocateEipAddressV1Request.builder().nodeCode(NOWHERE).bandwidthSize(1).build()));
  }

  @Test
  void requiredFieldsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> client.createVpc(CreateVpcRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nodeCode");
    assertThatThrownBy(
            () ->
                client.allocateEipAddressV1(
                    AllocateEipAddressV1Request.builder().nodeCode(HAIKOU).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bandwidthSize");
    assertThatThrownBy(() -> client.describeInstanceSpec(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static void assertServiceError(String errorCode, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CtyunServiceException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.statusCode()).isEqualTo("900");
              assertThat(e.errorCode()).isEqualTo(errorCode);
            });
  }
}
