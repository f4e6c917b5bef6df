package org.circuitpress.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/**
 * A warning that every row of a roster may give for the same reason (a US gym whose clients all
 * leave the paper empty): the first few rows get it at their cell, and the rows after them are
 * counted and named in one line at the end, as the log reader does with a column's cells. A row
 * counted still gets the warning as its own, {@link Diagnostic#counted}: its client is done with
 * warnings in the report and the summary like those of the first rows.
 */
final class RepeatedWarning {
  /** Rows named in the line that counts the rest, before "and N more". */
  static final int ROWS_NAMED = 8;

  private final String header;
  private final Function<String, String> rest;
  private int said;
  private final List<Location> counted = new ArrayList<>();

  /**
   * @param header the column the warning is about
   * @param rest the line for the rows not warned about one by one, given how many and which
   *     ({@code "7 more rows (9, 10, 11)"})
   */
  RepeatedWarning(String header, Function<String, String> rest) {
    this.header = header;
    this.rest = rest;
  }

  /**
   * Warns about the row's cell, or counts the row once the first few have been warned about.
   * {@code message} is the same text for many rows (a constant, or one kept per distinct cell).
   */
  void say(Fields f, String message) {
    if (said++ < LogCells.LISTED_PER_COLUMN) f.warning(header, message);
    else counted.add(f.countedWarning(header, message));
  }

  /**
   * The line for the rows counted, at the first of them ({@link Diagnostic#counting}); nothing when
   * there are none.
   */
  void finish(Diagnostics out) {
    if (!counted.isEmpty()) out.add(Diagnostic.warning(counted.get(0), rest.apply(moreRows(counted))).asCounting());
  }

  /** {@code "2 more rows (3, 5)"}, naming at most {@link #ROWS_NAMED} and counting the others. */
  static String moreRows(List<Location> rows) {
    String named = rows.stream().limit(ROWS_NAMED).map(l -> String.valueOf(l.row()))
        .collect(Collectors.joining(", "));
    int more = rows.size() - Math.min(rows.size(), ROWS_NAMED);
    return rows.size() + (rows.size() == 1 ? " more row" : " more rows") + " (" + named
        + (more > 0 ? " and " + more + " more" : "") + ")";
  }
}
