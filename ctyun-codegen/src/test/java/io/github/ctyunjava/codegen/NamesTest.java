package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.testing.RepoFiles;
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

  @Test
  void cliCommandsAreKebabCaseWithCapitalRunsAsOneWord() {
    assertThat(Names.cliCommand("createEndpoint")).isEqualTo("create-endpoint");
    assertThat(Names.cliCommand("listEndpointServices")).isEqualTo("list-endpoint-services");
    assertThat(Names.cliCommand("createVPC")).isEqualTo("create-vpc");
    assertThat(Names.cliCommand("showVpc")).isEqualTo("show-vpc");
    assertThat(Names.cliCommand("describeRegionClusters")).isEqualTo("describe-region-clusters");
    assertThat(Names.cliCommand("allocateEipAddressV1")).isEqualTo("allocate-eip-address");
    assertThat(Names.cliCommand("modifyEndpointIpVersion")).isEqualTo("modify-endpoint-ip-version");
  }

  @Test
  void cliGroupsFollowThePathPrefixesOfProductsYaml() {
    ClientConfig ctvpc = ClientConfig.of(RepoFiles.root(), "ctvpc");
    ClientConfig ecx = ClientConfig.of(RepoFiles.root(), "ecx");
    assertThat(ctvpc.cliGroup("/v4/vpc/create")).isEqualTo("vpc");
    assertThat(ctvpc.cliGroup("/v4/vpce/create-endpoint")).isEqualTo("vpce");
    assertThat(ctvpc.cliGroup("/v4/endpoint/create-oss-policy")).isEqualTo("vpce");
    assertThat(ecx.cliGroup("/v1/allocateEipAddress")).isEqualTo("ecx");
    assertThatThrownBy(() -> ctvpc.cliGroup("/v4/eip/create"))
        .isInstanceOf(IllegalStateException.class);
  }
}
