package io.github.ctyunjava.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the generated files committed in the repository. */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  /**
   * Java files under ctyun-vpce/src/main/java that carry the generated header, plus the catalogue.
   */
  public static List<Path> committed(Path repoRoot) {
    List<Path> out = new ArrayList<>();
    Path java = repoRoot.resolve(Generator.VPCE_JAVA);
    if (Files.isDirectory(java)) {
      try (Stream<Path> s = Files.walk(java)) {
        s.filter(p -> p.toString().endsWith(".java"))
            .sorted()
            .forEach(
                p -> {
                  if (isGenerated(p)) {
                    out.add(p);
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path catalog = repoRoot.resolve(Generator.VPCE_CATALOG);
    if (Files.exists(catalog)) {
      out.add(catalog);
    }
    return out;
  }

  private static boolean isGenerated(Path p) {
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return lines.findFirst().map(l -> l.startsWith(Generator.HEADER_PREFIX)).orElse(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
