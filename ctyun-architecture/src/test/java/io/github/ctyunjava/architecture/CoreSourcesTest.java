package io.github.ctyunjava.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code core} knows no product by name either: no string literal in its main code is a product
 * code, a CLI group or a product's path (the class dependencies are checked in {@link
 * ArchitectureTest}).
 */
class CoreSourcesTest {
  private static final Path CORE = Path.of("../ctyun-core/src/main/java");

  /** A string literal naming a product: its code, its CLI group, or a {@code /v4/...} path. */
  private static final Pattern PRODUCT_LITERAL =
      Pattern.compile("\"(ctvpc|ctecs|vpc|vpce|ecx|ecs)\"|\"/v4/");

  @Test
  void noMainSourceOfCoreNamesAProduct() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(CORE)) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(CoreSourcesTest::productLiterals)
              .collect(Collectors.toList());
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckFindsAProductLiteral() {
    assertThat(PRODUCT_LITERAL.matcher("String group = \"vpce\";").find()).isTrue();
    assertThat(PRODUCT_LITERAL.matcher("path.startsWith(\"/v4/vpc/\")").find()).isTrue();
    assertThat(PRODUCT_LITERAL.matcher("/** e.g. {@code ctvpc} */").find()).isFalse();
  }

  private static Stream<String> productLiterals(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Stream.Builder<String> found = Stream.builder();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).trim();
        boolean comment = line.startsWith("*") || line.startsWith("//");
        Matcher m = PRODUCT_LITERAL.matcher(line);
        if (!comment && m.find()) {
          found.add(CORE.relativize(file) + ":" + (i + 1) + ": " + line);
        }
      }
      return found.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
