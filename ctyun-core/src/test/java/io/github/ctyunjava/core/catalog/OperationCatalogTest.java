package io.github.ctyunjava.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunRequest;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The product-neutral catalogue reader, on a hand-written operations.json. */
class OperationCatalogTest {
  static final String JSON =
      "{\"generatedFrom\":\"spec/x.openapi.yaml\",\"specVersion\":\"1\",\"operations\":["
          + "{\"operationId\":\"createVPC\",\"product\":\"ecx\",\"method\":\"POST\","
          + "\"path\":\"/v3/vpc/createVPC\",\"cliGroup\":\"ecx\",\"cliCommand\":\"create-vpc\","
          + "\"evidence\":\"verified\",\"idempotent\":false,\"response\":\"flatten\","
          + "\"fields\":[{\"name\":\"nodeCode\",\"in\":\"body\",\"type\":\"string\","
          + "\"required\":true,\"pattern\":\"^[a-z]{2}-[a-z]+-\\\\d+$\"},"
          + "{\"name\":\"ipVersion\",\"in\":\"body\",\"type\":\"integer\",\"required\":false,"
          + "\"description\":\"IP stack.\",\"example\":\"0\",\"enum\":[0,2],"
          + "\"enumMeanings\":{\"0\":\"IPv4 only\",\"2\":\"dual stack\"}}]}]}";

  @Test
  void readsOperationsFieldsAndCliNames() {
    OperationCatalog c =
        OperationCatalog.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
    assertThat(c.generatedFrom()).isEqualTo("spec/x.openapi.yaml");
    OperationCatalog.Operation op = c.operation("createVPC");
    assertThat(op.cliGroup()).isEqualTo("ecx");
    assertThat(op.cliCommand()).isEqualTo("create-vpc");
    assertThat(op.field("nodeCode").pattern()).isEqualTo("^[a-z]{2}-[a-z]+-\\d+$");
    assertThat(op.field("nodeCode").inQuery()).isFalse();
    assertThat(op.field("nodeCode").description()).isNull();
    assertThat(op.field("nodeCode").enumMeanings()).isEmpty();
    OperationCatalog.Field ip = op.field("ipVersion");
    assertThat(ip.description()).isEqualTo("IP stack.");
    assertThat(ip.example()).isEqualTo("0");
    assertThat(ip.enumValues()).containsExactly("0", "2");
    assertThat(ip.enumMeanings())
        .containsExactly(entry("0", "IPv4 only"), entry("2", "dual stack"));
    assertThat(op.pagination()).isNull();
    assertThat(c.find("post", "/v3/vpc/createVPC")).isSameAs(op);
    assertThat(new OperationCatalog(c) {}.operations()).containsExactly(op);
  }

  @Test
  void requestsAreNamedByTheirOperationId() {
    OperationCatalog c =
        OperationCatalog.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
    CtyunRequest r =
        OperationInvoker.toRequest(
            c.operation("createVPC"),
            JsonNodeFactory.instance.objectNode().put("nodeCode", "cn-east-1"));
    assertThat(r.operationName()).isEqualTo("createVPC");
    assertThat(r.toBuilder().build().operationName()).isEqualTo("createVPC");
  }

  @Test
  void theStreamedTreeIsTheTreeAnObjectMapperReads() throws Exception {
    String json =
        JSON.substring(0, JSON.length() - 1)
            + ",\"n\":[null,-1,3000000000,123456789012345678901234567890,1.5,true,{}]}";
    ObjectNode expected = (ObjectNode) new ObjectMapper().readTree(json);
    CatalogJson.Document doc = CatalogJson.read(json.getBytes(StandardCharsets.UTF_8));

    JsonNode operations = expected.remove("operations");
    assertThat(doc.root()).isEqualTo(expected);
    assertThat(doc.operations()).hasSize(operations.size());
    for (int i = 0; i < operations.size(); i++) {
      ObjectNode op = (ObjectNode) operations.get(i);
      JsonNode fields = op.remove("fields");
      assertThat(doc.operations().get(i).facts()).isEqualTo(op);
      assertThat(doc.operations().get(i).fields().read()).isEqualTo(fields);
    }
  }

  @Test
  void eachOperationReadsItsOwnFieldsAfterMultiByteText() {
    String json =
        "{\"operations\":["
            + "{\"operationId\":\"a\",\"summary\":\"终端节点 ✓\",\"fields\":["
            + "{\"name\":\"名称\",\"type\":\"string\",\"description\":\"中文说明 😀\"}]},"
            + "{\"operationId\":\"b\",\"fields\":[{\"name\":\"x\",\"type\":\"integer\","
            + "\"fields\":[{\"name\":\"y\",\"type\":\"boolean\"}]}],\"pagination\":"
            + "{\"pageParam\":\"pageNo\",\"defaultPageSize\":10}},"
            + "{\"operationId\":\"c\"}],\"specVersion\":\"2\"}";
    OperationCatalog c =
        OperationCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(c.specVersion()).isEqualTo("2");
    assertThat(c.operation("b").field("x").fields()).extracting(f -> f.name()).containsExactly("y");
    assertThat(c.operation("b").pagination().defaultPageSize()).isEqualTo(10);
    assertThat(c.operation("a").field("名称").description()).isEqualTo("中文说明 😀");
    assertThat(c.operation("a").summary()).isEqualTo("终端节点 ✓");
    assertThat(c.operation("c").fields()).isEmpty();
  }

  @Test
  void emptyOrTrailingContentIsNotACatalogue() {
    for (String bad :
        new String[] {
          "",
          "[]",
          "{} {}",
          "{\"a\":1]",
          "{\"operations\":[1]}",
          "{\"operations\":[{\"fields\":[}]}"
        }) {
      assertThatThrownBy(
              () ->
                  OperationCatalog.read(
                      new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
          .as(bad)
          .isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void missingOrBrokenResources() {
    assertThatThrownBy(() -> OperationCatalog.load(getClass(), "/no/such/operations.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/no/such/operations.json");
    assertThatThrownBy(
            () ->
                OperationCatalog.read(
                    new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(UncheckedIOException.class);
  }
}
