package org.circuitpress.input;

import java.util.List;
import java.util.Objects;

/**
 * A sheet or CSV file read into rows, blank rows already dropped.
 *
 * @param file the file name as shown in diagnostics
 * @param sheet the sheet read, or null for CSV
 * @param headers the header row as written, in column order ("" for an empty header cell)
 */
public record Table(String file, String sheet, List<String> headers, List<Row> rows) {
  public Table {
    Objects.requireNonNull(file, "file");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
