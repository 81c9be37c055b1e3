package io.github.ctyunjava.core.signer;

import io.github.ctyunjava.core.testing.SharedCopies;
import org.junit.jupiter.api.Test;

/** The repository's signature vectors are the project's shared ones (when shared/ is beside it). */
class VectorsCopyMatchesSharedTest {
  @Test
  void signatureVectorsAreTheSharedOnes() {
    SharedCopies.assertSameAsShared("vectors/eop-signature-vectors.json");
  }
}
