package io.github.ctyunjava.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void columnsAreAlignedWithTwoSpacesAndNoTrailingBlanks() {
    TextTable t =
        TextTable.of("ID", "NAME", "CIDR").row("vpc-1", "a", "10.0.0.0/8").row("vpc-22", null, "");

    assertThat(t.lines("  "))
        .containsExactly(
            "  ID      NAME  CIDR", //
            "  vpc-1   a     10.0.0.0/8",
            "  vpc-22  -     -");
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void wideCharactersTakeTwoColumns() {
    TextTable t =
        TextTable.of("REGION", "NODE").row("湖南", "hn-changde-1").row("Hainan", "hi-haikou-6");

    assertThat(t.lines(""))
        .containsExactly("REGION  NODE", "湖南    hn-changde-1", "Hainan  hi-haikou-6");
    assertThat(TextTable.displayWidth("常德-1")).isEqualTo(6);
  }

  @Test
  void aRowMustFillEveryColumn() {
    assertThatThrownBy(() -> TextTable.of("A", "B").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
