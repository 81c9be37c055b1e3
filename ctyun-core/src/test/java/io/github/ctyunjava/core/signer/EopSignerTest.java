package io.github.ctyunjava.core.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.testing.SignatureVector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EopSignerTest {
  private static final Credentials CREDS = Credentials.of("ak-1234567890", "sk-secret-value");

  @Test
  void refusesMalformedDateAndRequestId() {
    EopSigner s = EopSigner.create();
    SignableRequest r = SignableRequest.builder().build();
    assertThatThrownBy(() -> s.sign(r, CREDS, "2024-06-11", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Eop-date");
    assertThatThrownBy(() -> s.sign(r, CREDS, "20240611T101530Z", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.sign(r, CREDS, "20240611T101530Z", "a\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEmptyKeys() {
    assertThatThrownBy(() -> Credentials.of("", "sk")).hasMessageContaining("access key");
    assertThatThrownBy(() -> Credentials.of("ak", "")).hasMessageContaining("secret key");
    assertThatThrownBy(() -> Credentials.of(null, "sk"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nonAsciiAccessKeyIsCarriedIntactAndSignedAsUtf8() throws Exception {
    Credentials unicode = Credentials.of("测试-ak-🚀", "sk-secret-value");
    EopSignature sig =
        EopSigner.create()
            .sign(SignableRequest.builder().build(), unicode, "20240611T101530Z", "r");
    assertThat(sig.authorization())
        .startsWith("测试-ak-🚀 Headers=ctyun-eop-request-id;eop-date Signature=")
        .endsWith(sig.signature());
    // eop-protocol.md §2, computed independently with javax.crypto
    byte[] kTime = hmac("sk-secret-value".getBytes(StandardCharsets.UTF_8), "20240611T101530Z");
    byte[] kAk = hmac(kTime, "测试-ak-🚀");
    byte[] kDate = hmac(kAk, "20240611");
    String expected = Base64.getEncoder().encodeToString(hmac(kDate, sig.stringToSign()));
    assertThat(sig.signature()).isEqualTo(expected);
  }

  private static byte[] hmac(byte[] key, String msg) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(msg.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void signatureStaysOutOfToString() {
    EopSignature sig =
        EopSigner.create().sign(SignableRequest.builder().build(), CREDS, "20240611T101530Z", "r");
    assertThat(sig.toString()).doesNotContain(sig.signature()).doesNotContain("sk-secret");
  }

  @Test
  void verifierPrimitivesAgreeWithSign() {
    SignatureVector v = SignatureVector.all().get(5);
    EopSigner signer = EopSigner.builder().queryStyle(v.style()).build();
    String body = v.body == null ? "" : v.body;
    String sts =
        EopSigner.stringToSign(
            v.requestId,
            v.eopDate,
            v.expectedCanonical,
            EopSigner.sha256Hex(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(sts).isEqualTo(v.expectedStringToSign);
    byte[] mac = signer.signatureBytes(Credentials.of(v.ak, v.sk), v.eopDate, sts);
    assertThat(java.util.Base64.getEncoder().encodeToString(mac)).isEqualTo(v.expectedSignature);
  }

  @Test
  void verifierSignatureFromPartsMatchesEveryVector() {
    for (SignatureVector v : SignatureVector.all()) {
      String body = v.body == null ? "" : v.body;
      byte[] mac =
          EopSigner.create()
              .signatureBytes(
                  Credentials.of(v.ak, v.sk),
                  v.requestId,
                  v.eopDate,
                  v.expectedCanonical,
                  EopSigner.sha256Hex(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(java.util.Base64.getEncoder().encodeToString(mac))
          .as(v.name)
          .isEqualTo(v.expectedSignature);
    }
  }

  @Test
  void verifierSignatureFromPartsEqualsTheStringFormForAnyText() {
    EopSigner signer = EopSigner.create();
    Credentials c = Credentials.of("ak-1", "sk-1");
    String hex = EopSigner.sha256Hex(new byte[0]);
    String[][] parts = {
      {"req 1", "a=1&b=2"}, {"请求-1", "a=1"}, {"req-1", "name=天翼云&x=%E5"}, {"req-é", "é=ü"}
    };
    for (String[] p : parts) {
      byte[] fromString =
          signer.signatureBytes(
              c, "20240611T101530Z", EopSigner.stringToSign(p[0], "20240611T101530Z", p[1], hex));
      assertThat(signer.signatureBytes(c, p[0], "20240611T101530Z", p[1], hex))
          .as("%s | %s", p[0], p[1])
          .isEqualTo(fromString);
    }
  }

  @Test
  void keyCacheIsCorrectUnderConcurrentMixedKeysAndDates() throws Exception {
    List<SignatureVector> vectors = SignatureVector.all();
    EopSigner cached = EopSigner.builder().queryStyle(QueryStyle.GO).build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    SignatureVector v = vectors.get((i * 7 + offset) % vectors.size());
                    if (v.style() != QueryStyle.GO) {
                      continue;
                    }
                    EopSignature s =
                        cached.sign(
                            v.request(), Credentials.of(v.ak, v.sk), v.eopDate, v.requestId);
                    if (!s.signature().equals(v.expectedSignature)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
