package org.circuitpress.input;

/**
 * The value of a workbook cell that holds nothing usable: it shows an error such as {@code #N/A},
 * or its formula has no saved result. Such a cell reaches a {@link Row} only under a column that
 * {@link Columns#strict} names; elsewhere it is reported as a warning and read as empty.
 *
 * @param error the error the cell shows, e.g. {@code #N/A}; null for a formula without a saved
 *     result
 */
record Unreadable(String error) {
  static final Unreadable NO_SAVED_RESULT = new Unreadable(null);

  /** The warning for a cell that is read as empty. */
  String warning() {
    return error == null ? XlsxSource.NO_SAVED_RESULT : XlsxSource.showsError(error);
  }

  /** What is wrong with the cell and what to do, for a column that cannot be read as empty. */
  String problem() {
    return error == null
        ? "the formula in this cell has no saved result; open the file in a spreadsheet app and"
            + " save it again, or type the value in"
        : "the cell shows the error " + error + " instead of a value; fix the formula or type the"
            + " value in";
  }
}
