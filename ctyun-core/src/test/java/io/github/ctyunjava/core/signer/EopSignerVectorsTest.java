package io.github.ctyunjava.core.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.testing.SignatureVector;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EopSignerVectorsTest {
  static List<SignatureVector> vectors() {
    List<SignatureVector> all = SignatureVector.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(48);
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signsEveryVectorWithItsStyle(SignatureVector v) {
    for (boolean cache : new boolean[] {true, false}) {
      EopSigner signer = EopSigner.builder().queryStyle(v.style()).keyCache(cache).build();
      EopSignature s = signer.sign(v.request(), Credentials.of(v.ak, v.sk), v.eopDate, v.requestId);

      assertThat(s.canonicalQuery()).isEqualTo(v.expectedCanonical);
      assertThat(s.stringToSign()).isEqualTo(v.expectedStringToSign);
      assertThat(s.signature()).isEqualTo(v.expectedSignature);
      assertThat(s.authorization()).isEqualTo(v.expectedAuthorization);
      assertThat(s.wireQuery()).isEqualTo(v.wireQuery);
      assertThat(s.headers())
          .containsEntry("ctyun-eop-request-id", v.requestId)
          .containsEntry("Eop-date", v.eopDate)
          .containsEntry("Eop-Authorization", v.expectedAuthorization);
    }
  }
}
