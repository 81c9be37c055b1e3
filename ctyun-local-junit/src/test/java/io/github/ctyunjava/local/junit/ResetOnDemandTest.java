package io.github.ctyunjava.local.junit;

import static io.github.ctyunjava.local.junit.Vpcs.createVpc;
import static io.github.ctyunjava.local.junit.Vpcs.vpcCount;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code reset()} on demand, and settings that point any client builder at the emulator. */
class ResetOnDemandTest {
  @RegisterExtension static final CtyunLocalExtension LOCAL = new CtyunLocalExtension();

  @Test
  void resetClearsWhatTheTestCreated() {
    createVpc(LOCAL.client(), "vpc-a");
    assertThat(vpcCount(LOCAL.client())).isEqualTo(1);
    LOCAL.reset();
    assertThat(vpcCount(LOCAL.client())).isZero();
  }

  @Test
  void theConfigurationPointsAnyBuilderAtTheEmulator(CtyunConfiguration injected) {
    CtyunConfiguration c = LOCAL.configuration();
    assertThat(c.endpointUrl()).isEqualTo(LOCAL.endpoint().toString());
    assertThat(c.regionId()).isNull();
    assertThat(c.credentialsProvider().resolveCredentials()).isEqualTo(LOCAL.credentials());
    assertThat(injected.endpointUrl()).isEqualTo(c.endpointUrl());
    try (CtyunClient built = CtyunClient.builder().configuration(c).build()) {
      vpcCount(built); // signed and accepted
    }
  }
}
