package io.github.ctyunjava.core.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EopDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"})
  void beijingTimeWhateverTheJvmDefaultZone(String zone) {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      // eop-protocol.md §3: 2024-01-16T08:00:00Z => 20240116T160000Z
      Instant at = Instant.parse("2024-01-16T08:00:00Z");
      assertThat(EopDate.now(Clock.fixed(at, ZoneId.systemDefault())))
          .isEqualTo("20240116T160000Z");
      assertThat(EopDate.format(at)).isEqualTo("20240116T160000Z");
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void beijingDateRollsOverBeforeUtcMidnight() {
    // eop-protocol.md §3: Beijing 2024-01-01 00:00:00 is 2023-12-31 16:00 UTC
    assertThat(EopDate.format(Instant.parse("2023-12-31T16:00:00Z"))).isEqualTo("20240101T000000Z");
  }

  @Test
  void parseReadsBeijingWallTime() {
    assertThat(EopDate.parse("20240116T160000Z")).isEqualTo(Instant.parse("2024-01-16T08:00:00Z"));
  }

  @Test
  void malformedDatesAreRefused() {
    for (String bad :
        new String[] {
          "",
          "20240116T160000",
          "2024-01-16T16:00:00Z",
          "20241316T160000Z",
          "20240116t160000Z",
          "2024011XT160000Z"
        }) {
      assertThatThrownBy(() -> EopDate.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(EopDate.isWellFormed(null)).isFalse();
  }
}
