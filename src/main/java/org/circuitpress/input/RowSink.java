package org.circuitpress.input;

import java.util.List;

/** Receives a source's physical rows in order; blank rows may be passed or left out. */
interface RowSink {
  /**
   * @param row 1-based row number as the spreadsheet shows it
   * @return false to stop reading (the table cannot be used)
   */
  boolean row(int row, List<RawCell> cells);

  /**
   * The row that comes next is hidden in the workbook (by a filter, or Hide); given before it.
   *
   * @param row 1-based row number as the spreadsheet shows it
   */
  default void hiddenRow(int row) {}
}
