package org.circuitpress.input;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sheet or CSV file read into rows, blank rows already dropped.
 *
 * @param file the file name as shown in diagnostics
 * @param sheet the sheet read, or null for CSV
 * @param headers the header row as written, in column order ("" for an empty header cell)
 * @param separator what separates the cells of a CSV file (',', ';' or a tab), or 0 for a workbook
 * @param headerRow the header row's number (1-based), or 0 when not known (a table put together
 *     from elsewhere)
 * @param keys the normalized headers ({@link org.circuitpress.model.Names#header}) of the columns
 *     read, as the rows key their cells: a header read as a known column under another name
 *     ({@code Injuries}) is that column's
 */
public record Table(
    String file, String sheet, List<String> headers, List<Row> rows, char separator, int headerRow, Set<String> keys) {
  public Table {
    Objects.requireNonNull(file, "file");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    keys = Set.copyOf(keys);
  }

  public Table(String file, String sheet, List<String> headers, List<Row> rows, char separator) {
    this(file, sheet, headers, rows, separator, 0, Set.of());
  }

  /** A table with no separator: a workbook's sheet, or rows put together from elsewhere. */
  public Table(String file, String sheet, List<String> headers, List<Row> rows) {
    this(file, sheet, headers, rows, (char) 0);
  }

  /** The same table with these rows. */
  Table withRows(List<Row> other) {
    return new Table(file, sheet, headers, other, separator, headerRow, keys);
  }

  /** The same table, read from a CSV file whose cells {@code c} separates. */
  Table separatedBy(char c) {
    return new Table(file, sheet, headers, rows, c, headerRow, keys);
  }
}
