package org.circuitpress.input;

import java.util.List;
import java.util.Objects;

/**
 * A sheet or CSV file read into rows, blank rows already dropped.
 *
 * @param file the file name as shown in diagnostics
 * @param sheet the sheet read, or null for CSV
 * @param headers the header row as written, in column order ("" for an empty header cell)
 * @param separator what separates the cells of a CSV file (',', ';' or a tab), or 0 for a workbook
 */
public record Table(String file, String sheet, List<String> headers, List<Row> rows, char separator) {
  public Table {
    Objects.requireNonNull(file, "file");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** A table with no separator: a workbook's sheet, or rows put together from elsewhere. */
  public Table(String file, String sheet, List<String> headers, List<Row> rows) {
    this(file, sheet, headers, rows, (char) 0);
  }

  /** The same table with these rows. */
  Table withRows(List<Row> other) {
    return new Table(file, sheet, headers, other, separator);
  }

  /** The same table, read from a CSV file whose cells {@code c} separates. */
  Table separatedBy(char c) {
    return new Table(file, sheet, headers, rows, c);
  }
}
