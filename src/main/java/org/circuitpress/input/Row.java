package org.circuitpress.input;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;

/**
 * One data row, its cells keyed by the normalized header ({@link Names#header}), with the row's
 * own location so that a missing value can still be pointed at.
 *
 * @param columns normalized header -> 0-based column index, for every known column of the table
 * @param unreadable normalized header -> a cell of a strict column ({@link Columns#strict}) that
 *     shows an error or holds a formula without a saved result; its text is "" and its value an
 *     {@link Unreadable}. Such a cell is not in {@code cells}. In a template, a cell a spreadsheet
 *     turned into a date, already reported ({@link DateCells}), is here too, as read.
 * @param date1904 whether the row's workbook counts date serial numbers from 1904 (Excel for Mac's
 *     old default) rather than from 1900, for a plain number that stands for a date
 * @param headers normalized header -> the column's header as the file writes it ({@code Units
 *     (kg/lb)}, {@code Kit}), by which an empty cell is named as its filled neighbours are
 */
public record Row(
    Location location,
    Map<String, Cell> cells,
    Map<String, Integer> columns,
    Map<String, Cell> unreadable,
    boolean date1904,
    Map<String, String> headers) {
  public Row {
    Objects.requireNonNull(location, "location");
    cells = Map.copyOf(cells);
    columns = Map.copyOf(columns);
    unreadable = Map.copyOf(unreadable);
    headers = Map.copyOf(headers);
  }

  public Row(Location location, Map<String, Cell> cells, Map<String, Integer> columns, Map<String, Cell> unreadable) {
    this(location, cells, columns, unreadable, false, Map.of());
  }

  /** Whether the cell under a header could not be read (see {@link #unreadable()}). */
  public boolean isUnreadable(String header) {
    return unreadable.containsKey(Names.header(header));
  }

  /** A row of a CSV file or of a workbook with the usual 1900 date system. */
  public Row(Location location, Map<String, Cell> cells, Map<String, Integer> columns) {
    this(location, cells, columns, Map.of(), false, Map.of());
  }

  /** The non-empty cell under a header, matched the way headers are matched. */
  public Optional<Cell> cell(String header) {
    return Optional.ofNullable(cells.get(Names.header(header)));
  }

  /** The trimmed text under a header, or "" when the cell is empty or the column absent. */
  public String text(String header) {
    Cell c = cells.get(Names.header(header));
    return c == null ? "" : c.text();
  }

  /**
   * Where the value under a header is or would be: its cell, or the row when the column is absent.
   * An empty cell is named by its column's header as the file writes it, as a filled one is.
   */
  public Location at(String header) {
    String key = Names.header(header);
    Cell c = cells.get(key);
    if (c == null) c = unreadable.get(key);
    if (c != null) return c.location();
    Integer col = columns.get(key);
    return col == null ? location : location.atColumn(col, headers.getOrDefault(key, header));
  }

  /**
   * The same row with the cell under {@code header} named {@code shown} where problems point at it:
   * a template's {@code value} cell as the setting it holds ({@code template!B4 (weeks)}).
   */
  Row naming(String header, String shown) {
    String key = Names.header(header);
    Map<String, String> names = new HashMap<>(headers);
    names.put(key, shown);
    return new Row(location, naming(cells, key, shown), columns, naming(unreadable, key, shown), date1904, names);
  }

  private static Map<String, Cell> naming(Map<String, Cell> cells, String key, String shown) {
    Cell c = cells.get(key);
    if (c == null) return cells;
    Map<String, Cell> named = new HashMap<>(cells);
    named.put(key, new Cell(c.location().atColumn(c.location().column(), shown), c.text(), c.value(), c.shown()));
    return named;
  }

  public boolean isBlank() {
    return cells.values().stream().allMatch(c -> c.text().isBlank());
  }
}
