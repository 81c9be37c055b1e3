package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Envelope of(String json) throws Exception {
    return Envelope.of(JSON.readTree(json));
  }

  // eop-protocol.md §7.1 (number or string) and ecx-semantics.md §9 (CDN family 100000)
  @ParameterizedTest
  @ValueSource(strings = {"800", "\"800\"", "100000", "\"100000\"", "800.0"})
  void successCodes(String code) throws Exception {
    assertThat(of("{\"statusCode\":" + code + "}").isSuccess()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"900", "\"900\"", "401", "\"\""})
  void failureCodes(String code) throws Exception {
    assertThat(of("{\"statusCode\":" + code + "}").isSuccess()).isFalse();
  }

  // issue 9: success needs a success code; a body without one is not success
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "null",
        "\"800\"",
        "{\"message\":\"Internal Server Error\"}",
        "{\"errorCode\":\"SUCCESS\"}",
        "{\"errorCode\":\"\",\"returnObj\":{}}"
      })
  void bodiesWithoutAStatusCodeAreNeitherSuccessNorEnvelopes(String json) throws Exception {
    Envelope e = of(json);
    assertThat(e.isSuccess()).isFalse();
    assertThat(e.isRecognized()).isFalse();
  }

  @Test
  void anEmptyBodyIsNeitherSuccessNorAnEnvelope() {
    assertThat(Envelope.of(null).isSuccess()).isFalse();
    assertThat(Envelope.of(null).isRecognized()).isFalse();
  }

  @Test
  void anErrorCodeWithoutStatusCodeIsARecognizedFailure() throws Exception {
    Envelope e = of("{\"errorCode\":\"Openapi.Vpc.NotFound\"}");
    assertThat(e.isRecognized()).isTrue();
    assertThat(e.isSuccess()).isFalse();
    assertThat(of("{\"statusCode\":900}").isRecognized()).isTrue();
  }

  @Test
  void cdnFamilyFieldNamesAreUnderstood() throws Exception {
    Envelope e =
        of(
            "{\"statusCode\":100001,\"error\":\"Cdn.Auth\",\"errorMessage\":\"denied\","
                + "\"requestId\":\"req-1\"}");
    assertThat(e.isSuccess()).isFalse();
    assertThat(e.message()).isEqualTo("denied");
    assertThat(e.error()).isEqualTo("Cdn.Auth");
    assertThat(e.traceId()).isEqualTo("req-1");
  }

  // issue 9 item 4: the client reads the status fields without building the payload's tree
  @Test
  void aScannedEnvelopeReadsTheStatusFieldsAndBuildsTheTreeOnlyWhenAsked() throws Exception {
    String json =
        "{\"returnObj\":{\"vpcs\":[{\"id\":\"vpc-1\"}],\"n\":2.50},\"statusCode\":900,"
            + "\"errorCode\":\"Openapi.X\",\"message\":\"m\",\"description\":\"描述\"}";
    Envelope e = ResponseJson.scan(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0);
    assertThat(e.statusCode()).isEqualTo("900");
    assertThat(e.errorCode()).isEqualTo("Openapi.X");
    assertThat(e.message()).isEqualTo("m");
    assertThat(e.description()).isEqualTo("描述");
    assertThat(e.isRecognized()).isTrue();
    assertThat(e.json()).isEqualTo(JSON.readTree(json)).isSameAs(e.json());
    assertThat(e.returnObj().get("vpcs").get(0).get("id").asText()).isEqualTo("vpc-1");
  }

  @Test
  void aSmallBodyIsReadIntoItsTreeAtOnceAndALargeOneOnlyScanned() throws Exception {
    String small = "{\"statusCode\":800,\"returnObj\":{\"id\":\"vpc-1\"}}";
    Envelope e = ResponseJson.scan(small.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(e.json()).isEqualTo(JSON.readTree(small));
    assertThat(e.isSuccess()).isTrue();

    StringBuilder big = new StringBuilder("{\"statusCode\":800,\"returnObj\":[");
    while (big.length() <= ResponseJson.TREE_AT_ONCE_BYTES) {
      big.append("\"0123456789abcdef0123456789abcdef\",");
    }
    big.append("1]}");
    byte[] bytes = big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // the scanned envelope parses its tree on first use: a copy of the bytes changed afterwards
    // shows which bytes it read
    byte[] kept = bytes.clone();
    Envelope scanned = ResponseJson.scan(kept);
    kept[kept.length - 3] = '2';
    assertThat(scanned.isSuccess()).isTrue();
    assertThat(scanned.returnObj().get(scanned.returnObj().size() - 1).asInt()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"statusCode\":800,\"returnObj\":{\"a\":[1,2}}",
        "{\"statusCode\":800,\"returnObj\":{\"a\":\"unterminated}",
        "{\"statusCode\":800,\"returnObj\":[1,2,",
        "<html>"
      })
  void aScanStillRejectsAMalformedPayload(String body) {
    for (int treeAtOnce : new int[] {0, ResponseJson.TREE_AT_ONCE_BYTES}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  ResponseJson.scan(
                      body.getBytes(java.nio.charset.StandardCharsets.UTF_8), treeAtOnce))
          .isInstanceOf(java.io.IOException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "null", "\"800\"", "[{\"statusCode\":800}]"})
  void aScannedNonObjectIsNotAnEnvelope(String body) throws Exception {
    for (int treeAtOnce : new int[] {0, ResponseJson.TREE_AT_ONCE_BYTES}) {
      Envelope e =
          ResponseJson.scan(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), treeAtOnce);
      assertThat(e.isRecognized()).isFalse();
      assertThat(e.isSuccess()).isFalse();
    }
  }
}
