package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsed documents are reused only for the very text they were parsed from: a row written since, by
 * this emulator or another one on the same database, is parsed again; what a caller changes in its
 * copy never reaches the next reader.
 */
class ParsedDocsTest {
  @TempDir Path dir;

  private static Resource endpoint(String name) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode().put("name", name).put("_internal", 1);
    doc.putObject("endpointObj").put("ip", "10.0.0.5");
    return Resource.create("endpoint", "endpoint-1", "acct", "r1", null, null, name, doc);
  }

  private static String nameIn(Database db) {
    return db.read(tx -> tx.find("endpoint", "endpoint-1"))
        .orElseThrow()
        .doc()
        .path("name")
        .asText();
  }

  @Test
  void theSameTextIsParsedOnceAndAnotherTextAgain() {
    ParsedDocs docs = new ParsedDocs();
    ObjectNode first = docs.parse("t", "1", "{\"a\":1}");
    assertThat(docs.parse("t", "1", "{\"a\":1}")).isSameAs(first);
    ObjectNode changed = docs.parse("t", "1", "{\"a\":2}");
    assertThat(changed.path("a").asInt()).isEqualTo(2);
    assertThat(docs.parse("t", "2", "{\"a\":2}")).isNotSameAs(changed);
    String big = "{\"a\":\"" + "x".repeat(ParsedDocs.MAX_CHARS) + "\"}";
    assertThat(docs.parse("t", "3", big)).isNotSameAs(docs.parse("t", "3", big));
  }

  @Test
  void aWrittenDocumentIsReusedOnlyForItsOwnText() {
    ParsedDocs docs = new ParsedDocs();
    ObjectNode written = JsonNodeFactory.instance.objectNode().put("a", 1);
    docs.seed("t", "1", "{\"a\":1}", written);
    assertThat(docs.parse("t", "1", "{\"a\":1}")).isSameAs(written);
    assertThat(docs.parse("t", "1", "{\"a\":0}").path("a").asInt()).isZero();
  }

  @Test
  void anUpdateThatRollsBackIsNotWhatTheNextReadSees() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(endpoint("one")));
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      tx -> {
                        Resource r = tx.find("endpoint", "endpoint-1").orElseThrow();
                        tx.update(r.withDoc(r.doc().put("name", "rolled back")));
                        throw new IllegalStateException("business failure");
                      }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(nameIn(db)).isEqualTo("one");
      assertThat(db.inTransaction(tx -> tx.find("endpoint", "endpoint-1")).orElseThrow().name())
          .isEqualTo("one");
    }
  }

  @Test
  void manyRowsStayBoundedAndStillParseRight() {
    ParsedDocs docs = new ParsedDocs();
    for (int i = 0; i < ParsedDocs.MAX_ROWS * 3; i++) {
      assertThat(docs.parse("t", "id" + i, "{\"i\":" + i + "}").path("i").asInt()).isEqualTo(i);
    }
  }

  @Test
  void aReaderSeesEveryWriteAndNeverAnotherReadersChanges() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(endpoint("one")));
      assertThat(nameIn(db)).isEqualTo("one");
      Resource read = db.read(tx -> tx.find("endpoint", "endpoint-1")).orElseThrow();
      read.doc().put("name", "changed in a copy");
      assertThat(nameIn(db)).isEqualTo("one");
      db.inTransaction(
          tx -> {
            Resource r = tx.find("endpoint", "endpoint-1").orElseThrow();
            tx.update(r.withDoc(r.doc().put("name", "two")));
            return null;
          });
      assertThat(nameIn(db)).isEqualTo("two");
    }
  }

  @Test
  void aPartialCopyLeavesTheStoredDocumentAlone() {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(tx -> tx.insert(endpoint("one")));
      Resource r = db.read(tx -> tx.find("endpoint", "endpoint-1")).orElseThrow();
      ObjectNode view = r.copyOfDoc(name -> !name.startsWith("_"));
      assertThat(view.has("_internal")).isFalse();
      ((ObjectNode) view.path("endpointObj")).put("ip", "changed");
      view.put("name", "changed");
      Resource again = db.read(tx -> tx.find("endpoint", "endpoint-1")).orElseThrow();
      assertThat(again.doc().path("endpointObj").path("ip").asText()).isEqualTo("10.0.0.5");
      assertThat(again.doc().path("name").asText()).isEqualTo("one");
    }
  }

  @Test
  void anotherEmulatorsWriteOnPostgresIsSeenAtOnce() {
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema();
        Database a =
            Database.openPostgres(
                schema.url(), schema.server().user(), schema.server().password());
        Database b =
            Database.openPostgres(
                schema.url(), schema.server().user(), schema.server().password())) {
      a.inTransaction(tx -> tx.insert(endpoint("one")));
      assertThat(nameIn(a)).isEqualTo("one");
      assertThat(nameIn(b)).isEqualTo("one");
      b.inTransaction(
          tx -> {
            Resource r = tx.find("endpoint", "endpoint-1").orElseThrow();
            tx.update(r.withDoc(r.doc().put("name", "two")));
            return null;
          });
      assertThat(nameIn(a)).isEqualTo("two");
    }
  }
}
