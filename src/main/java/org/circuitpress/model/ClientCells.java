package org.circuitpress.model;

import java.util.Map;

/**
 * The cells of a client's roster row that a problem about one value is placed at (the id, the
 * program, the start date, the level, the equipment, the block length, and the name and notes the
 * handout prints), by column name. One small map per client, built by the roster reader from the
 * cells it has just read; a column it leaves out is pointed at by the row.
 *
 * @param byColumn roster column name ({@code start_date}) -> the cell the value was read from
 */
public record ClientCells(Map<String, Location> byColumn) {
  public static final String ID = "client_id";
  public static final String PROGRAM = "program";
  public static final String START_DATE = "start_date";
  public static final String LEVEL = "level";
  public static final String EQUIPMENT = "equipment";
  public static final String NAME = "name";
  public static final String NOTES = "notes";
  public static final String WEEKS = "weeks";

  /** No cells known: every problem is placed at the client's row. */
  public static final ClientCells NONE = new ClientCells(Map.of());

  public ClientCells {
    byColumn = byColumn == null ? Map.of() : Map.copyOf(byColumn);
  }

  /** The cell of {@code column}, or {@code row} when it is not known. */
  public Location at(String column, Location row) {
    return byColumn.getOrDefault(column, row);
  }
}
