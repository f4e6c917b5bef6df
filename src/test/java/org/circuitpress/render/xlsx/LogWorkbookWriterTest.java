package org.circuitpress.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LogWorkbookWriterTest {
  static byte[] bytes(Program p) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogWorkbookWriter.write(p, out);
    return out.toByteArray();
  }

  static XSSFWorkbook open(byte[] b) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(b));
  }

  @Test
  void writesAStartSheetAWeekSheetPerWeekAndProgress() throws IOException {
    try (XSSFWorkbook wb = open(bytes(Fixtures.program()))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(6);
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(4), wb.getSheetName(5)))
          .containsExactly("Start here", "Week 1", "Week 4", "Progress");
      XSSFSheet start = wb.getSheet("Start here");
      String all = text(start);
      assertThat(all).contains("Zoë Łukasz-Núñez (c-001)", "Upper-back mobility", "2026-12-07 to 2027-01-03",
          "How to fill it in");
      assertThat(wb.isStructureLocked()).isTrue();
      // wrapped instructions have their height written down, one line's height otherwise
      List<Float> heights = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Row row : start) heights.add(row.getHeightInPoints());
      // (title, the facts, "How to fill it in": one line each; then the eight steps)
      assertThat(heights).containsExactly(15f, 15f, 15f, 15f, 15f, 15f, 15f, 15f, 15f, 15f,
          30f, 30f, 15f, 30f, 15f, 30f, 30f, 30f);
    }
  }

  @Test
  void theWorkbookReachesItsStreamInOneFlushAtTheEnd() throws IOException {
    // each flush of a file's buffer is a write to the disk: one a workbook, not one a part
    List<Integer> sizeAtFlush = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void flush() {
        sizeAtFlush.add(size());
      }
    };
    LogWorkbookWriter.write(Fixtures.program(), out);
    assertThat(sizeAtFlush).containsExactly(out.size());
    assertThat(out.toByteArray()).isEqualTo(bytes(Fixtures.program()));
  }

  @Test
  void linesAreCountedByWordsAndALongWordBreaksAnywhere() {
    assertThat(StartSheet.lines("", 10)).isEqualTo(1);
    assertThat(StartSheet.lines("one two three", 13)).isEqualTo(1);
    assertThat(StartSheet.lines("one two three", 12)).isEqualTo(2);
    assertThat(StartSheet.lines("aaaaaaaaaaaaaaaaaaaaaaaaa", 10)).isEqualTo(3);
    assertThat(StartSheet.lines("a aaaaaaaaaaaaaaaaaaaa b", 10)).isEqualTo(4);
    assertThat(StartSheet.lines("one\ntwo\n\nfour", 10)).isEqualTo(4);
    assertThat(StartSheet.lines("one two\r\nthree", 7)).isEqualTo(2);
  }

  @Test
  void weekSheetHasARowPerSessionRoundAndDrillWithThePrescription() throws IOException {
    Program p = Fixtures.program();
    try (XSSFWorkbook wb = open(bytes(p))) {
      XSSFSheet w3 = wb.getSheet("Week 3");
      List<String> headers = new ArrayList<>();
      w3.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers).hasSize(LogColumns.ALL.size()).contains("Actual load (kg)", "Drill id");
      assertThat(w3.getLastRowNum()).isEqualTo(3 * 3 * 8); // sessions x rounds x drills
      assertThat(w3.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:S73");
      XSSFSheet start = wb.getSheet("Start here");
      assertThat(start.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:B" + (start.getLastRowNum() + 1));
      XSSFRow last = w3.getRow(72);
      assertThat(value(last, LogColumns.SESSION)).isEqualTo("3");
      assertThat(value(last, LogColumns.ROUND)).isEqualTo("3");
      assertThat(value(last, LogColumns.EXERCISE)).isEqualTo("Kettlebell windmill");
      assertThat(value(last, LogColumns.TARGET)).isEqualTo("10"); // 8 + 2 weeks of +1
      assertThat(value(last, LogColumns.PER_SIDE)).isEqualTo("yes");
      assertThat(value(last, LogColumns.TEMPO)).isEqualTo("3-1-3-1");
      assertThat(value(last, LogColumns.TARGET_LOAD)).isEqualTo("12 kg");
      assertThat(value(last, LogColumns.DRILL_ID)).isEqualTo("kb-windmill");
      assertThat(last.getCell(LogColumns.index(LogColumns.PLANNED)).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 12, 25, 0, 0));
      XSSFRow second = w3.getRow(2);
      assertThat(value(second, LogColumns.EXERCISE)).isEqualTo("Foam roll lats");
      assertThat(value(second, LogColumns.UNIT)).isEqualTo("s");
    }
  }

  @Test
  void prescriptionIsLockedInputsAreUnlockedAndSheetsProtectedWithoutPassword() throws IOException {
    try (XSSFWorkbook wb = open(bytes(Fixtures.program()))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        assertThat(s.getProtect()).as(s.getSheetName()).isTrue();
        assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
      }
      XSSFRow row = wb.getSheet("Week 1").getRow(5);
      for (int c = 0; c < LogColumns.ALL.size(); c++) {
        boolean input = LogColumns.INPUTS.contains(LogColumns.ALL.get(c));
        assertThat(row.getCell(c).getCellStyle().getLocked()).as(LogColumns.ALL.get(c)).isEqualTo(!input);
      }
      assertThat(wb.getNumCellStyles()).isLessThan(20);
    }
  }

  @Test
  void inputCellsAreValidatedWithStopErrorsAndPrompts() throws IOException {
    try (XSSFWorkbook wb = open(bytes(Fixtures.program()))) {
      Map<String, DataValidation> byTitle = new TreeMap<>();
      for (DataValidation v : wb.getSheet("Week 1").getDataValidations()) {
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(v.getShowErrorBox()).isTrue();
        assertThat(v.getShowPromptBox()).isTrue();
        assertThat(v.getPromptBoxText()).isNotBlank();
        byTitle.put(v.getPromptBoxTitle(), v);
      }
      assertThat(byTitle).containsOnlyKeys("Reps or breaths done", "Seconds done", "Load used (kg)",
          "Done?", "Effort (RPE)", "Date done");
      assertRange(byTitle.get("Reps or breaths done"), ValidationType.INTEGER, "0", "500");
      assertRange(byTitle.get("Seconds done"), ValidationType.INTEGER, "0", "3600");
      assertRange(byTitle.get("Load used (kg)"), ValidationType.DECIMAL, "0", "500");
      assertRange(byTitle.get("Effort (RPE)"), ValidationType.INTEGER, "1", "10");
      assertThat(byTitle.get("Done?").getValidationConstraint().getExplicitListValues())
          .containsExactly("yes", "no");
      assertThat(byTitle.get("Date done").getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.DATE);
      // row 3 is foam rolling (seconds), row 2 breathing (counted)
      assertThat(covers(byTitle.get("Seconds done"), 2, LogColumns.index(LogColumns.ACTUAL))).isTrue();
      assertThat(covers(byTitle.get("Reps or breaths done"), 1, LogColumns.index(LogColumns.ACTUAL))).isTrue();
      assertThat(covers(byTitle.get("Reps or breaths done"), 2, LogColumns.index(LogColumns.ACTUAL))).isFalse();
    }
  }

  @Test
  void isPrintReadyOnTheClientsPaper() throws IOException {
    Program letter = Fixtures.program(Fixtures.client("c-2", "Ann & Bo", Paper.LETTER, Units.LB));
    try (XSSFWorkbook wb = open(bytes(letter))) {
      XSSFSheet w1 = wb.getSheet("Week 1");
      assertThat(w1.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
      assertThat(w1.getPrintSetup().getLandscape()).isTrue();
      assertThat(w1.getFitToPage()).isTrue();
      assertThat(w1.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(w1.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(w1.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      assertThat(w1.getFooter().getCenter()).contains("&P", "&N");
      assertThat(w1.getHeader().getLeft()).isEqualTo("Ann && Bo");
      assertThat(w1.getPaneInformation().isFreezePane()).isTrue();
      assertThat(w1.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(w1.getColumnWidth(LogColumns.index(LogColumns.EXERCISE))).isGreaterThan(w1.getColumnWidth(0));
      assertThat(w1.getRow(0).getCell(LogColumns.index(LogColumns.ACTUAL_LOAD)).getStringCellValue())
          .isEqualTo("Actual load (lb)");
    }
    try (XSSFWorkbook wb = open(bytes(Fixtures.program()))) {
      assertThat(wb.getSheet("Progress").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }
  }

  @Test
  void progressSheetHoldsFormulasPerWeek() throws IOException {
    try (XSSFWorkbook wb = open(bytes(Fixtures.program()))) {
      XSSFSheet s = wb.getSheet("Progress");
      XSSFRow w1 = s.getRow(1);
      for (int c = 3; c <= 7; c += 2) assertThat(w1.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(w1.getCell(3).getCellFormula()).contains("COUNTIFS('Week 1'!$B:$B,1,'Week 1'!$M:$M,\"yes\")>=16");
      assertThat(w1.getCell(7).getCellFormula()).isEqualTo(
          "IFERROR(AVERAGEIFS('Week 1'!$P:$P,'Week 1'!$P:$P,\">=1\"),\"\")");
      assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(s.getRow(5).getCell(3).getCellFormula()).isEqualTo("SUM(D2:D5)");
      assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }
  }

  @Test
  void sameProgramGivesTheSameBytesWithEntriesDatedFromTheBlockStart() throws Exception {
    byte[] first = bytes(Fixtures.program());
    Thread.sleep(2100); // zip times have a 2 s resolution: a clock-dated entry would now differ
    byte[] second = bytes(Fixtures.program());
    assertThat(second).isEqualTo(first);
    try (ZipFile z = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(first)).get()) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        assertThat(e.getLastModifiedDate()).as(e.getName())
            .isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 12, 7, 0, 0)));
        assertThat(e.getExtraFields()).as(e.getName()).isEmpty();
      }
    }
    try (XSSFWorkbook wb = open(first)) {
      assertThat(wb.getProperties().getCoreProperties().getCreated())
          .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-07T00:00:00Z")));
    }
  }

  /** Found in review: a drill name longer than its column (at most 40 wide) was cut off on screen and on paper. */
  @Test
  void stepAndDrillNamesWrapInTheirColumnsAndKeepTheGivenShading() throws IOException {
    try (XSSFWorkbook wb = open(bytes(Fixtures.program()))) {
      XSSFSheet w1 = wb.getSheet(LogColumns.weekSheet(1));
      int rows = 0;
      for (int r = 1; r <= w1.getLastRowNum(); r++) {
        XSSFRow row = w1.getRow(r);
        var week = row.getCell(LogColumns.index(LogColumns.WEEK)).getCellStyle();
        for (String h : List.of(LogColumns.STEP, LogColumns.EXERCISE)) {
          var style = row.getCell(LogColumns.index(h)).getCellStyle();
          assertThat(style.getWrapText()).as("row %d, %s", r + 1, h).isTrue();
          assertThat(style.getFillForegroundColorColor()).isEqualTo(week.getFillForegroundColorColor());
        }
        assertThat(row.getCell(LogColumns.index(LogColumns.TARGET)).getCellStyle().getWrapText()).isFalse();
        // no height written: the spreadsheet app makes a wrapped row as tall as it needs
        assertThat(row.getCTRow().isSetHt()).isFalse();
        rows++;
      }
      assertThat(rows).isPositive();
    }
  }

  static String value(XSSFRow row, String header) {
    var c = row.getCell(LogColumns.index(header));
    if (c == null) return "";
    return c.getCellType() == CellType.NUMERIC
        ? String.valueOf((long) c.getNumericCellValue())
        : c.getStringCellValue();
  }

  private static String text(XSSFSheet s) {
    StringBuilder sb = new StringBuilder();
    s.forEach(r -> r.forEach(c -> sb.append(c.toString()).append('\n')));
    return sb.toString();
  }

  private static void assertRange(DataValidation v, int type, String min, String max) {
    assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(type);
    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo(min);
    assertThat(v.getValidationConstraint().getFormula2()).isEqualTo(max);
  }

  private static boolean covers(DataValidation v, int row, int col) {
    for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) if (a.isInRange(row, col)) return true;
    return false;
  }
}
