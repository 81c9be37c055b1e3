package io.github.ctyunjava.codegen;

import io.github.ctyunjava.core.testing.SharedCopies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository's spec/ copy must equal the project's shared/spec when that folder is beside the
 * repository; a plain clone has no shared/ and skips with the reason.
 */
class SpecCopyMatchesSharedTest {
  @ParameterizedTest
  @ValueSource(strings = {"ctvpc-vpce.openapi.yaml", "ecx.openapi.yaml"})
  void specCopyIsIdenticalToShared(String file) {
    SharedCopies.assertSameAsShared("spec/" + file);
  }
}
