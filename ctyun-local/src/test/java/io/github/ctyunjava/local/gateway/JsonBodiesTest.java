package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.local.api.ApiError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body limits, at their edges (checked without Jackson 2.15's StreamReadConstraints). */
class JsonBodiesTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void nestingUpToThirtyTwoLevelsIsAccepted() {
    assertThat(JsonBodies.parse(utf8(nested(32))).isArray()).isTrue();
  }

  @Test
  void thirtyThreeLevelsAreAParameterError() {
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{\"a\":" + nested(32) + "}")))
        .isInstanceOf(ApiError.class)
        .hasMessageContaining("nested too deeply")
        .extracting(e -> ((ApiError) e).errorCode())
        .isEqualTo("Openapi.Parameter.Error");
  }

  @Test
  void numbersLongerThanSixtyFourCharactersAreRejected() {
    assertThat(JsonBodies.parse(utf8("{\"n\":" + "9".repeat(64) + "}")).path("n").isNumber())
        .isTrue();
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{\"n\":" + "9".repeat(65) + "}")))
        .hasMessageContaining("oversized value");
  }

  @Test
  void stringsOverOneMebicharacterAreRejected() {
    String big = "x".repeat((1 << 20) + 1);
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{\"s\":\"" + big + "\"}")))
        .hasMessageContaining("oversized value");
    String max = "x".repeat(1 << 20);
    assertThat(JsonBodies.parse(utf8("{\"s\":\"" + max + "\"}")).path("s").asText())
        .hasSize(1 << 20);
  }

  @Test
  void fieldNamesOverTenThousandCharactersAreRejected() {
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{\"" + "k".repeat(10_001) + "\":1}")))
        .hasMessageContaining("oversized value");
    assertThat(JsonBodies.parse(utf8("{\"" + "k".repeat(10_000) + "\":1}")).size()).isEqualTo(1);
  }

  @Test
  void duplicateKeysTrailingTokensAndBrokenJsonAreParameterErrors() {
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{\"a\":1,\"a\":2}")))
        .hasMessageContaining("not valid UTF-8 JSON");
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{} {}")))
        .hasMessageContaining("not valid UTF-8 JSON");
    assertThatThrownBy(() -> JsonBodies.parse(utf8("{\"a\":")))
        .hasMessageContaining("not valid UTF-8 JSON");
  }

  @Test
  void emptyBodyIsNoDocument() {
    assertThat(JsonBodies.parse(new byte[0])).isNull();
  }
}
