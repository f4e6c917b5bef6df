package org.circuitpress.batch;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Where a run talks to the user. {@code terminal} is true only when a person watches a console,
 * which decides between a live progress bar and plain lines a log file can keep.
 */
public record Screen(PrintWriter out, PrintWriter err, boolean terminal) {
  public Screen {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }
}
