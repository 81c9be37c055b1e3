package io.github.ctyunjava.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every reactor module with main code is a dependency of this module, so the rules see it. */
class ModuleListTest {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  @Test
  void everyModuleWithMainCodeIsADependency() throws IOException {
    Path root = Path.of("..");
    String parent = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    String own = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    List<String> withMainCode = new ArrayList<>();
    Matcher m = MODULE.matcher(parent);
    while (m.find()) {
      if (Files.isDirectory(root.resolve(m.group(1)).resolve("src/main/java"))) {
        withMainCode.add(m.group(1));
      }
    }
    assertThat(withMainCode).contains("ctyun-core", "ctyun-local", "ctyun-cli");
    for (String module : withMainCode) {
      assertThat(own)
          .as("ctyun-architecture/pom.xml depends on %s", module)
          .contains("<artifactId>" + module + "</artifactId>");
    }
  }
}
