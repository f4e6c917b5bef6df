package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returned log as other programs save it, down to the cell XML: the streaming reader must read
 * what a spreadsheet shows, as POI's workbook model did, and keep reading around what it cannot.
 */
class LogReaderCellXmlTest {
  /** A number typed into a cell, to be swapped for hand-written cell XML. */
  private static final double MARKER = 4242;

  @TempDir Path dir;
  private final Program p = Fixtures.program();
  private final Diagnostics d = new Diagnostics();

  private List<String> messages() {
    return d.all().stream().map(Diagnostic::message).toList();
  }

  private static Cell cell(LogFiller f, int row, String header) {
    var s = f.wb.getSheet(LogColumns.weekSheet(1));
    return s.getRow(row).getCell(LogFiller.column(s, header));
  }

  private static CellStyle format(LogFiller f, String code) {
    CellStyle style = f.wb.createCellStyle();
    style.setDataFormat(f.wb.createDataFormat().getFormat(code));
    return style;
  }

  private LogEntry lats(BlockLog log) {
    return LogReaderXlsxTest.entry(log, 1, 1, 1, "roll-lats");
  }

  /** Rewrites the workbook's sheet and workbook XML. */
  private void patch(UnaryOperator<String> xml) throws IOException {
    Xlsx.patch(dir.resolve("log.xlsx"), xml);
  }

  /** Replaces the cell holding {@link #MARKER} by {@code cell}, where REF is its reference. */
  private void replaceMarker(String cell) throws IOException {
    Pattern marker = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*><v>" + Pattern.quote(String.valueOf(MARKER))
        + "</v></c>");
    patch(xml -> {
      Matcher m = marker.matcher(xml);
      StringBuilder sb = new StringBuilder();
      while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(cell.replace("REF", m.group(1))));
      m.appendTail(sb);
      return sb.toString();
    });
  }

  @Test
  void aDateFormattedNumberOutsideTheDateColumnIsQuotedAsTheDateShown() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int r = f.row(1, 1, 1, "roll-lats");
      // Excel turns a typed "7/10" or "3/4" into a date shown as d-mmm
      f.type(1, r, LogColumns.DONE, "yes").type(1, r, LogColumns.RPE, 46213).type(1, r, LogColumns.NOTES, 46085);
      cell(f, r, LogColumns.RPE).setCellStyle(format(f, "d-mmm"));
      cell(f, r, LogColumns.NOTES).setCellStyle(format(f, "d-mmm"));
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(lats(log).notes()).isEqualTo("4-Mar");
    // the date an RPE of 7/10 becomes is read as that RPE (LogDatedCellsTest)
    assertThat(lats(log).rpe()).isEqualTo(7);
    assertThat(messages()).containsExactly(
        "read the date 10 July as RPE 7: the spreadsheet turned the 7/10 typed here into a date");
  }

  @Test
  void aNumberInGeneralFormatIsQuotedAsGeneralShowsIt() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int r = f.row(1, 1, 1, "roll-lats");
      f.type(1, r, LogColumns.DONE, "yes").type(1, r, LogColumns.RPE, 12.3456789012)
          .type(1, r, LogColumns.NOTES, 1234567890123.0).save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(lats(log).notes()).isEqualTo("1.23457E+12");
    assertThat(messages()).containsExactly("expected an RPE from 1 to 10 like 7, got 12.3456789; left empty");
  }

  @Test
  void aFormulaIsReadAndQuotedAsItsSavedResult() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int r = f.row(1, 1, 1, "roll-lats");
      f.type(1, r, LogColumns.DONE, "yes").type(1, r, LogColumns.RPE, 0).type(1, r, LogColumns.NOTES, 0);
      cell(f, r, LogColumns.RPE).setCellFormula("3*4");
      cell(f, r, LogColumns.RPE).setCellValue(12);
      cell(f, r, LogColumns.NOTES).setCellFormula("2+3");
      cell(f, r, LogColumns.NOTES).setCellValue(5);
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(lats(log).notes()).isEqualTo("5");
    assertThat(messages()).containsExactly("expected an RPE from 1 to 10 like 7, got 12; left empty");
  }

  @Test
  void aDateAndTimeJustBeforeMidnightIsThatDay() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int r = f.row(1, 1, 1, "roll-lats");
      f.type(1, r, LogColumns.DATE, 46365.999995); // 2026-12-09 23:59:59.57
      cell(f, r, LogColumns.DATE).setCellStyle(format(f, "yyyy-mm-dd"));
      f.save();
    }
    assertThat(lats(LogReader.read(dir, p, d).orElseThrow()).date()).hasToString("2026-12-09");
  }

  @Test
  void aCellStoredAsAnIsoDateIsADate() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.type(1, f.row(1, 1, 1, "roll-lats"), LogColumns.DATE, MARKER).save();
    }
    replaceMarker("<c r=\"REF\" t=\"d\"><v>2026-12-09T00:00:00</v></c>");
    assertThat(lats(LogReader.read(dir, p, d).orElseThrow()).date()).hasToString("2026-12-09");
    assertThat(messages()).isEmpty();
  }

  @Test
  void aFormulaWithoutASavedResultCountsAsAnEntrySoTheFileIsKept() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.formulaWithEmptyResult(1, f.row(1, 1, 1, "roll-lats"), LogColumns.ACTUAL, "5+5").save(); // openpyxl's <v/>
    }
    assertThat(LogReader.checkEntries(dir.resolve("log.xlsx"))).isTrue();
  }

  @Test
  void aTextFormulaWithNoValueAtAllHasNoSavedResult() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int r = f.row(1, 1, 1, "roll-lats");
      f.type(1, r, LogColumns.DONE, "yes").type(1, r, LogColumns.NOTES, MARKER).save();
    }
    replaceMarker("<c r=\"REF\" t=\"str\"><f>A1&amp;\"\"</f></c>");
    LogReader.read(dir, p, d).orElseThrow();
    assertThat(messages()).containsExactly(XlsxSource.NO_SAVED_RESULT);
  }

  @Test
  void anInlineStringIsItsTextRunsWithoutPhoneticsOrEscapes() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.type(1, f.row(1, 1, 1, "roll-lats"), LogColumns.NOTES, MARKER).save();
    }
    replaceMarker("<c r=\"REF\" t=\"inlineStr\"><is><r><t>left</t></r>\n <r><t xml:space=\"preserve\"> side_x0021_</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>X</t></rPh></is></c>");
    assertThat(lats(LogReader.read(dir, p, d).orElseThrow()).notes()).isEqualTo("left side!");
  }

  @Test
  void aSheetMissingFromTheFileAndALowerCaseReferenceAreReadAround() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.asPrescribed(1, 1, 1, "roll-lats", 6).type(1, f.row(1, 1, 1, "roll-pecs"), LogColumns.RPE, MARKER);
      f.wb.createSheet("Extra");
      f.save();
    }
    replaceMarker("<c r=\"REF\"><v>7</v></c>");
    Pattern seven = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"><v>7</v>");
    patch(xml -> seven.matcher(xml).replaceAll(m -> "<c r=\"" + m.group(1).toLowerCase() + "\"><v>7</v>")
        .replaceAll("(<sheet name=\"Extra\"[^>]* r:id=\")rId\\d+", "$1rId99"));
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(lats(log).rpe()).isEqualTo(6);
    assertThat(LogReaderXlsxTest.entry(log, 1, 1, 1, "roll-pecs").rpe()).isEqualTo(7);
  }
}
