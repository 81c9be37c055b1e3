package io.github.ctyunjava.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the repository root and the optional sibling {@code shared/spec} directory. */
final class RepoPaths {
  private RepoPaths() {}

  /** The repository root: the nearest ancestor of the working directory holding spec/. */
  static Path repoRoot() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null) {
      if (Files.isRegularFile(p.resolve(Generator.VPCE_SPEC))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("no ancestor of the working directory holds spec/");
  }

  /** The nearest {@code shared/spec} directory above the repository root, or null. */
  static Path sharedSpec() {
    Path p = repoRoot();
    while (p != null) {
      Path candidate = p.resolve("shared").resolve("spec");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      p = p.getParent();
    }
    return null;
  }
}
