package io.github.ctyunjava.core.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalQueryTest {
  private static List<QueryParam> q(String... kv) {
    QueryParam[] out = new QueryParam[kv.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = QueryParam.of(kv[2 * i], kv[2 * i + 1]);
    }
    return Arrays.asList(out);
  }

  @Test
  void goEscapeSetDiffersFromUrlEncoder() {
    // DESIGN §2: keep A-Za-z0-9-_.~, space -> '+', every other byte %XX upper-case
    assertThat(QueryEscaper.escape("a-b_c.d~e")).isEqualTo("a-b_c.d~e");
    assertThat(QueryEscaper.escape("*")).isEqualTo("%2A");
    assertThat(QueryEscaper.escape("a b")).isEqualTo("a+b");
    assertThat(QueryEscaper.escape("/?#[]@!$&'()+,;=%"))
        .isEqualTo("%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2B%2C%3B%3D%25");
    assertThat(QueryEscaper.escape("é")).isEqualTo("%C3%A9");
    assertThat(QueryEscaper.escape("\u0000\n")).isEqualTo("%00%0A");
  }

  @Test
  void keysSortByUtf8BytesNotUtf16Units() {
    // U+FF5E (3 UTF-8 bytes, EF BD 9E) sorts before U+1F680 (F0 9F 9A 80) in UTF-8, after in UTF-16
    List<QueryParam> params = q("\uD83D\uDE80", "1", "\uFF5E", "2");
    assertThat(CanonicalQuery.go(params)).isEqualTo("%EF%BD%9E=2&%F0%9F%9A%80=1");
    assertThat(CanonicalQuery.seed(params)).isEqualTo("\uFF5E=2&\uD83D\uDE80=1");
  }

  @Test
  void repeatedKeysKeepTheirOrderAndGroup() {
    assertThat(CanonicalQuery.go(q("b", "2", "a", "x", "b", "1"))).isEqualTo("a=x&b=2&b=1");
  }

  @Test
  void prefixKeysSortByKeyNotByWholePair() {
    // eop-protocol.md §4.3: 'page' before 'page-no' (key sort), whereas the pair sort would not
    assertThat(CanonicalQuery.go(q("page-no", "3", "page", "2"))).isEqualTo("page=2&page-no=3");
  }

  @Test
  void emptyAndNullValuesAreKept() {
    assertThat(CanonicalQuery.go(q("a", "", "b", null))).isEqualTo("a=&b=");
    assertThat(CanonicalQuery.go(Collections.<QueryParam>emptyList())).isEmpty();
  }

  @Test
  void seedWireKeepsInsertionOrderEscaped() {
    assertThat(CanonicalQuery.seedWire(q("z", "a b", "a", "x/y"))).isEqualTo("z=a+b&a=x%2Fy");
  }
}
