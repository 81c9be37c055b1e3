package io.github.ctyunjava.local.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.local.api.ApiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDRs are read in their one canonical spelling, and errors quote little of the input. */
class CidrStrictnessTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"10.0.0.0/08", "10.0.0.0/016", "10.0.0.0/ 8", "10.0.0.0/+8", "010.0.0.0/8"})
  void nonCanonicalSpellingsAreRejected(String text) {
    assertThatThrownBy(() -> Cidr.parse("CIDR", text))
        .isInstanceOf(ApiError.class)
        .extracting(e -> ((ApiError) e).errorCode())
        .isEqualTo(ErrorCodes.CIDR_INVALID);
  }

  @Test
  void canonicalSpellingsAreRead() {
    assertThat(Cidr.parse("CIDR", "10.0.0.0/8")).hasToString("10.0.0.0/8");
    assertThat(Cidr.parse("CIDR", "0.0.0.0/0")).hasToString("0.0.0.0/0");
    assertThat(Cidr.parse("CIDR", "192.168.1.0/24")).hasToString("192.168.1.0/24");
  }

  @Test
  void aHugeInputIsQuotedShortly() {
    String huge = "1".repeat(1_000_000) + "/8";
    ApiError e =
        (ApiError) org.assertj.core.api.Assertions.catchThrowable(() -> Cidr.parse("CIDR", huge));
    assertThat(e.getMessage().length()).isLessThan(400);
    assertThat(e.getMessage()).contains("1".repeat(200)).doesNotContain("1".repeat(201));
  }
}
