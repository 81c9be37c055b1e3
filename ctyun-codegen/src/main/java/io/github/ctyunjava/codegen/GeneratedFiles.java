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
   * Java files under each typed client's src/main/java that carry the generated header, plus each
   * catalogue and docs/operations.md.
   */
  public static List<Path> committed(Path repoRoot) {
    List<Path> out = new ArrayList<>();
    for (ClientConfig config : ClientConfig.ALL) {
      Path java = repoRoot.resolve(config.javaDir());
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
      Path catalog = repoRoot.resolve(config.catalogPath());
      if (Files.exists(catalog)) {
        out.add(catalog);
      }
    }
    Path doc = repoRoot.resolve(Generator.OPERATIONS_DOC);
    if (Files.exists(doc)) {
      out.add(doc);
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
