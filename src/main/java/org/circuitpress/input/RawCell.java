package org.circuitpress.input;

/**
 * A cell as a source saw it, before cleaning and header matching.
 *
 * @param column 0-based column index
 * @param value a Double, LocalDate, LocalTime or Boolean when the file typed it, else null
 * @param shown how the spreadsheet displays a number when its format changes more than the
 *     digits' layout allows {@code text} to say ({@code 00123} for 123 formatted {@code 00000}),
 *     else null
 * @param hyperlink for a workbook cell whose formula is a HYPERLINK call, what the formula says
 *     of the link's address ({@code text} is the result the file saved, the text shown); else null
 * @param formula whether a workbook cell holds a formula: its text is the result the file saved,
 *     which nobody typed
 */
record RawCell(int column, String text, Object value, String shown, HyperlinkFormula hyperlink, boolean formula) {
  RawCell(int column, String text, Object value) {
    this(column, text, value, null, null, false);
  }

  RawCell(int column, String text, Object value, String shown) {
    this(column, text, value, shown, null, false);
  }
}
