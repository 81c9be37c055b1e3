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
   * catalogue, each ServiceLoader registration and docs/operations.md.
   */
  public static List<Path> committed(Path repoRoot) {
    List<Path> out = new ArrayList<>();
    for (ClientConfig config : ClientConfig.all(repoRoot)) {
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
      for (String resource : List.of(config.catalogPath(), config.servicesPath())) {
        Path p = repoRoot.resolve(resource);
        if (Files.exists(p)) {
          out.add(p);
        }
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
