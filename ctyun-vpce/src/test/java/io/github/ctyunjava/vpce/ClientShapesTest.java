package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.ctyunjava.vpce.model.Subnet;
import io.github.ctyunjava.vpce.model.Vpc;
import org.junit.jupiter.api.Test;

/**
 * The typed models read every shape in which CTyun's two Go clients (the generated ctvpc layer and
 * the hand-written SDK) expect a field, per conformance/ctvpc-client-contracts.json: either
 * spelling, and a string or an array where the views disagree. One test per disagreement.
 */
class ClientShapesTest {
  final ObjectMapper mapper = new ObjectMapper();

  Subnet subnet(String json) throws Exception {
    return mapper.readValue(json, Subnet.class);
  }

  Vpc vpc(String json) throws Exception {
    return mapper.readValue(json, Vpc.class);
  }

  @Test
  void subnetGatewayReadsGatewayIpOrGateway() throws Exception {
    assertThat(subnet("{\"gatewayIP\":\"10.0.0.1\"}").gatewayIp()).isEqualTo("10.0.0.1");
    assertThat(subnet("{\"gateway\":\"10.0.0.1\"}").gatewayIp()).isEqualTo("10.0.0.1");
    assertThat(subnet("{\"gatewayIP\":\"10.0.0.1\",\"gateway\":\"10.0.0.1\"}").gatewayIp())
        .isEqualTo("10.0.0.1");
  }

  @Test
  void subnetAvailableCountReadsEitherLetterCase() throws Exception {
    assertThat(subnet("{\"availableIPCount\":250}").availableIpCount()).isEqualTo(250);
    assertThat(subnet("{\"availableIpCount\":250}").availableIpCount()).isEqualTo(250);
  }

  @Test
  void subnetCreatedAtReadsCreatedAtOrCreateAt() throws Exception {
    String t = "2022-07-07T09:29:55Z";
    assertThat(subnet("{\"createdAt\":\"" + t + "\"}").createdAt()).isEqualTo(t);
    assertThat(subnet("{\"createAt\":\"" + t + "\"}").createdAt()).isEqualTo(t);
  }

  @Test
  void subnetUpdatedAtReadsUpdatedAtOrUpdateAt() throws Exception {
    String t = "2022-07-08T01:02:03Z";
    assertThat(subnet("{\"updatedAt\":\"" + t + "\"}").updatedAt()).isEqualTo(t);
    assertThat(subnet("{\"updateAt\":\"" + t + "\"}").updatedAt()).isEqualTo(t);
  }

  @Test
  void vpcSecondaryCidrsReadEitherLetterCase() throws Exception {
    assertThat(vpc("{\"secondaryCIDRS\":[\"10.1.0.0/16\"]}").secondaryCidrs())
        .containsExactly("10.1.0.0/16");
    assertThat(vpc("{\"secondaryCIDRs\":[\"10.1.0.0/16\"]}").secondaryCidrs())
        .containsExactly("10.1.0.0/16");
  }

  @Test
  void vpcDhcpOptionsSetIdReadsTheShowViewsArray() throws Exception {
    assertThat(vpc("{\"dhcpOptionsSetID\":[\"dhcpopts-1\"]}").dhcpOptionsSetId())
        .containsExactly("dhcpopts-1");
    assertThat(vpc("{\"dhcpOptionsSetID\":[]}").dhcpOptionsSetId()).isEmpty();
  }

  @Test
  void vpcDhcpOptionsSetIdReadsTheListViewsString() throws Exception {
    assertThat(vpc("{\"dhcpOptionsSetID\":\"dhcpopts-1\"}").dhcpOptionsSetId())
        .containsExactly("dhcpopts-1");
    assertThat(vpc("{\"dhcpOptionsSetID\":\"\"}").dhcpOptionsSetId()).isEmpty();
    assertThat(vpc("{\"dhcpOptionsSetID\":null}").dhcpOptionsSetId()).isNull();
  }

  @Test
  void vpcDhcpOptionsSetIdRefusesOtherShapes() {
    assertThatThrownBy(() -> vpc("{\"dhcpOptionsSetID\":{\"id\":\"x\"}}"))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> vpc("{\"dhcpOptionsSetID\":[[\"x\"]]}"))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void dhcpOptionsSetIdListIsImmutable() throws Exception {
    Vpc v = vpc("{\"dhcpOptionsSetID\":[\"a\",\"b\"]}");
    assertThatThrownBy(() -> v.dhcpOptionsSetId().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
