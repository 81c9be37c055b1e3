package io.github.ctyunjava.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutputWriterTest {
  private static String write(String format, String json) {
    StringWriter out = new StringWriter();
    OutputWriter.write(
        new PrintWriter(out, true), format, json == null ? null : Json.parseOrNull(json));
    return out.toString();
  }

  @Test
  void tablePicksIdNameAndStatusColumnsOfTheMainList() {
    String json =
        "{\"vpcs\":[{\"vpcID\":\"vpc-1\",\"name\":\"a\",\"description\":\"long text\","
            + "\"CIDR\":\"10.0.0.0/16\",\"subnetIDs\":[\"s-1\"],\"status\":\"ok\"}],"
            + "\"totalCount\":1}";

    assertThat(write("table", json))
        .isEqualTo("vpcID  name  status  CIDR\nvpc-1  a     ok      10.0.0.0/16\n");
    assertThat(write("text", json)).isEqualTo("vpc-1\ta\tok\t10.0.0.0/16\n");
  }

  @Test
  void fewImportantColumnsArePaddedWithOtherScalars() {
    String json =
        "{\"results\":[{\"regionCode\":\"hunan\",\"regionName\":\"湖南\",\"clusters\":[],"
            + "\"cpu\":2,\"memory\":4,\"gpu\":0}]}";

    assertThat(write("table", json))
        .isEqualTo("regionCode  regionName  cpu  memory\nhunan       湖南        2    4\n");
  }

  @Test
  void pagesInAnArrayAreFlattenedButListsOfResourcesAreNot() {
    String pages = "[{\"endpoints\":[{\"ID\":\"e-1\"},{\"ID\":\"e-2\"}],\"totalCount\":2}]";
    assertThat(write("text", pages)).isEqualTo("e-1\ne-2\n");

    String resources = "[{\"ID\":\"e-1\",\"whitelist\":[\"1.1.1.1\"]}]";
    assertThat(write("text", resources)).isEqualTo("e-1\n");
  }

  @Test
  void objectsAreKeyValueRowsAndScalarsPrintAsIs() {
    assertThat(write("table", "{\"vpcID\":\"vpc-1\",\"tags\":{\"k\":\"v\"}}"))
        .isEqualTo("KEY    VALUE\nvpcID  vpc-1\ntags   {\"k\":\"v\"}\n");
    assertThat(write("text", "[\"a\",\"b\"]")).isEqualTo("a\nb\n");
    assertThat(write("table", "\"x\"")).isEqualTo("VALUE\nx\n");
  }

  @Test
  void jsonIsPrettyAndAnAbsentPayloadPrintsNothing() {
    assertThat(write("json", "{\"a\":1}")).isEqualTo("{\n  \"a\" : 1\n}\n");
    assertThat(write("json", null)).isEmpty();
    assertThat(write("table", "[]")).isEmpty();
  }
}
