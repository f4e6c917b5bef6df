package org.circuitpress.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Words;

/**
 * The formula cells of a sheet with no result to read: none saved, or one the workbook says to
 * recalculate ({@link Unreadable}). A workbook a program wrote and no spreadsheet app ever opened
 * has them in every formula cell, so they are said in one line for the sheet, naming the cells and
 * what to do, instead of one line per cell. Each cell still gets its problem as its row's own,
 * counted in that line ({@link Diagnostic#counted}): its client still fails (or has the warning),
 * and a run of that client alone shows it at the cell.
 */
final class UnsavedFormulas {
  /** The rows of the cells, by column. */
  private final Map<Integer, TreeSet<Integer>> rowsByColumn = new TreeMap<>();
  private final Map<Integer, String> headers = new TreeMap<>();
  private Location first;
  private String firstMessage;
  private boolean stale;
  private int cells;

  /** Counts a cell, whose problem {@code message} its row has as its own. */
  void add(Location at, String message, boolean staleResult) {
    if (first == null) {
      first = at;
      firstMessage = message;
    }
    stale |= staleResult;
    cells++;
    rowsByColumn.computeIfAbsent(at.column(), k -> new TreeSet<>()).add(at.row());
    if (at.header() != null) headers.putIfAbsent(at.column(), at.header());
  }

  /**
   * The one line for the cells counted, at the first of them: the cell's own message when it is
   * the only one. {@code severity} is an error for cells whose rows are left out ({@code
   * consequence} says so, as for many rows), a warning for cells read as empty.
   */
  void finish(Diagnostics d, Severity severity, String consequence) {
    if (cells == 0) return;
    Location at = Location.ofCell(first.file(), first.sheet(), first.row(), first.column(), cells == 1 ? first.header() : null);
    String message = cells == 1 ? firstMessage : many(consequence);
    d.add(new Diagnostic(severity, at, message, null).asCounting());
  }

  private String many(String consequence) {
    String which = cells + " formula cells (" + ranges() + ", under " + Words.and(List.copyOf(headers.values())) + ")";
    String what = stale
        ? "the workbook asks for its formulas to be recalculated when it is opened, so the results saved in "
            + which + " may not be the real ones; " + XlsxSource.RECALCULATE
        : which + " have no saved result, as when a program wrote the file and no spreadsheet app has opened it"
            + " since; open it in Excel, LibreOffice or Google Sheets and save it again";
    return what + ", or type the values in. " + consequence;
  }

  /** The cells as ranges: "B2:B8, D2:F8", columns side by side with the same rows in one. */
  String ranges() {
    List<String> out = new ArrayList<>();
    int from = -1;
    int to = -1;
    List<int[]> runs = null;
    for (Map.Entry<Integer, TreeSet<Integer>> e : rowsByColumn.entrySet()) {
      List<int[]> r = runs(e.getValue());
      if (runs != null && e.getKey() == to + 1 && same(runs, r)) {
        to = e.getKey();
        continue;
      }
      if (runs != null) add(out, from, to, runs);
      from = e.getKey();
      to = from;
      runs = r;
    }
    if (runs != null) add(out, from, to, runs);
    if (out.size() <= MAX_RANGES) return String.join(", ", out);
    return String.join(", ", out.subList(0, MAX_RANGES)) + " and " + (out.size() - MAX_RANGES) + " more";
  }

  /** How many ranges {@link #ranges} names before it counts the rest. */
  private static final int MAX_RANGES = 10;

  private static void add(List<String> out, int from, int to, List<int[]> runs) {
    String a = Location.columnLetters(from);
    String b = Location.columnLetters(to);
    for (int[] run : runs) {
      out.add(from == to && run[0] == run[1] ? a + run[0] : a + run[0] + ":" + b + run[1]);
    }
  }

  /** Rows in runs of consecutive numbers, {first, last}. */
  private static List<int[]> runs(TreeSet<Integer> rows) {
    List<int[]> out = new ArrayList<>();
    for (int row : rows) {
      if (!out.isEmpty() && out.get(out.size() - 1)[1] == row - 1) out.get(out.size() - 1)[1] = row;
      else out.add(new int[] {row, row});
    }
    return out;
  }

  private static boolean same(List<int[]> a, List<int[]> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) return false;
    }
    return true;
  }
}
