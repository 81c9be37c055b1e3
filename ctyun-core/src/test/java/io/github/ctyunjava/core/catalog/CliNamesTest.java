package io.github.ctyunjava.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliNamesTest {
  // issue 4: createEndpoint -> create-endpoint, listEndpointServices -> list-endpoint-services,
  // createVPC -> create-vpc, --region-id, --endpoint-service-id
  @ParameterizedTest
  @CsvSource({
    "createEndpoint, create-endpoint",
    "listEndpointServices, list-endpoint-services",
    "createVPC, create-vpc",
    "describeRegionClusters, describe-region-clusters",
    "allocateEipAddressV1, allocate-eip-address",
    "modifyEndpointIpVersion, modify-endpoint-ip-version"
  })
  void commands(String operationId, String command) {
    assertThat(CliNames.command(operationId)).isEqualTo(command);
  }

  @ParameterizedTest
  @CsvSource({
    "regionID, --region-id",
    "endpointServiceID, --endpoint-service-id",
    "CIDR, --cidr",
    "IP6, --ip6",
    "ID, --id",
    "transitIPAddress, --transit-ip-address",
    "IPv6, --ipv6",
    "ipv6SegmentPoolID, --ipv6-segment-pool-id"
  })
  void flags(String field, String flag) {
    assertThat(CliNames.flag(field)).isEqualTo(flag);
  }
}
