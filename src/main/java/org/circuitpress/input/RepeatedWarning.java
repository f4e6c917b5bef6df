package org.circuitpress.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
   * there are none. One row alone after the first few keeps its own line, as the first few do: a
   * line counting it would save none.
   */
  void finish(Diagnostics out) {
    if (counted.size() == 1) {
      // one row after the first few: its own line says it as well as a line counting it would
      List<Diagnostic> one = out.all().stream()
          .filter(x -> x.counted() && x.location().equals(counted.get(0)) && !x.isError()).limit(1).toList();
      if (!one.isEmpty()) {
        out.replace(one, one.get(0).asOwn());
        return;
      }
    }
    if (!counted.isEmpty()) out.add(Diagnostic.warning(counted.get(0), rest.apply(moreRows(counted))).asCounting());
  }

  /**
   * {@code problems} (a file's, in the order reported) with each problem that more than the first
   * few rows give at the same column in the same words (a level "beginer" on all 200 rows of a
   * roster, a limitation "bad shoulder" on most) counted in one line after them, as {@link #say}
   * does for the warnings known to repeat: the first few keep their line, the rows after them are
   * {@link Diagnostic#counted} (still their rows' own, for their clients' status) and named in one
   * line, "the same again on 195 more rows (7, 8, ...)", at the end, when there are two or more of
   * them (a line counting one row saves none). A column whose problems are
   * counted already ({@link CellWarnings}, the equipment no drill uses) is left as it is.
   */
  static List<Diagnostic> grouped(List<Diagnostic> problems) {
    Map<List<Object>, List<Integer>> same = new LinkedHashMap<>();
    Set<List<Object>> countedColumns = new HashSet<>();
    for (int i = 0; i < problems.size(); i++) {
      Diagnostic x = problems.get(i);
      Location at = x.location();
      List<Object> column = List.of(x.severity(), String.valueOf(at.file()), String.valueOf(at.sheet()), at.column());
      if (x.grouping() != Diagnostic.Grouping.OWN) countedColumns.add(column);
      if (x.grouping() != Diagnostic.Grouping.OWN || at.row() <= 0) continue;
      List<Object> key = new ArrayList<>(column);
      key.add(x.message());
      same.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    same.keySet().removeIf(k -> countedColumns.contains(k.subList(0, 4)));
    List<Diagnostic> out = new ArrayList<>(problems);
    List<Diagnostic> counting = new ArrayList<>();
    for (List<Integer> rows : same.values()) {
      // a line that counted one row would take the place of that row's own, and save none
      if (rows.size() <= LogCells.LISTED_PER_COLUMN + 1) continue;
      List<Location> counted = new ArrayList<>();
      for (int i : rows.subList(LogCells.LISTED_PER_COLUMN, rows.size())) {
        out.set(i, problems.get(i).asCounted());
        counted.add(problems.get(i).location());
      }
      Diagnostic first = problems.get(rows.get(0));
      counting.add(new Diagnostic(first.severity(), counted.get(0), "the same again on " + moreRows(counted) + ": "
          + first.message(), null).asCounting());
    }
    out.addAll(counting);
    return out;
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
