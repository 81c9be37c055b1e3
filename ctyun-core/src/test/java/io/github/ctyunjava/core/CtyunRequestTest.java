package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One request model: a CtyunRequest carries the signable request the signer reads. */
class CtyunRequestTest {
  private static final String BODY = "{\"regionID\":\"r1\",\"name\":\"a b\"}";

  private static CtyunRequest request() {
    return CtyunRequest.builder()
        .product("ctvpc")
        .method("post")
        .path("/v4/vpc/create")
        .addQueryParam("b", "2")
        .addQueryParam("a", "1")
        .jsonBody(BODY)
        .build();
  }

  @Test
  void theSignablePartIsTheRequestsMethodPathQueryAndBody() {
    SignableRequest s = request().signable();
    assertThat(s.method()).isEqualTo("POST");
    assertThat(s.path()).isEqualTo("/v4/vpc/create");
    assertThat(s.query()).containsExactly(QueryParam.of("b", "2"), QueryParam.of("a", "1"));
    assertThat(new String(s.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
    assertThat(request().toBuilder().build().signable().query()).isEqualTo(s.query());
  }

  @Test
  void signingTheRequestEqualsSigningTheSameRequestBuiltForTheSignerAlone() {
    Credentials creds = Credentials.of("4a4bdc57e06542199b5f98d4cd107be2", "s3cr3t-key-value");
    SignableRequest alone =
        SignableRequest.builder()
            .method("POST")
            .path("/v4/vpc/create")
            .addQueryParam("b", "2")
            .addQueryParam("a", "1")
            .body(BODY)
            .build();
    EopSigner signer = EopSigner.create();
    String date = "20240611T101530Z";
    assertThat(signer.sign(request().signable(), creds, date, "req-1").authorization())
        .isEqualTo(signer.sign(alone, creds, date, "req-1").authorization());
  }
}
