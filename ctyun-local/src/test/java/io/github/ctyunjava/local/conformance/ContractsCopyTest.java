package io.github.ctyunjava.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code conformance/} copy of the client contracts must equal the steering
 * checkout's {@code shared/conformance} file when that is present; a plain clone has no shared/ and
 * skips with the reason.
 */
class ContractsCopyTest {
  @Test
  void repositoryCopyEqualsShared() throws Exception {
    Optional<Path> shared = ClientContracts.sharedCopy();
    assumeTrue(
        shared.isPresent(),
        "no shared/conformance above the repository (plain clone): nothing to compare with");
    assertThat(Files.readAllBytes(ClientContracts.repoCopy()))
        .as("%s differs from %s; copy it over", ClientContracts.REPO_PATH, shared.get())
        .isEqualTo(Files.readAllBytes(shared.get()));
  }
}
