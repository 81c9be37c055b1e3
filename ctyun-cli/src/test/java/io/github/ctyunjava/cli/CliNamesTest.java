package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliNamesTest {
  @ParameterizedTest
  @CsvSource({
    "createEndpoint, create-endpoint",
    "listEndpointServices, list-endpoint-services",
    "createVPC, create-vpc",
    "createVpc, create-vpc",
    "allocateEipAddressV1, allocate-eip-address",
  })
  void commandIsKebabCaseOfTheOperationId(String operationId, String command) {
    assertThat(CliNames.command(operationId)).isEqualTo(command);
  }

  @ParameterizedTest
  @CsvSource({
    "regionID, --region-id",
    "endpointServiceID, --endpoint-service-id",
    "CIDR, --cidr",
    "IP6, --ip6",
    "ID, --id",
    "whitelist6, --whitelist6",
    "ipv6Isp, --ipv6-isp",
    "transitIPAddress, --transit-ipaddress",
  })
  void flagIsKebabCaseOfTheWireField(String field, String flag) {
    assertThat(CliNames.flag(field)).isEqualTo(flag);
  }

  @ParameterizedTest
  @CsvSource({
    "ctvpc, /v4/vpc/create, vpc",
    "ctvpc, /v4/vpce/create-endpoint, vpce",
    "ctvpc, /v4/endpoint/create-oss-policy, vpce",
    "ecx, /v4/ecx/any, ecx",
  })
  void groupFollowsProductAndPath(String product, String path, String group) {
    assertThat(CliNames.group(product, path)).isEqualTo(group);
  }

  @Test
  void catalogueNamesFollowTheSameRule() {
    List<io.github.ctyunjava.core.catalog.OperationCatalog.Operation> ops = new ArrayList<>();
    ops.addAll(io.github.ctyunjava.vpce.catalog.OperationCatalog.load().operations());
    ops.addAll(io.github.ctyunjava.ecx.catalog.OperationCatalog.load().operations());
    for (io.github.ctyunjava.core.catalog.OperationCatalog.Operation op : ops) {
      assertThat(op.cliCommand())
          .as(op.operationId())
          .isEqualTo(CliNames.command(op.operationId()));
      assertThat(op.cliGroup())
          .as(op.operationId())
          .isEqualTo(CliNames.group(op.product(), op.path()));
    }
  }
}
