package org.circuitpress.input;

/**
 * The value of a workbook cell that holds nothing usable: it shows an error such as {@code #N/A},
 * its formula has no saved result, or the result it saved is a stand-in the workbook itself says
 * to recalculate. Such a cell reaches a {@link Row} only under a column that {@link
 * Columns#strict} names; elsewhere it is reported as a warning and read as empty.
 *
 * @param error the error the cell shows, e.g. {@code #N/A}; null for a formula without a usable
 *     result
 * @param stale whether the formula has a saved result that cannot be trusted (see {@link
 *     #STALE_RESULT})
 */
record Unreadable(String error, boolean stale) {
  static final Unreadable NO_SAVED_RESULT = new Unreadable(null, false);

  /**
   * A formula in a workbook marked to be recalculated when it is opened ({@code fullCalcOnLoad}):
   * writers such as Python's xlsxwriter save 0 as every formula's result and leave the real one to
   * Excel, so a {@code ="shoulder"} in a limitations cell would read as "0".
   */
  static final Unreadable STALE_RESULT = new Unreadable(null, true);

  /** A cell showing an error such as {@code #N/A}. */
  static Unreadable showing(String error) {
    return new Unreadable(error, false);
  }

  /** The warning for a cell that is read as empty. */
  String warning() {
    if (stale) return XlsxSource.STALE_RESULT;
    return error == null ? XlsxSource.NO_SAVED_RESULT : XlsxSource.showsError(error);
  }

  /** What is wrong with the cell and what to do, for a column that cannot be read as empty. */
  String problem() {
    if (stale) {
      return "the workbook asks for its formulas to be recalculated when it is opened, so the result"
          + " saved in this cell may not be the real one; " + XlsxSource.RECALCULATE + ", or type the value in";
    }
    return error == null
        ? "the formula in this cell has no saved result; open the file in a spreadsheet app and"
            + " save it again, or type the value in"
        : "the cell shows the error " + error + " instead of a value; fix the formula or type the"
            + " value in";
  }
}
