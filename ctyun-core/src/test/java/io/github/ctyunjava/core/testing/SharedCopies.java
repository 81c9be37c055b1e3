package io.github.ctyunjava.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks that a golden file kept in the repository is byte-for-byte the one in the project's {@code
 * shared/} folder. Without {@code shared/} beside the repository (a plain clone) the check is
 * skipped with that reason: the repository's copy is then the reference.
 */
public final class SharedCopies {
  private SharedCopies() {}

  /** Asserts {@code relative} (e.g. {@code vectors/x.json}) equals {@code shared/relative}. */
  public static void assertSameAsShared(String relative) {
    Optional<Path> shared = RepoFiles.sharedDir();
    assumeTrue(
        shared.isPresent(),
        "no shared/ folder beside the repository (plain clone): nothing to compare "
            + relative
            + " with");
    Path original = shared.get().resolve(relative);
    assertThat(original).as("the shared original of " + relative).isRegularFile();
    assertThat(bytes(RepoFiles.file(relative)))
        .as("%s differs from %s: copy it over", relative, original)
        .isEqualTo(bytes(original));
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
