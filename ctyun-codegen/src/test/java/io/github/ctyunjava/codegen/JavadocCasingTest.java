package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generated names and Javadoc keep acronyms readable. */
class JavadocCasingTest {
  @Test
  void aSentenceStartsLowerCaseButAnAcronymKeepsItsCapitals() {
    assertThat(JavaEmitter.lowerFirst("The VPC ID.")).isEqualTo("the VPC ID.");
    assertThat(JavaEmitter.lowerFirst("VPC name.")).isEqualTo("VPC name.");
    assertThat(JavaEmitter.lowerFirst("IPv6 CIDR blocks.")).isEqualTo("IPv6 CIDR blocks.");
    assertThat(JavaEmitter.lowerFirst("A")).isEqualTo("a");
    assertThat(JavaEmitter.lowerFirst("")).isEmpty();
  }

  @Test
  void operationMethodsAreCasedLikeTheirModelClasses() {
    assertThat(Names.member("createVPC")).isEqualTo("createVpc");
    assertThat(Names.type("createVPC")).isEqualTo("CreateVpc");
    assertThat(Names.member("describeVPCs")).isEqualTo("describeVpcs");
    assertThat(Names.member("allocateEipAddressV1")).isEqualTo("allocateEipAddressV1");
    assertThat(Names.member("listEndpoints")).isEqualTo("listEndpoints");
  }
}
