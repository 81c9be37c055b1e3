package io.github.ctyunjava.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header row, then data rows, two spaces between
 * columns, no trailing blanks. Wide (CJK) characters count as two columns.
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  private TextTable(String... header) {
    this.columns = header.length;
    rows.add(header.clone());
  }

  /** A table with these column headings. */
  public static TextTable of(String... header) {
    return new TextTable(header);
  }

  /** Adds a row; null cells print as {@code -}. */
  public TextTable row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    String[] r = new String[columns];
    for (int i = 0; i < columns; i++) {
      String s = cells[i] == null ? "" : String.valueOf(cells[i]);
      r[i] = s.isEmpty() ? "-" : s;
    }
    rows.add(r);
    return this;
  }

  /** Number of data rows. */
  public int size() {
    return rows.size() - 1;
  }

  /** The table as lines, each starting with {@code indent}. */
  List<String> lines(String indent) {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], displayWidth(r[i]));
      }
    }
    List<String> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(r[i]);
        if (i < columns - 1) {
          char[] pad = new char[width[i] - displayWidth(r[i]) + 2];
          Arrays.fill(pad, ' ');
          line.append(pad);
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  /** Prints the table. */
  public void print(PrintWriter out, String indent) {
    lines(indent).forEach(out::println);
  }

  /** Terminal columns taken by the text: East Asian wide characters take two. */
  static int displayWidth(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
