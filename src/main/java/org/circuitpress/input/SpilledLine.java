package org.circuitpress.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Names;

/**
 * Tells a data row that is most likely not a row of its own but the rest of the row above: text
 * with a line break pasted into a CSV cell without quotes, or a multi-line cell that an export or
 * a paste split into rows, leaves a row with one or two cells filled and every required cell
 * empty. Such a row gets one error that says so, not one "the cell is empty" per required column.
 * One per table read; each data row is given to {@link #check} in order.
 */
final class SpilledLine {
  /** The most cells such a row holds: a line or two of one or two cells. */
  private static final int MAX_FILLED = 2;

  private final List<String> required;
  private final List<String> requiredKeys;
  /** The number of the data row read before, -1 before the first. */
  private int previous = -1;
  /** When that row was itself such a row, the row both belong to; else -1. */
  private int spilledFrom = -1;

  SpilledLine(Columns spec) {
    required = spec.required();
    requiredKeys = required.stream().map(Names::header).toList();
  }

  /**
   * The error for a row that holds no required cell, one or two others, and comes right after
   * another data row; empty for any other row. Cheap for a row with its required cells.
   */
  Optional<String> check(Row row) {
    int at = row.location().row();
    boolean afterARow = previous == at - 1;
    int from = spilledFrom >= 0 && afterARow ? spilledFrom : at - 1;
    previous = at;
    spilledFrom = -1;
    int filled = row.cells().size();
    if (!afterARow || filled == 0 || filled > MAX_FILLED || !row.unreadable().isEmpty()) return Optional.empty();
    for (String key : requiredKeys) {
      if (row.cells().containsKey(key)) return Optional.empty();
    }
    spilledFrom = from;
    List<Cell> cells = new ArrayList<>(row.cells().values());
    cells.sort(Comparator.comparingInt(c -> c.location().column()));
    List<String> shown = cells.stream().map(c -> c.location().header() + " (" + Fields.quote(c.text()) + ")").toList();
    int last = required.size() - 1;
    String none = last == 0 ? required.get(0)
        : String.join(", ", required.subList(0, last)) + " or " + required.get(last);
    return Optional.of("this row has only " + String.join(" and ", shown) + " filled and no " + none
        + ", so it looks like the rest of row " + from + ", split off onto a row of its own by a line break"
        + " inside a cell. Join the text back into its cell in row " + from + " and take out the line"
        + " break; in a CSV file, a cell with a line break in it must be in double quotes. This row is skipped");
  }
}
