package org.circuitpress.render.xlsx;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX package written as a stream: the fixed parts (content types, relationships, styles,
 * properties, workbook) as text, the sheets by {@link SheetXml}. Every zip entry is dated
 * {@code day} at midnight (local fields, so no time zone enters the bytes) and the core
 * properties carry the same date: the same content gives the same bytes.
 */
final class XlsxPackage {
  static final int HEADER = 1;
  static final int TITLE = 2;
  static final int LABEL = 3;
  // 4: top-aligned text that does not wrap, which nothing uses since the summary's id and name
  // wrap; its xf stays in the tables so that the indexes after it, and the files' bytes, stay.
  static final int WRAPPED = 5;
  /**
   * The prescription's cells: shaded, and boxed like the cells to fill in, so that a row can be
   * followed across the page when the shading does not print (black-and-white printers at home).
   */
  static final int GIVEN = 6;
  static final int GIVEN_DATE = 7;
  /** A white cell a client types into; in the log's style table, what is typed there stays text. */
  static final int INPUT = 8;
  static final int INPUT_DATE = 9;
  // 10: a number to one decimal, which the Progress sheet's average effort had before it was
  // centred (LOG_CENTRED_DECIMAL); its xf stays, as 4's does, so that the indexes after it stay.
  static final int DATE = 11;
  /** A given value that may be longer than its column (a step's or drill's name): it wraps. */
  static final int GIVEN_WRAPPED = 12;
  /**
   * The summary's counts and dates, and the headers over them: centred. A number sits at the
   * right edge of its cell and text at the left, so a count right before Status read as one word
   * with it ("0done"), and an End date ran into the Files; centred, blank space parts them in
   * Excel, LibreOffice and Google Sheets alike (Google Sheets shows no indent). Only in the
   * summary's style table; the log's has {@link #LOG_CENTRED} and {@link #LOG_CENTRED_HEADER}.
   */
  static final int CENTRED = 13;
  static final int CENTRED_HEADER = 14;
  /**
   * The log's Notes cells: white cells a client types into, as {@link #INPUT}, whose text wraps
   * onto as many lines as it takes, so that a long note shows whole on screen and on paper. Only
   * in the log's style table, where the summary's has {@link #CENTRED}.
   */
  static final int INPUT_WRAPPED = 13;

  /**
   * The log's Progress sheet's numbers and their headings: centred, as the summary's counts
   * are, since a week number at the right edge of its cell ran into the week's dates beside it
   * ("12026-12-01 to 2026-12-07" for week 1), and each count, at the right edge of its column
   * under a heading at the left edge, stood under the next column's heading (the drill rows done
   * read as the average effort). Only in the log's style table.
   */
  static final int LOG_CENTRED = 14;
  static final int LOG_CENTRED_HEADER = 15;
  /**
   * A week sheet's numbers (session, round, target, rest): given as {@link #GIVEN}, centred. At
   * the right edge of its cell a number printed against the text of the next column ("1Decrease
   * neural tone", "10breaths"), since a printed cell's lines leave no room between them. Only in
   * the log's style table.
   */
  static final int GIVEN_CENTRED = 16;
  /**
   * The Progress sheet's average effort, to one decimal, centred as its counts are ({@link
   * #LOG_CENTRED}). Only in the log's style table.
   */
  static final int LOG_CENTRED_DECIMAL = 17;

  /** A header's look (bold, on the grey fill, a rule below), centred. */
  private static final String CENTRED_HEADER_XF = "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" "
      + "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>";

  /** The style table of the run's summary; the indexes above point into its cellXfs. */
  static final String STYLES = styles(null);

  /** Excel's built-in number format Text ({@code @}). */
  private static final int TEXT_FORMAT = 49;
  /** The format {@code yyyy-mm-dd}, the summary's dates'. */
  private static final int YEAR_FIRST = 164;
  /** The log's own format of its date cells. */
  private static final int DAY_FORMAT = 166;

  /**
   * A log's style table, or the summary's when {@code dayFormat} is null. A log's is the
   * summary's, but the {@link #INPUT} cells a client types into hold what is typed as text (the
   * number format {@code @}), so that a spreadsheet keeps {@code 7/10} or {@code 1:30} as typed
   * rather than turning it into a date or a time; and the {@link #GIVEN_DATE} and {@link
   * #INPUT_DATE} cells show their dates in the number format {@code dayFormat} ({@code ddd d
   * mmm}), as the client's handout prints days.
   */
  static String styles(String dayFormat) {
    boolean log = dayFormat != null;
    int dates = log ? DAY_FORMAT : YEAR_FIRST;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + "<numFmts count=\"" + (log ? 3 : 2) + "\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/>"
      + (log ? "<numFmt numFmtId=\"" + DAY_FORMAT + "\" formatCode=\"" + Xml.escape(dayFormat) + "\"/>" : "") + "</numFmts>"
      + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
      + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
      + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill>"
      + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
      + "<borders count=\"3\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>"
      + "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
      + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"" + (log ? 18 : 15) + "\">"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
      + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"2\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\"/>"
      + "<xf numFmtId=\"" + dates + "\" fontId=\"0\" fillId=\"3\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
      + (log
          ? "<xf numFmtId=\"" + TEXT_FORMAT + "\" fontId=\"0\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
          : "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>")
      + "<xf numFmtId=\"" + dates + "\" fontId=\"0\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
      + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      // the summary's dates sit at the top of a row its wrapped detail makes tall, as its text
      // does, and centred, apart from the cells beside them (see CENTRED)
      + (log ? "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          : "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>")
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"2\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
      + (log ? "<xf numFmtId=\"" + TEXT_FORMAT + "\" fontId=\"0\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment wrapText=\"1\"/><protection locked=\"0\"/></xf>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
          : "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>")
      + CENTRED_HEADER_XF
      + (log ? "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"2\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
          + "<alignment horizontal=\"center\"/></xf>"
          + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">"
          + "<alignment horizontal=\"center\"/></xf>" : "")
      + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final OutputStream out;
  private final ZipOutputStream zip;
  private final Writer w;
  private final LocalDate day;
  private final String styles;
  final SharedStrings strings = new SharedStrings();
  /** The defined names of sheets' filters and print areas, written into the workbook part. */
  private final StringBuilder names = new StringBuilder();

  /** A package with the summary's style table, {@link #STYLES}. */
  XlsxPackage(OutputStream out, LocalDate day) {
    this(out, day, STYLES);
  }

  /** A package with its own style table, whose cellXfs the indexes above point into. */
  XlsxPackage(OutputStream out, LocalDate day, String styles) {
    this.out = out;
    this.styles = styles;
    this.zip = new ZipOutputStream(new UnflushedTarget(out), StandardCharsets.UTF_8);
    // the fastest level: about half the CPU of the default for files some 20% larger (35 KB
    // against 30 KB for a 4-week log), and the log is written for every client of every run
    zip.setLevel(Deflater.BEST_SPEED);
    this.w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 16 * 1024);
    this.day = day;
  }

  /** Names the autofilter range of a sheet (0-based index), as Excel does for its filters. */
  void filter(int sheetIndex, String sheetName, String range) {
    String abs = range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
    names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(sheetIndex)
        .append("\" hidden=\"1\">").append(Xml.escape(quoted(sheetName) + "!" + abs)).append("</definedName>");
  }

  /**
   * Names the part of a sheet (0-based index) that prints, as Excel's page setup does; a range
   * of absolute references such as {@code $B$1:$R$73}.
   */
  void printArea(int sheetIndex, String sheetName, String range) {
    names.append("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"").append(sheetIndex).append("\">")
        .append(Xml.escape(quoted(sheetName) + "!" + range)).append("</definedName>");
  }

  /** Starts the worksheet part number {@code n} (1-based); write it with the returned sheet. */
  SheetXml sheet(int n) throws IOException {
    entry("xl/worksheets/sheet" + n + ".xml");
    return new SheetXml(w, strings);
  }

  /**
   * Writes every part but the sheets and closes the zip (not {@code out}).
   *
   * @param printTitles per sheet, the rows repeated on every printed page ("$1:$1"), or null
   */
  void finish(List<String> sheets, List<String> printTitles, String title) throws IOException {
    finish(sheets, printTitles, title, true);
  }

  /** As above; {@code lockStructure} false leaves sheets free to add, move and rename. */
  void finish(List<String> sheets, List<String> printTitles, String title, boolean lockStructure)
      throws IOException {
    entry("xl/sharedStrings.xml");
    strings.write(w);
    entry("xl/styles.xml");
    w.write(styles);
    workbook(sheets, printTitles, lockStructure);
    contentTypes(sheets.size());
    entry("_rels/.rels");
    w.write(xml() + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>");
    entry("docProps/app.xml");
    w.write(xml() + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>CircuitPress</Application></Properties>");
    entry("docProps/core.xml");
    String when = day + "T00:00:00Z";
    w.write(xml() + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" + Xml.escape(title) + "</dc:title>"
        + "<dc:creator>CircuitPress</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when
        + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>");
    w.flush();
    zip.closeEntry();
    zip.finish();
    out.flush();
  }

  private void workbook(List<String> sheets, List<String> printTitles, boolean lockStructure) throws IOException {
    entry("xl/workbook.xml");
    StringBuilder sb = new StringBuilder(xml()).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
        .append(REL).append("\"><workbookPr/>")
        .append(lockStructure ? "<workbookProtection lockStructure=\"1\"/>" : "")
        .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      sb.append("<sheet name=\"").append(Xml.escape(sheets.get(i))).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    sb.append("</sheets><definedNames>").append(names);
    for (int i = 0; i < sheets.size(); i++) {
      if (printTitles.get(i) == null) continue;
      sb.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
          .append(Xml.escape(quoted(sheets.get(i)) + "!" + printTitles.get(i))).append("</definedName>");
    }
    w.write(sb.append("</definedNames><calcPr fullCalcOnLoad=\"1\"/></workbook>").toString());
    entry("xl/_rels/workbook.xml.rels");
    sb = new StringBuilder(xml()).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < sheets.size(); i++) {
      sb.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
    }
    int n = sheets.size();
    sb.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>")
        .append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"").append(REL)
        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    w.write(sb.toString());
  }

  private void contentTypes(int sheets) throws IOException {
    entry("[Content_Types].xml");
    String ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    StringBuilder sb = new StringBuilder(xml())
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(ml).append("sheet.main+xml\"/>")
        .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(ml).append("styles+xml\"/>")
        .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").append(ml).append("sharedStrings+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"").append(ml)
          .append("worksheet+xml\"/>");
    }
    sb.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        .append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
        .append("</Types>");
    w.write(sb.toString());
  }

  /** A sheet name as a formula refers to it. */
  static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }

  private static String xml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  }

  /** Closes the current entry (if any) and opens the next, dated {@link #day}. */
  private void entry(String name) throws IOException {
    w.flush();
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(day.atStartOfDay());
    zip.putNextEntry(e);
  }

  /**
   * The stream the zip writes to, whose flush goes no further. The writer is flushed at the end of
   * every part so that the part's text is in the zip before the next begins; passed on, each of
   * those flushes became a write to the file, some 17 a workbook; {@code out} is now flushed
   * once, when the workbook is finished.
   */
  private static final class UnflushedTarget extends FilterOutputStream {
    UnflushedTarget(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() {}
  }
}
