package io.github.ctyunjava.ecx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.catalog.OperationCatalog.Field;
import io.github.ctyunjava.core.catalog.OperationCatalog.Operation;
import io.github.ctyunjava.ecx.catalog.EcxCatalog;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runtime reader of ctyun-ecx's operations.json. */
class EcxCatalogTest {
  final EcxCatalog catalog = EcxCatalog.load();

  @Test
  void theFourEvidencedOperations() {
    assertThat(catalog.generatedFrom()).isEqualTo("spec/ecx.openapi.yaml");
    assertThat(catalog.operations())
        .extracting(Operation::operationId)
        .containsExactly(
            "describeRegionClusters", "describeInstanceSpec", "createVPC", "allocateEipAddressV1");
    assertThat(catalog.operations()).extracting(Operation::product).containsOnly("ecx");
    assertThat(catalog.operations()).extracting(Operation::evidence).containsOnly("verified");
    assertThat(EcxCatalog.load()).isSameAs(catalog);
  }

  @Test
  void wireFacts() {
    Operation spec = catalog.operation("describeInstanceSpec");
    assertThat(spec.method()).isEqualTo("GET");
    assertThat(spec.path()).isEqualTo("/v3/cluster/describeInstanceSpec");
    assertThat(spec.idempotent()).isTrue();
    Field node = spec.field("nodeCode");
    assertThat(node.inQuery()).isTrue();
    assertThat(node.required()).isTrue();
    assertThat(node.type()).isEqualTo("string");
    assertThat(node.pattern()).isEqualTo("^[a-z]{2}-[a-z]+-\\d+$");
    Operation vpc = catalog.operation("createVPC");
    assertThat(vpc.method()).isEqualTo("POST");
    assertThat(vpc.idempotent()).isFalse();
    assertThat(vpc.field("nodeCode").inQuery()).isFalse();
    assertThat(vpc.field("cidr").evidence()).isEqualTo("inferred");
    assertThat(vpc.field("nodeCode").evidence()).isEqualTo("verified");
    Operation eip = catalog.operation("allocateEipAddressV1");
    assertThat(eip.path()).isEqualTo("/v1/allocateEipAddress");
    assertThat(eip.field("bandwidthSize").required()).isTrue();
    assertThat(eip.field("bandwidthSize").type()).isEqualTo("integer");
    assertThat(catalog.find("POST", "/v3/eip/allocateEipAddress"))
        .as("the inferred v3 path has no typed method")
        .isNull();
  }

  @Test
  void cliNamesAreUniqueInTheEcxGroup() {
    assertThat(catalog.operation("describeRegionClusters").cliCommand())
        .isEqualTo("describe-region-clusters");
    assertThat(catalog.operation("createVPC").cliCommand()).isEqualTo("create-vpc");
    assertThat(catalog.operation("allocateEipAddressV1").cliCommand())
        .isEqualTo("allocate-eip-address");
    Set<String> names = new HashSet<>();
    for (Operation op : catalog.operations()) {
      assertThat(op.cliGroup()).isEqualTo("ecx");
      assertThat(names.add(op.cliCommand())).as(op.cliCommand()).isTrue();
    }
  }
}
