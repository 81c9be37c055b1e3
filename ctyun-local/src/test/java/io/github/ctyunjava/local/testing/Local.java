package io.github.ctyunjava.local.testing;

import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/** Starts emulators for tests: temp data dir, fixed account, settable clock. */
public final class Local {
  public static final String AK = "0123456789abcdef0123456789abcdef";
  public static final String SK = "fedcba9876543210fedcba9876543210";

  private Local() {}

  public static CtyunLocal start(Path dir, TestClock clock) {
    return start(dir, clock, o -> {});
  }

  public static CtyunLocal start(
      Path dir, TestClock clock, Consumer<CtyunLocalOptions.Builder> change) {
    return CtyunLocal.builder()
        .port(0)
        .dataDir(dir.resolve("data"))
        .account(AK, SK)
        .credentialsFile(dir.resolve("credentials"))
        .options(
            o -> {
              o.clock(clock).adminToken("admin-token");
              change.accept(o);
            })
        .build()
        .start();
  }

  public static TestClock clock() {
    return new TestClock(Instant.parse("2026-06-01T02:00:00Z"));
  }
}
