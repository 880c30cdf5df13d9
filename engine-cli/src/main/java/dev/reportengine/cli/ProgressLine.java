package dev.reportengine.cli;

import java.io.PrintWriter;

/**
 * The live progress of a batch on stderr: one line rewritten in place ({@code \r}) on a terminal,
 * or one line per finished job otherwise (logs, pipes). Thread-safe.
 */
final class ProgressLine {

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private int succeeded;
  private int failed;

  ProgressLine(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  synchronized void finished(String name, boolean ok) {
    if (ok) {
      succeeded++;
    } else {
      failed++;
    }
    String line =
        "["
            + (succeeded + failed)
            + "/"
            + total
            + "] "
            + succeeded
            + " succeeded, "
            + failed
            + " failed";
    if (terminal) {
      err.print("\r" + line + "  ");
      if (succeeded + failed == total) {
        err.println();
      }
    } else {
      err.println(line + " (" + name + (ok ? " succeeded)" : " failed)"));
    }
    err.flush();
  }
}
