package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository's spec/ copy must equal the steering repository's shared/spec when that checkout
 * is present; a plain clone of this repository has no shared/ and skips with the reason.
 */
class SpecCopyMatchesSharedTest {
  @ParameterizedTest
  @ValueSource(strings = {"ctvpc-vpce.openapi.yaml", "ecx.openapi.yaml"})
  void specCopyIsIdenticalToShared(String file) throws IOException {
    Path shared = RepoPaths.sharedSpec();
    assumeTrue(
        shared != null,
        "no shared/spec directory above the repository (plain clone): nothing to compare with");
    Path ours = RepoPaths.repoRoot().resolve("spec").resolve(file);
    assertThat(ours).exists();
    assertThat(shared.resolve(file)).exists();
    assertThat(Files.readAllBytes(ours))
        .as("spec/%s differs from %s; copy it over and regenerate", file, shared.resolve(file))
        .isEqualTo(Files.readAllBytes(shared.resolve(file)));
  }
}
