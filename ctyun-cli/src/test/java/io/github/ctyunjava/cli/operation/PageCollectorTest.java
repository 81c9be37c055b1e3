package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.output.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the items and counts are in each paging shape of vpce-semantics.md §6. */
class PageCollectorTest {
  private static JsonNode json(String text) {
    return Json.parseOrNull(text.replace('\'', '"'));
  }

  private static List<String> ids(List<JsonNode> items) {
    return items.stream().map(n -> n.path("id").asText()).toList();
  }

  @Test
  void countsAtTheTopAndItemsInPagesOfAnArray() {
    JsonNode e =
        json("{'totalCount':3,'totalPage':2,'returnObj':[{'endpoints':[{'id':'a'},{'id':'b'}]}]}");
    assertThat(ids(PageCollector.items(e, "returnObj[].endpoints"))).containsExactly("a", "b");
    assertThat(PageCollector.count(e, "top", "totalPage")).isEqualTo(2);
    assertThat(PageCollector.count(e, "top", "totalCount")).isEqualTo(3);
  }

  @Test
  void aServerThatSendsAnObjectWhereTheSpecSaysArrayStillWorks() {
    JsonNode e = json("{'returnObj':{'endpoints':[{'id':'a'}]}}");
    assertThat(ids(PageCollector.items(e, "returnObj[].endpoints"))).containsExactly("a");
  }

  @Test
  void countsInsideReturnObj() {
    JsonNode e = json("{'returnObj':{'totalCount':'5','vpcs':[{'id':'v'}]}}");
    assertThat(ids(PageCollector.items(e, "returnObj.vpcs"))).containsExactly("v");
    assertThat(PageCollector.count(e, "returnObj", "totalCount")).isEqualTo(5);
    assertThat(PageCollector.count(e, "returnObj", "totalPage")).isNull();
  }

  @Test
  void countsInBothPlacesPreferReturnObj() {
    JsonNode e = json("{'totalPage':9,'returnObj':{'totalPage':2,'transitIPs':[]}}");
    assertThat(PageCollector.count(e, "both", "totalPage")).isEqualTo(2);
    assertThat(PageCollector.count(json("{'totalPage':9,'returnObj':{}}"), "both", "totalPage"))
        .isEqualTo(9);
  }

  @Test
  void countsInsideArrayElements() {
    JsonNode e = json("{'returnObj':[{'results':[{'id':'l'}]},{'totalPage':4,'results':[]}]}");
    assertThat(ids(PageCollector.items(e, "returnObj[].results"))).containsExactly("l");
    assertThat(PageCollector.count(e, "returnObj[]", "totalPage")).isEqualTo(4);
    assertThat(PageCollector.count(e, "returnObj[]", "totalCount")).isNull();
  }

  @Test
  void noCountsAndABareArray() {
    JsonNode e = json("{'returnObj':[{'id':'w'}]}");
    assertThat(ids(PageCollector.items(e, "returnObj"))).containsExactly("w");
    assertThat(PageCollector.count(e, "none", "totalPage")).isNull();
    assertThat(PageCollector.items(json("{'returnObj':null}"), "returnObj")).isEmpty();
  }
}
