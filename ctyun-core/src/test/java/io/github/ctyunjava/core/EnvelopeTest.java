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
}
