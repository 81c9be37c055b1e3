package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emulator's handler layers depend one way: {@code service.all} -> family handlers ({@code
 * service.<family>}) -> {@code model} -> shared {@code service} -> store. Read from the imports of
 * the main sources.
 */
class HandlerLayersTest {
  private static final Path LOCAL = Path.of("src/main/java/io/github/ctyunjava/local");
  private static final Pattern USE =
      Pattern.compile("io\\.github\\.ctyunjava\\.local\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

  /** {@code file -> used local package} lines of every main source in a package directory. */
  private static List<String> uses(String packageDir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(LOCAL.resolve(packageDir))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(Files.readString(f));
        while (m.find()) {
          out.add(f.getFileName() + " -> " + m.group(1));
        }
      }
    }
    return out;
  }

  private static List<String> families() throws IOException {
    try (Stream<Path> dirs = Files.list(LOCAL.resolve("service"))) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(n -> !n.equals("all"))
          .sorted()
          .toList();
    }
  }

  @Test
  void theSharedServicePackageKnowsNoModelAndNoFamily() throws IOException {
    assertThat(families()).contains("vpc", "endpointservice", "endpoint", "reverse", "ecx");
    assertThat(uses("service"))
        .isNotEmpty()
        .noneMatch(u -> u.endsWith("-> model") || u.contains("-> service."));
  }

  @Test
  void modelsKnowNoHandlers() throws IOException {
    assertThat(uses("model")).isNotEmpty().noneMatch(u -> u.contains("-> service."));
  }

  @Test
  void familyHandlersKnowNoOtherFamily() throws IOException {
    for (String family : families()) {
      assertThat(uses("service/" + family))
          .as(family)
          .allMatch(u -> !u.contains("-> service.") || u.endsWith("-> service." + family));
    }
  }

  @Test
  void internalDocumentFieldsAreNamedInOnePlace() throws IOException {
    List<String> literals = new ArrayList<>();
    try (Stream<Path> files = Files.walk(LOCAL)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.getFileName().toString().equals("DocFields.java")) {
          continue;
        }
        Matcher m = Pattern.compile("\"_[a-zA-Z]\\w*\"").matcher(Files.readString(f));
        while (m.find()) {
          literals.add(f.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(literals).isEmpty();
  }
}
