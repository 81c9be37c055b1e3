package io.github.ctyunjava.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile keys are read once per version of the file, counted through the reader. */
class ProfileCredentialsCachingTest {
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir Path dir;
  private final AtomicInteger reads = new AtomicInteger();

  private ProfileCredentialsProvider provider(Path file) {
    return new ProfileCredentialsProvider(
        file,
        "default",
        p -> {
          reads.incrementAndGet();
          return ProfileFile.read(p);
        },
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static void write(Path file, String ak, Instant modified) throws Exception {
    Files.write(
        file,
        ("[default]\naccess_key = " + ak + "\nsecret_key = sk" + ak + "\n")
            .getBytes(StandardCharsets.UTF_8));
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  @Test
  void anUnchangedFileIsReadOnce() throws Exception {
    Path file = dir.resolve("credentials");
    write(file, "AK1", NOW.minus(Duration.ofHours(1)));
    ProfileCredentialsProvider p = provider(file);
    for (int i = 0; i < 5; i++) {
      assertThat(p.resolveCredentials().accessKey()).isEqualTo("AK1");
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aChangedFileIsReadAgainEvenAtTheSameSize() throws Exception {
    Path file = dir.resolve("credentials");
    write(file, "AK1", NOW.minus(Duration.ofHours(1)));
    ProfileCredentialsProvider p = provider(file);
    assertThat(p.resolveCredentials().accessKey()).isEqualTo("AK1");
    write(file, "AK2", NOW.minus(Duration.ofMinutes(30))); // same size, new time
    assertThat(p.resolveCredentials().accessKey()).isEqualTo("AK2");
    assertThat(p.resolveCredentials().secretKey()).isEqualTo("skAK2");
    write(file, "AK-LONGER", NOW.minus(Duration.ofMinutes(30))); // same time, new size
    assertThat(p.resolveCredentials().accessKey()).isEqualTo("AK-LONGER");
    assertThat(reads).hasValue(3);
  }

  @Test
  void aFileChangedJustNowIsReadOnEveryCallUntilItIsQuiet() throws Exception {
    Path file = dir.resolve("credentials");
    write(file, "AK1", NOW.minusMillis(500));
    ProfileCredentialsProvider p = provider(file);
    p.resolveCredentials();
    p.resolveCredentials();
    assertThat(reads).hasValue(2);
    Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(3)));
    p.resolveCredentials();
    p.resolveCredentials();
    assertThat(reads).hasValue(3);
  }

  @Test
  void aDeletedFileFailsAsBeforeAndAnErrorIsNotCached() throws Exception {
    Path file = dir.resolve("credentials");
    write(file, "AK1", NOW.minus(Duration.ofHours(1)));
    ProfileCredentialsProvider p = provider(file);
    p.resolveCredentials();
    Files.delete(file);
    assertThatThrownBy(p::resolveCredentials).isInstanceOf(CredentialsException.class);
    Files.write(file, "[other]\n".getBytes(StandardCharsets.UTF_8));
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofHours(2))));
    assertThatThrownBy(p::resolveCredentials).isInstanceOf(CredentialsException.class);
    assertThatThrownBy(p::resolveCredentials).isInstanceOf(CredentialsException.class);
    assertThat(reads).hasValue(4);
  }

  @Test
  void concurrentCallersShareOneVersion() throws Exception {
    Path file = dir.resolve("credentials");
    write(file, "AK1", NOW.minus(Duration.ofHours(1)));
    ProfileCredentialsProvider p = provider(file);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        all.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    seen.add(p.resolveCredentials().accessKey());
                  }
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).containsExactly("AK1");
    assertThat(reads.get()).isBetween(1, 8); // at most one read per thread that raced the first
  }
}
