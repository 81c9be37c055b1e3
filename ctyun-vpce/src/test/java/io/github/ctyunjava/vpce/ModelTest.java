package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CycleType;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.IpVersion;
import io.github.ctyunjava.vpce.model.OrderStatus;
import io.github.ctyunjava.vpce.model.ServiceType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model conventions: wire names, immutability, enums that keep unknown values, leniency. */
class ModelTest {
  final ObjectMapper mapper = new ObjectMapper();

  @Test
  void requestsUseTheExactWireNames() {
    JsonNode json =
        mapper.valueToTree(
            DeleteEndpointServiceRequest.builder()
                .regionId("81f7728662dd11ec810800155d307d5b")
                .id("endpser-9hzaohgug8")
                .build());
    assertThat(json.toString())
        .isEqualTo(
            "{\"regionID\":\"81f7728662dd11ec810800155d307d5b\",\"ID\":\"endpser-9hzaohgug8\"}");
  }

  @Test
  void enumsKeepUnknownValuesAndRoundTrip() throws Exception {
    Endpoint e =
        mapper.readValue(
            "{\"ID\":\"endpoint-tmncs8h97b\",\"type\":\"gwlb-next\",\"status\":1,\"extra\":{\"a\":1}}",
            Endpoint.class);
    assertThat(e.id()).isEqualTo("endpoint-tmncs8h97b");
    assertThat(e.type().value()).isEqualTo("gwlb-next");
    assertThat(e.type().isKnown()).isFalse();
    assertThat(mapper.writeValueAsString(e)).contains("\"type\":\"gwlb-next\"");
    assertThat(ServiceType.of("interface")).isSameAs(ServiceType.INTERFACE);
    assertThat(ServiceType.of(null)).isNull();
    assertThat(OrderStatus.knownValues())
        .extracting(OrderStatus::value)
        .containsExactly(
            "started",
            "renewed",
            "refunded",
            "destroyed",
            "failed",
            "starting",
            "changed",
            "expired",
            "unknown");
    assertThat(CycleType.knownValues()).containsExactly(CycleType.ON_DEMAND);
    assertThat(e.status()).isSameAs(EndpointStatus.CONNECTED);
    EndpointStatus odd = EndpointStatus.of(7);
    assertThat(odd.value()).isEqualTo(7);
    assertThat(odd.isKnown()).isFalse();
    assertThat(mapper.writeValueAsString(Endpoint.builder().status(odd).build()))
        .isEqualTo("{\"status\":7}");
    assertThat(IpVersion.knownValues()).extracting(IpVersion::value).containsExactly(0, 1, 2);
  }

  @Test
  void modelsAreImmutableValues() {
    List<String> whitelist = new ArrayList<>();
    whitelist.add("10.0.0.0/24");
    CreateEndpointRequest a =
        CreateEndpointRequest.builder().regionId("r").whitelist(whitelist).build();
    whitelist.add("10.0.1.0/24");
    assertThat(a.whitelist()).containsExactly("10.0.0.0/24");
    assertThatThrownBy(() -> a.whitelist().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    CreateEndpointRequest b = a.toBuilder().build();
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.toBuilder().endpointName("other").build()).isNotEqualTo(a);
    assertThat(a.toString()).contains("regionID=r");
  }

  @Test
  void requiredFieldsAreCheckedWithTheirWireNames() {
    CreateEndpointRequest missing =
        CreateEndpointRequest.builder()
            .regionId("81f7728662dd11ec810800155d307d5b")
            .cycleType(CycleType.ON_DEMAND)
            .build();
    assertThatThrownBy(missing::validate)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CreateEndpointRequest.endpointServiceId is required (wire name endpointServiceID)");
  }
}
