package org.circuitpress.render.xlsx;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet written straight as SpreadsheetML text, row after row, in the element order the
 * schema requires (Excel rejects a sheet whose parts are out of order). Cell styles are indexes
 * into the fixed table of {@link XlsxPackage#STYLES}.
 */
final class SheetXml {
  /** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
  private static final long EPOCH_SERIAL = 25569;

  private final Writer w;
  private final SharedStrings strings;
  private int row = -1;
  /** The current row's cells, handed to the writer once per row rather than cell by cell. */
  private final StringBuilder cells = new StringBuilder(2048);
  private static final String[] LETTERS = new String[64];

  static {
    for (int c = 0; c < LETTERS.length; c++) LETTERS[c] = org.circuitpress.model.Location.columnLetters(c);
  }
  private final List<String> validations = new ArrayList<>();
  /** The left and right page margins in inches. */
  private String sideMargin = "0.5";

  SheetXml(Writer w, SharedStrings strings) {
    this.w = w;
    this.strings = strings;
  }

  /**
   * Everything before the cells: used range, frozen header rows and left-hand columns (Excel's
   * freeze panes at the cell below and right of them), column widths, hidden columns.
   */
  void begin(boolean fitToPage, int lastRow, int lastColumn, int frozenRows, int frozenColumns, int[] widths,
      int... hidden) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    if (fitToPage) w.write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    w.write("<dimension ref=\"A1:" + ref(lastRow, lastColumn) + "\"/><sheetViews><sheetView workbookViewId=\"0\">");
    if (frozenColumns > 0) {
      // the pane that scrolls both ways is the bottom right one; the others keep their own selection
      w.write("<pane xSplit=\"" + frozenColumns + "\"" + (frozenRows > 0 ? " ySplit=\"" + frozenRows + "\"" : "")
          + " topLeftCell=\"" + ref(frozenRows, frozenColumns) + "\" activePane=\""
          + (frozenRows > 0 ? "bottomRight" : "topRight") + "\" state=\"frozen\"/>"
          + (frozenRows > 0 ? "<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/><selection pane=\"bottomRight\"/>"
              : "<selection pane=\"topRight\"/>"));
    } else if (frozenRows > 0) {
      w.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1)
          + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
    }
    w.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (widths.length > 0) { // an empty <cols> is not allowed
      w.write("<cols>");
      for (int c = 0; c < widths.length; c++) {
        w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c] + "\" customWidth=\"1\""
            + (contains(hidden, c) ? " hidden=\"1\"/>" : "/>"));
      }
      w.write("</cols>");
    }
    w.write("<sheetData>");
  }

  /** Starts the next row (0-based); {@code height} in points, 0 for the default. */
  void row(int r, int height) throws IOException {
    row(r, height, true);
  }

  /**
   * Starts the next row (0-based) {@code height} points high (0 for the default); unless {@code
   * fixed}, the height is written as the spreadsheet's own fit, which Excel and LibreOffice make
   * taller when text typed into a wrapped cell of the row needs more lines.
   */
  void row(int r, int height, boolean fixed) throws IOException {
    endRow();
    row = r;
    cells.append("<row r=\"").append(r + 1).append('"');
    if (height > 0) cells.append(" ht=\"").append(height).append(fixed ? "\" customHeight=\"1\"" : "\"");
    cells.append('>');
  }

  /** A text cell; empty text is a blank (styled) cell. */
  void text(int c, String value, int style) throws IOException {
    if (value == null || value.isEmpty()) {
      blank(c, style);
      return;
    }
    open(c, style).append(" t=\"s\"><v>").append(strings.index(value)).append("</v></c>");
  }

  void number(int c, double value, int style) throws IOException {
    open(c, style).append("><v>");
    if (value == Math.rint(value) && Math.abs(value) < 1e15) cells.append((long) value);
    else cells.append(value);
    cells.append("</v></c>");
  }

  void date(int c, LocalDate d, int style) throws IOException {
    number(c, d.toEpochDay() + EPOCH_SERIAL, style);
  }

  void blank(int c, int style) throws IOException {
    if (style != 0) open(c, style).append("/>");
  }

  /** A formula with no cached result, so every spreadsheet computes it on opening. */
  void formula(int c, String formula, int style) throws IOException {
    open(c, style).append("><f>").append(Xml.escape(formula)).append("</f></c>");
  }

  /**
   * A formula for this row's cell in column {@code c} and the cells below it to {@code lastRow}
   * (0-based), written once, as Excel shares one: each cell below computes it moved to its own
   * row and is written by {@link #sharedFormula(int, int, int)}. {@code group} numbers the
   * shared formula within the sheet.
   */
  void sharedFormula(int c, String formula, int lastRow, int group, int style) throws IOException {
    open(c, style).append("><f t=\"shared\" ref=\"").append(ref(row, c)).append(':').append(ref(lastRow, c))
        .append("\" si=\"").append(group).append("\">").append(Xml.escape(formula)).append("</f></c>");
  }

  /** A cell computing shared formula {@code group} of a cell above it. */
  void sharedFormula(int c, int group, int style) throws IOException {
    open(c, style).append("><f t=\"shared\" si=\"").append(group).append("\"/></c>");
  }

  /**
   * A validation with an input message, written after the protection element. A value it does not
   * allow is never refused: the error message shows as information, and the value is kept when
   * the user chooses OK (Google Sheets marks the cell instead of asking). The log reader reads
   * more than any such rule can say ("RPE 7", a date typed as text), and what it cannot read it
   * names in its report.
   */
  void validation(String type, String sqref, String formula1, String formula2, String title, String prompt,
      String error) {
    StringBuilder sb = new StringBuilder("<dataValidation type=\"").append(type).append('"');
    if (formula2 != null) sb.append(" operator=\"between\"");
    sb.append(" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorStyle=\"information\"")
        .append(" errorTitle=\"").append(Xml.escape(title)).append("\" error=\"").append(Xml.escape(error))
        .append("\" promptTitle=\"").append(Xml.escape(title)).append("\" prompt=\"").append(Xml.escape(prompt))
        .append("\" sqref=\"").append(sqref).append("\"><formula1>").append(Xml.escape(formula1)).append("</formula1>");
    if (formula2 != null) sb.append("<formula2>").append(Xml.escape(formula2)).append("</formula2>");
    validations.add(sb.append("</dataValidation>").toString());
  }

  /**
   * An input message alone (a validation of any value): it explains the cells of {@code sqref}
   * when one is selected and refuses nothing, for cells where the log reader takes words.
   */
  void prompt(String sqref, String title, String prompt) {
    validations.add("<dataValidation allowBlank=\"1\" showInputMessage=\"1\" promptTitle=\"" + Xml.escape(title)
        + "\" prompt=\"" + Xml.escape(prompt) + "\" sqref=\"" + sqref + "\"/>");
  }

  /**
   * Prints with Excel's "Narrow" side margins (a quarter inch, which home printers reach): a
   * wide sheet then shrinks less to fit the page width.
   */
  void narrowMargins() {
    sideMargin = "0.25";
  }

  /**
   * Everything after the cells: protection without a password (columns and rows may still be
   * resized), validations, and a print setup that fits the page width with numbered pages.
   */
  void end(boolean landscape, boolean letter, String headerLeft, String headerRight, String autoFilter)
      throws IOException {
    end(landscape, letter, headerLeft, headerRight, autoFilter, true);
  }

  /** As above; an unprotected sheet (the trainer's own) when {@code protect} is false. */
  void end(boolean landscape, boolean letter, String headerLeft, String headerRight, String autoFilter,
      boolean protect) throws IOException {
    endRow();
    w.write("</sheetData>");
    if (protect) {
      w.write("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>");
    }
    if (autoFilter != null) w.write("<autoFilter ref=\"" + autoFilter + "\"/>");
    if (!validations.isEmpty()) {
      w.write("<dataValidations count=\"" + validations.size() + "\">");
      for (String v : validations) w.write(v);
      w.write("</dataValidations>");
    }
    w.write("<printOptions horizontalCentered=\"1\"/>"
        + "<pageMargins left=\"" + sideMargin + "\" right=\"" + sideMargin + "\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        + "<pageSetup paperSize=\"" + (letter ? 1 : 9) + "\" orientation=\"" + (landscape ? "landscape" : "portrait")
        + "\" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter><oddHeader>"
        + Xml.escape("&L" + hf(headerLeft) + "&R" + hf(headerRight)) + "</oddHeader><oddFooter>"
        + Xml.escape("&CPage &P of &N") + "</oddFooter></headerFooter></worksheet>");
  }

  /** Appends {@code <c r="..." s="..."} for a cell of the current row. */
  private StringBuilder open(int c, int style) {
    cells.append("<c r=\"").append(c < LETTERS.length ? LETTERS[c] : org.circuitpress.model.Location.columnLetters(c))
        .append(row + 1).append('"');
    if (style != 0) cells.append(" s=\"").append(style).append('"');
    return cells;
  }

  private void endRow() throws IOException {
    if (row >= 0) {
      cells.append("</row>");
      w.write(cells.toString());
      cells.setLength(0);
    }
    row = -1;
  }

  /** An ampersand starts a code in headers and footers; a literal one is doubled. */
  private static String hf(String text) {
    return text.replace("&", "&&");
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) if (v == value) return true;
    return false;
  }

  /** A1-style reference of a 0-based row and column. */
  static String ref(int r, int c) {
    return (c < LETTERS.length ? LETTERS[c] : org.circuitpress.model.Location.columnLetters(c)) + (r + 1);
  }
}
