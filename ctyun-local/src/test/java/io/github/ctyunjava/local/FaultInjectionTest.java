package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.options.FaultKind;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-rate / --fail-with / --latency. */
class FaultInjectionTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  @Test
  void throttleEveryCall() {
    try (CtyunLocal local =
        Local.start(dir, clock, o -> o.failRate(1.0).failWith(FaultKind.THROTTLE))) {
      RawHttp.Answer a = new Api(local, clock).get("/v4/vpc/list");
      assertThat(a.status()).isEqualTo(429);
      assertThat(a.errorCode()).isEqualTo("Eop.Throttling");
    }
  }

  @Test
  void unavailableEveryCall() {
    try (CtyunLocal local = Local.start(dir, clock, o -> o.failRate(1.0))) {
      RawHttp.Answer a = new Api(local, clock).get("/v4/vpc/list");
      assertThat(a.status()).isEqualTo(503);
      assertThat(a.errorCode()).isEqualTo("Eop.ServiceUnavailable");
    }
  }

  @Test
  void zeroRateNeverFailsAndLatencyDelays() {
    try (CtyunLocal local = Local.start(dir, clock, o -> o.latency(Duration.ofMillis(60)))) {
      Api api = new Api(local, clock);
      long t0 = System.nanoTime();
      Api.ok(api.get("/v4/vpc/list"));
      assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(60);
    }
  }
}
