package io.github.ctyunjava.core.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64WriterTest {
  @Test
  void matchesTheJdkEncoderForRandomMacs() {
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      byte[] mac = new byte[32];
      random.nextBytes(mac);
      byte[] out = new byte[3 + 44];
      Base64Writer.encode32(mac, out, 3);
      assertThat(new String(out, 3, 44, StandardCharsets.US_ASCII))
          .isEqualTo(Base64.getEncoder().encodeToString(mac));
      assertThat(out[0]).isZero(); // nothing written before the offset
    }
  }

  @Test
  void refusesOtherLengths() {
    assertThatThrownBy(() -> Base64Writer.encode32(new byte[31], new byte[44], 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
