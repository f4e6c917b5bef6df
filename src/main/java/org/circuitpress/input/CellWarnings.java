package org.circuitpress.input;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/**
 * One kind of warning that many cells of a table may give (a cell showing #N/A read as empty,
 * characters removed): the first few cells get it at the cell, and one line at the end of the
 * table counts the rest. A cell counted on a client's row of the roster still gets the warning as
 * the client's own ({@link Diagnostic#counted}), so the client is done with warnings like those of
 * the first cells; the line at the end is then the one that counts it ({@link Diagnostic#counting}).
 * {@link TableBuilder#warn} says which cells are on a client's row.
 */
final class CellWarnings {
  private final int listed;
  private final IntFunction<String> more;
  private int cells;
  private int onClientRows;
  private int elsewhere;
  /** The first cell counted, as a line of its own, and its warning counted as a client's (or null). */
  private Diagnostic firstSaid;
  private Diagnostic firstAdded;
  /** The first cell counted on a row of no client, as a line of its own. */
  private Diagnostic firstElsewhere;

  /**
   * @param listed how many cells get the warning at the cell
   * @param more the line for the cells after them, given how many ({@code "12 more cells show an
   *     error and were read as empty"})
   */
  CellWarnings(int listed, IntFunction<String> more) {
    this.listed = listed;
    this.more = more;
  }

  /** Whether the next cell is one of the first few, warned about at the cell; else it is counted. */
  boolean next() {
    return ++cells <= listed;
  }

  /**
   * Where a cell counted is: on a client's row, which has the warning as its own, or not.
   *
   * @param said the warning at the cell as a line of its own, asked for only for the first cell
   *     counted (and the first on a row of no client): when no other cell follows it, {@link #finish}
   *     says it instead of a line counting one
   * @param added the warning counted that was added as a client's ({@link Diagnostic#counted}), or
   *     null when none was
   */
  void counted(boolean onClientRow, Supplier<Diagnostic> said, Diagnostic added) {
    if (onClientRow) onClientRows++;
    else elsewhere++;
    boolean first = onClientRows + elsewhere == 1;
    boolean firstElsewhere = !onClientRow && elsewhere == 1;
    Diagnostic line = first || firstElsewhere ? said.get() : null;
    if (first) {
      firstSaid = line;
      firstAdded = added;
    }
    if (firstElsewhere) this.firstElsewhere = line;
  }

  /**
   * The line for the cells counted, at {@code where}; nothing when there are none. A single cell
   * counted is said at the cell instead, as a line counting it would save none.
   */
  void finish(Diagnostics d, Location where) {
    if (cells <= listed) return;
    if (cells == listed + 1) {
      if (firstAdded == null) d.add(firstSaid);
      else d.replace(List.of(firstAdded), firstSaid);
      return;
    }
    Diagnostic line = Diagnostic.warning(where, more.apply(cells - listed));
    if (onClientRows == 0) {
      d.add(line);
      return;
    }
    d.add(line.asCounting());
    // A run of some clients leaves that line out, and shows their own cells; the cells on rows of
    // no client (a title, a formula filled down below the clients) are counted apart for it.
    if (elsewhere == 1) d.add(firstElsewhere.asCounted());
    else if (elsewhere > 1) d.add(Diagnostic.warning(where, more.apply(elsewhere) + " (on rows of no client)").asCounted());
  }
}
