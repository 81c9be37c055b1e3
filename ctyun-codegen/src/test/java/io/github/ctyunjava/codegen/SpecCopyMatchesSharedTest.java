package io.github.ctyunjava.codegen;

import io.github.ctyunjava.core.testing.RepoFiles;
import io.github.ctyunjava.core.testing.SharedCopies;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's spec/ copy must equal the project's shared/spec when that folder is beside the
 * repository; a plain clone has no shared/ and skips with the reason. The files are the specs that
 * spec/products.yaml names (the list itself is the repository's own).
 */
class SpecCopyMatchesSharedTest {
  static Stream<String> specFiles() {
    return ClientConfig.all(RepoFiles.root()).stream().map(c -> c.specFile);
  }

  @ParameterizedTest
  @MethodSource("specFiles")
  void specCopyIsIdenticalToShared(String file) {
    SharedCopies.assertSameAsShared(file);
  }
}
