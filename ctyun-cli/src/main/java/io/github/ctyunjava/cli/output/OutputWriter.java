package io.github.ctyunjava.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Prints a result as {@code json} (pretty), {@code table} (aligned columns with a header) or {@code
 * text} (tab-separated, no header, one item per line, for scripts). Nothing is printed for an
 * absent result; a JSON {@code null} (a {@code --query} that matched nothing) prints as aws-cli
 * does: {@code null} in json, {@code None} in text, nothing in a table.
 */
public final class OutputWriter {
  private OutputWriter() {}

  /** Prints {@code result} (null: nothing) in {@code format}. */
  public static void write(PrintWriter out, String format, JsonNode result) {
    if (result == null || result.isMissingNode()) {
      return;
    }
    if ("json".equals(format)) {
      Json.printPretty(out, result);
      return;
    }
    if (result.isNull()) {
      if ("text".equals(format)) {
        out.println("None");
      }
      return;
    }
    boolean table = "table".equals(format);
    List<String[]> rows = new ArrayList<>();
    String[] header = cells(result, rows);
    if (rows.isEmpty()) {
      return;
    }
    if (table) {
      TextTable t = TextTable.of(header);
      for (String[] r : rows) {
        t.row((Object[]) r);
      }
      t.print(out, "");
    } else {
      for (String[] r : rows) {
        out.println(String.join("\t", r).replaceAll("\\s+$", ""));
      }
    }
  }

  /** Fills {@code rows} and returns the header. */
  private static String[] cells(JsonNode result, List<String[]> rows) {
    List<JsonNode> list = TableView.mainList(result);
    if (list != null && !list.isEmpty() && list.stream().allMatch(JsonNode::isArray)) {
      return projectionRows(list, rows); // --query '[].[a, b]'
    }
    if (list != null) {
      List<String> columns = TableView.columns(list);
      if (columns.isEmpty()) { // scalars, or objects without scalar fields: one cell each
        list.forEach(n -> rows.add(new String[] {TableView.cell(n)}));
        return new String[] {"VALUE"};
      }
      for (JsonNode n : list) {
        String[] r = new String[columns.size()];
        for (int i = 0; i < r.length; i++) {
          r[i] = TableView.cell(n.get(columns.get(i)));
        }
        rows.add(r);
      }
      return columns.toArray(new String[0]);
    }
    if (result.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = result.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        rows.add(new String[] {e.getKey(), TableView.cell(e.getValue())});
      }
      return new String[] {"KEY", "VALUE"};
    }
    rows.add(new String[] {TableView.cell(result)});
    return new String[] {"VALUE"};
  }

  /** One row per inner array, one cell per element; short rows are padded with empty cells. */
  private static String[] projectionRows(List<JsonNode> list, List<String[]> rows) {
    int width = list.stream().mapToInt(JsonNode::size).max().orElse(0);
    if (width == 0) {
      return new String[0];
    }
    for (JsonNode inner : list) {
      String[] r = new String[width];
      for (int i = 0; i < width; i++) {
        r[i] = TableView.cell(inner.get(i));
      }
      rows.add(r);
    }
    String[] header = new String[width];
    for (int i = 0; i < width; i++) {
      header[i] = "COLUMN" + (i + 1);
    }
    return header;
  }
}
