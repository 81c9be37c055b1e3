package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void wireNamesBecomeLowerCamel() {
    assertThat(Names.member("regionID")).isEqualTo("regionId");
    assertThat(Names.member("ID")).isEqualTo("id");
    assertThat(Names.member("transitIPAddress")).isEqualTo("transitIpAddress");
    assertThat(Names.member("transitIPs")).isEqualTo("transitIps");
    assertThat(Names.member("secondaryCIDRS")).isEqualTo("secondaryCidrs");
    assertThat(Names.member("secondaryCIDRs")).isEqualTo("secondaryCidrs");
    assertThat(Names.member("instanceID6")).isEqualTo("instanceId6");
    assertThat(Names.member("masterOrderNO")).isEqualTo("masterOrderNo");
    assertThat(Names.member("ipv6Isp")).isEqualTo("ipv6Isp");
    assertThat(Names.member("CIDR")).isEqualTo("cidr");
  }

  @Test
  void typeAndConstantNames() {
    assertThat(Names.type("createEndpoint")).isEqualTo("CreateEndpoint");
    assertThat(Names.constant("on_demand")).isEqualTo("ON_DEMAND");
    assertThat(Names.constant("bgp-3")).isEqualTo("BGP_3");
    assertThat(Names.constant("TCP")).isEqualTo("TCP");
    assertThat(Names.singular("subOrderPrices")).isEqualTo("subOrderPrice");
    assertThat(Names.singular("returnObj")).isEqualTo("returnObjItem");
  }

  @Test
  void firstSentenceKeepsAbbreviations() {
    assertThat(SpecReader.firstSentence("Region ID, e.g. 81f7. More text."))
        .isEqualTo("Region ID, e.g. 81f7.");
    assertThat(SpecReader.firstSentence("No period")).isEqualTo("No period.");
  }
}
