package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.cli.output.TextTable;
import java.io.PrintWriter;

/**
 * Prints the demo's walkthrough: one numbered, aligned line per step (step, operation, result), and
 * listings as indented tables under their step.
 */
final class StepLog {
  /** Width of the operation column: the longest operationId of the demo fits. */
  static final int OPERATION_WIDTH = 31;

  private static final String TABLE_INDENT = "      ";

  private final PrintWriter out;
  private int step;

  StepLog(PrintWriter out) {
    this.out = out;
  }

  /** The column headings. */
  void header() {
    line("STEP", "OPERATION", "RESULT");
  }

  /** A step that succeeded. */
  void ok(DemoOp op, String result) {
    line(String.valueOf(++step), op.id(), result);
  }

  /** A step the emulator does not serve yet. */
  void notEmulated(DemoOp op) {
    line(String.valueOf(++step), op.id(), "skipped: " + op.id() + " not emulated yet");
  }

  /** A step left out because an earlier one was skipped. */
  void skipped(DemoOp op, String why) {
    line(String.valueOf(++step), op.id(), "skipped: " + why);
  }

  /** A step that failed. */
  void failed(DemoOp op, String why) {
    line(String.valueOf(++step), op.id(), "FAILED: " + why);
  }

  /** A listing under the last step. */
  void table(TextTable table) {
    if (table.size() > 0) {
      table.print(out, TABLE_INDENT);
    }
  }

  /** Number of steps printed so far. */
  int steps() {
    return step;
  }

  private void line(String number, String operation, String result) {
    out.println(
        String.format("%4s  %-" + OPERATION_WIDTH + "s  %s", number, operation, result)
            .stripTrailing());
    out.flush();
  }
}
