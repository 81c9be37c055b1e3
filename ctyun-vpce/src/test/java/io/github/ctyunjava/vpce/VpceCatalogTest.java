package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.catalog.OperationCatalog.Field;
import io.github.ctyunjava.core.catalog.OperationCatalog.Operation;
import io.github.ctyunjava.vpce.catalog.VpceCatalog;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runtime reader of operations.json (what the CLI and emulator will read). */
class VpceCatalogTest {
  final VpceCatalog catalog = VpceCatalog.load();

  @Test
  void billedCreateEndpoint() {
    Operation op = catalog.operation("createEndpoint");
    assertThat(op.product()).isEqualTo("ctvpc");
    assertThat(op.method()).isEqualTo("POST");
    assertThat(op.path()).isEqualTo("/v4/vpce/create-endpoint");
    assertThat(op.billed()).isTrue();
    assertThat(op.clientTokenAuto()).isTrue();
    assertThat(op.idempotent()).isFalse();
    assertThat(op.evidence()).isEqualTo("verified");
    assertThat(op.response()).isEqualTo("return_obj");
    Field cycle = op.field("cycleType");
    assertThat(cycle.inQuery()).isFalse();
    assertThat(cycle.required()).isTrue();
    assertThat(cycle.enumValues()).containsExactly("on_demand");
    Field token = op.field("clientToken");
    assertThat(token.minLength()).isEqualTo(1);
    assertThat(token.maxLength()).isEqualTo(64);
    assertThat(catalog.find("post", "/v4/vpce/create-endpoint")).isSameAs(op);
    assertThat(catalog.generatedFrom()).isEqualTo("spec/ctvpc-vpce.openapi.yaml");
    assertThat(catalog.specVersion()).isNotEmpty();
  }

  @Test
  void nestedFieldsAndPaging() {
    Field rules = catalog.operation("createEndpointService").field("rules");
    assertThat(rules.type()).isEqualTo("array<object>");
    assertThat(rules.requiredWhen()).isEqualTo("type == 'interface'");
    assertThat(rules.fields())
        .extracting(Field::name)
        .containsExactly("protocol", "serverPort", "endpointPort");
    assertThat(rules.fields().get(1).maximum()).isEqualTo(65535);
    Operation labels = catalog.operation("listEndpointLabels");
    assertThat(labels.idempotent()).isTrue();
    assertThat(labels.field("pageNumber").inQuery()).isTrue();
    assertThat(labels.pagination().pageParam()).isEqualTo("pageNumber");
    assertThat(labels.pagination().maxPageSize()).isEqualTo(50);
    assertThat(labels.pagination().defaultPageSize()).isEqualTo(10);
    assertThat(labels.pagination().counts()).isEqualTo("returnObj[]");
    assertThat(catalog.operation("showEndpoint").pagination()).isNull();
    assertThat(catalog.operation("bindEndpointServiceLabel").field("endpointServiceID").evidence())
        .isEqualTo("inferred");
  }

  @Test
  void cliNamesComeFromTheCatalogue() {
    Operation create = catalog.operation("createEndpoint");
    assertThat(create.cliGroup()).isEqualTo("vpce");
    assertThat(create.cliCommand()).isEqualTo("create-endpoint");
    assertThat(catalog.operation("listEndpointServices").cliCommand())
        .isEqualTo("list-endpoint-services");
    assertThat(catalog.operation("showVpc").cliGroup()).isEqualTo("vpc");
    assertThat(catalog.operation("showVpc").cliCommand()).isEqualTo("show-vpc");
    assertThat(catalog.operation("createEndpointOssPolicy").cliGroup()).isEqualTo("vpce");
    for (Operation op : catalog.operations()) {
      // spec/products.yaml: vpc for /v4/vpc/, vpce for the rest (/v4/vpce/, /v4/endpoint/)
      assertThat(op.cliGroup())
          .as(op.operationId())
          .isEqualTo(op.path().startsWith("/v4/vpc/") ? "vpc" : "vpce");
    }
  }

  @Test
  void cliNamesAreUniqueWithinAGroup() {
    Set<String> names = new HashSet<>();
    for (Operation op : catalog.operations()) {
      assertThat(names.add(op.cliGroup() + " " + op.cliCommand()))
          .as("ctyun %s %s is taken twice", op.cliGroup(), op.cliCommand())
          .isTrue();
    }
    assertThat(names).hasSize(catalog.operations().size());
  }

  @Test
  void unknownOperations() {
    assertThat(catalog.find("nope")).isNull();
    assertThat(catalog.find("GET", "/v4/nope")).isNull();
    assertThatThrownBy(() -> catalog.operation("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
