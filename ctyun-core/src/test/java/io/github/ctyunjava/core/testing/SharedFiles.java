package io.github.ctyunjava.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the project's {@code shared/} folder (golden data) beside the repository. */
public final class SharedFiles {
  private SharedFiles() {}

  /**
   * The shared folder: {@code -Dctyun.shared.dir}, else the first {@code shared/} found upwards.
   */
  public static Path sharedDir() {
    String configured = System.getProperty("ctyun.shared.dir");
    if (configured != null && !configured.isEmpty()) {
      return Paths.get(configured);
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate.resolve("vectors"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/ (with vectors/) not found above "
            + Paths.get("").toAbsolutePath()
            + "; set -Dctyun.shared.dir");
  }

  /** The signature vectors file. */
  public static Path signatureVectors() {
    return sharedDir().resolve("vectors").resolve("eop-signature-vectors.json");
  }
}
