package io.github.ctyunjava.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Rewrites the generated sources of ctyun-vpce and ctyun-ecx and docs/operations.md: {@code mvn -q
 * -pl ctyun-codegen compile exec:java} from the repository root, or {@code java -cp ...
 * io.github.ctyunjava.codegen.CodegenMain <repoRoot>}. Generated files that the spec no longer
 * produces are deleted.
 */
public final class CodegenMain {
  private CodegenMain() {}

  /**
   * Entry point.
   *
   * @param args the repository root (default: the current directory)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path root = Paths.get(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Map<String, String> files = Generator.generate(root);
    int written = 0;
    for (Path stale : GeneratedFiles.committed(root)) {
      String rel = root.relativize(stale).toString().replace('\\', '/');
      if (!files.containsKey(rel)) {
        Files.delete(stale);
        System.out.println("deleted " + rel);
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = root.resolve(e.getKey());
      byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(p) && java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
        continue;
      }
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      written++;
    }
    System.out.println(
        "ctyun-codegen: " + files.size() + " files, " + written + " rewritten under " + root);
  }
}
