package io.github.ctyunjava.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Golden data kept in this repository ({@code spec/}, {@code vectors/}, copied from the project's
 * {@code shared/} folder), and that {@code shared/} folder itself when it is checked out beside the
 * repository. Tests read the repository's copies, so a plain clone builds; only the tests that
 * compare a copy with its original need {@code shared/}.
 */
public final class RepoFiles {
  private RepoFiles() {}

  /** The repository root: the nearest ancestor of the working directory with pom.xml and spec/. */
  public static Path root() {
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("spec"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no ancestor of " + Paths.get("").toAbsolutePath() + " holds pom.xml and spec/");
  }

  /** A file of the repository, by its path relative to the root (e.g. {@code spec/x.yaml}). */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p + " is missing from the repository");
    }
    return p;
  }

  /** The repository's copy of the EOP signature vectors. */
  public static Path signatureVectors() {
    return file("vectors/eop-signature-vectors.json");
  }

  /** One of the repository's OpenAPI documents, e.g. {@code ctvpc-vpce.openapi.yaml}. */
  public static Path spec(String name) {
    return file("spec/" + name);
  }

  /**
   * The project's shared folder, if present: {@code -Dctyun.shared.dir}, else the first {@code
   * shared/} directory above the repository root. Empty in a plain clone.
   */
  public static Optional<Path> sharedDir() {
    String configured = System.getProperty("ctyun.shared.dir");
    if (configured != null && !configured.isEmpty()) {
      return Optional.of(Paths.get(configured));
    }
    for (Path p = root().getParent(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
