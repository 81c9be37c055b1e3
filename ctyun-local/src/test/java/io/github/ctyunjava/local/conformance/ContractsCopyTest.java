package io.github.ctyunjava.local.conformance;

import io.github.ctyunjava.core.testing.SharedCopies;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code conformance/} copy of the client contracts must equal the project's
 * {@code shared/conformance} file when that is present; a plain clone has no shared/ and skips with
 * the reason.
 */
class ContractsCopyTest {
  @Test
  void repositoryCopyEqualsShared() {
    SharedCopies.assertSameAsShared(ClientContracts.REPO_PATH);
  }
}
