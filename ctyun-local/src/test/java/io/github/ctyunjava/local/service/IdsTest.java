package io.github.ctyunjava.local.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** IDs keep CTyun's formats, and every letter of each alphabet turns up. */
class IdsTest {
  @Test
  void formatsAndAlphabetsAreKept() {
    Set<Character> alnum = new HashSet<>();
    Set<Character> hex = new HashSet<>();
    Set<Character> digits = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String id = Ids.withPrefix("endpoint-");
      assertThat(id).matches("^endpoint-[a-z0-9]{10}$");
      ids.add(id);
      id.substring("endpoint-".length()).chars().forEach(c -> alnum.add((char) c));
      String h = Ids.hex32();
      assertThat(h).matches("^[0-9a-f]{32}$");
      h.chars().forEach(c -> hex.add((char) c));
      String d = Ids.digits(6);
      assertThat(d).matches("^[0-9]{6}$");
      d.chars().forEach(c -> digits.add((char) c));
    }
    assertThat(ids).hasSize(2000);
    assertThat(alnum).hasSize(36);
    assertThat(hex).hasSize(16);
    assertThat(digits).hasSize(10);
  }
}
