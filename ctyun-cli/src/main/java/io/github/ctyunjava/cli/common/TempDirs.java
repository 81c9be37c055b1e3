package io.github.ctyunjava.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Deletes a directory tree the CLI created. */
public final class TempDirs {
  private TempDirs() {}

  /**
   * Deletes {@code dir} and everything under it.
   *
   * @return whether nothing is left
   */
  public static boolean deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
    } catch (IOException e) {
      return false;
    }
    for (Path p : paths) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        return false;
      }
    }
    return !Files.exists(dir);
  }
}
