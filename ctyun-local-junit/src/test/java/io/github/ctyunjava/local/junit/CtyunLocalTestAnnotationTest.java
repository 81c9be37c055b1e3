package io.github.ctyunjava.local.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.CtyunResponse;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.CtyunLocal;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@CtyunLocalTest
class CtyunLocalTestAnnotationTest {
  // vpce-semantics.md / eop-protocol.md §6: the documented sample region
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  @Test
  void injectsAClientSignedForTheEmulator(CtyunClient client) {
    CtyunResponse r =
        client.call(
            CtyunRequest.builder()
                .product("ctvpc")
                .method("GET")
                .path("/v4/vpc/list")
                .addQueryParam("regionID", REGION)
                .build());
    assertThat(r.envelope().isSuccess()).isTrue();
  }

  @Test
  void injectsEndpointCredentialsAndTheEmulator(URI endpoint, Credentials creds, CtyunLocal local) {
    assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
    assertThat(endpoint.getPort()).isEqualTo(local.port()).isPositive();
    assertThat(creds).isEqualTo(local.credentials());
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterEmulator(CtyunLocal local, URI endpoint) {
      assertThat(local.endpoint()).isEqualTo(endpoint);
    }
  }
}
