package org.circuitpress.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {
  static final List<Outcome> ROWS = List.of(
      new Outcome("c-001", "Zoë Núñez", "upper-back-mobility", 2, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31),
          List.of("c-001/handout.pdf", "c-001/log.xlsx"), 1, 2, "done-with-warnings", "roll-lats for roll-pecs"),
      new Outcome("c-002", "Łukasz", "", 0, null, null, List.of(), 0, 0, "failed", "unknown program \"x\""));

  static byte[] bytes(List<Outcome> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryWriter.write(rows, Paper.A4, out);
    return out.toByteArray();
  }

  @Test
  void aRowPerClientFilterableWithAFrozenHeader() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(ROWS)))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertThat(s.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Files");
      assertThat(s.getLastRowNum()).isEqualTo(2);
      var zoe = s.getRow(1);
      assertThat(zoe.getCell(0).getStringCellValue()).isEqualTo("c-001");
      assertThat(zoe.getCell(1).getStringCellValue()).isEqualTo("Zoë Núñez");
      assertThat(zoe.getCell(2).getStringCellValue()).isEqualTo("upper-back-mobility");
      assertThat(zoe.getCell(3).getNumericCellValue()).isEqualTo(2);
      assertThat(zoe.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 1, 4, 0, 0));
      assertThat(zoe.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 1, 31, 0, 0));
      assertThat(zoe.getCell(6).getStringCellValue()).isEqualTo("c-001/handout.pdf; c-001/log.xlsx");
      assertThat(zoe.getCell(7).getNumericCellValue()).isEqualTo(1);
      assertThat(zoe.getCell(8).getNumericCellValue()).isEqualTo(2);
      assertThat(zoe.getCell(9).getStringCellValue()).isEqualTo("done, with warnings");
      assertThat(zoe.getCell(10).getStringCellValue()).isEqualTo("roll-lats for roll-pecs");
      assertThat(s.getRow(2).getCell(9).getStringCellValue()).isEqualTo("failed");
      assertThat(s.getRow(2).getCell(10).getStringCellValue()).isEqualTo("unknown program \"x\"");
      assertThat(SummaryWriter.label("kept-filled-log")).isEqualTo("kept a filled or changed file");
      assertThat(SummaryWriter.label("skipped")).isEqualTo("skipped");
      assertThat(SummaryWriter.label("not-reached")).isEqualTo("not reached (the run stopped)");
      assertThat(s.getRow(2).getCell(4)).isNull();
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  /**
   * Found in review (the summary printed from LibreOffice): rows were left at the default height, so
   * the lines of a wrapped Detail were printed over the rows below, and "kept a filled or changed
   * file" ran into the Detail column.
   */
  @Test
  void aRowIsAsTallAsItsLongestWrappedCellAndEveryCellSitsAtTheTop() throws IOException {
    String detail = "log read from log.xlsx: repeating the last block because 12 of 30 rounds were done (40%), "
        + "average RPE 7.0; slot windmill: Open book with lift-off given because Kettlebell windmill is ruled out "
        + "by the client's limitation: shoulder; a drill with the same role and aim instead";
    List<Outcome> rows = List.of(
        new Outcome("g03", "Sarah Jones", "upper-back-mobility", 2, LocalDate.of(2027, 2, 5), LocalDate.of(2027, 3, 4),
            List.of("g03/handout.pdf", "g03/log.xlsx"), 1, 1, "kept-filled-log", detail),
        new Outcome("g04", "Tom Brown", "full-body-strength", 2, LocalDate.of(2027, 2, 5), LocalDate.of(2027, 3, 4),
            List.of("g04/handout.pdf", "g04/log.xlsx"), 0, 0, "done", "short"));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(rows)))) {
      XSSFSheet s = wb.getSheet("Summary");
      var sarah = s.getRow(1);
      assertThat(sarah.getHeightInPoints()).isEqualTo(15f * StartSheet.lines(detail, 38)).isGreaterThan(45f);
      assertThat(sarah.getCell(9).getCellStyle().getWrapText()).isTrue();
      for (int c = 0; c < 11; c++) {
        assertThat(sarah.getCell(c).getCellStyle().getVerticalAlignment()).as("column " + c)
            .isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      }
      // the files are the tallest of Tom's cells, one a line
      assertThat(s.getRow(2).getHeightInPoints()).isEqualTo(30f);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(ROWS)))) {
      assertThat(wb.getSheet("Summary").getRow(2).getCTRow().isSetHt()).as("a row of one line").isFalse();
    }
  }

  /**
   * Found in review: the Warnings count sat at the right edge of its cell and Status at the left
   * of the next, so the summary read "0done" on screen and on paper; an End date ran into the
   * Files the same way. Counts and dates, and their headers, are centred now, with blank space on
   * both sides; the text around them stays at the left.
   */
  @Test
  void countsAndDatesAreCentredApartFromTheTextBesideThem() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(ROWS)))) {
      XSSFSheet s = wb.getSheet("Summary");
      for (int c : List.of(3, 4, 5, 7, 8)) {
        for (int r = 0; r <= 1; r++) {
          assertThat(s.getRow(r).getCell(c).getCellStyle().getAlignment()).as("row %d column %d", r, c)
              .isEqualTo(HorizontalAlignment.CENTER);
        }
      }
      for (int c : List.of(2, 6, 9, 10)) {
        assertThat(s.getRow(1).getCell(c).getCellStyle().getAlignment()).as("column %d", c)
            .isEqualTo(HorizontalAlignment.GENERAL);
      }
      assertThat(s.getRow(1).getCell(8).getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
      assertThat(s.getRow(1).getCell(5).getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
      assertThat(s.getRow(0).getCell(8).getCellStyle().getFont().getBold()).isTrue();
      assertThat(s.getRow(0).getCell(8).getCellStyle().getFillForegroundColorColor()).isNotNull();
    }
  }

  @Test
  void printsOnThePaperItIsGiven() throws IOException {
    for (Paper paper : Paper.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SummaryWriter.write(ROWS, paper, out);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(wb.getSheet("Summary").getPrintSetup().getPaperSize()).isEqualTo(
            paper == Paper.LETTER ? org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE
                : org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      }
    }
  }

  /**
   * How wide LibreOffice lays out a column of Calibri (or Carlito, its metric twin) at 100%, in
   * points per character of width, on the wide side (LogWorkbookWriterTest measures a week sheet
   * the same way).
   */
  private static final double POINTS_PER_CHARACTER = 5.8;

  /** The scale at which a sheet fitted to the width of a landscape page prints. */
  static double printScale(XSSFSheet s, Paper paper) {
    double characters = 0;
    for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) characters += s.getColumnWidth(c) / 256.0;
    double margins = s.getMargin(PageMargin.LEFT) + s.getMargin(PageMargin.RIGHT);
    return Math.min(1, (paper.height - 72 * margins) / (characters * POINTS_PER_CHARACTER));
  }

  /**
   * Found in review: the printed summary was some 223 characters wide and printed at about 61% of
   * its size on A4 (58% on Letter), too small to read. It prints at four fifths of its size or
   * more now, landscape, one page wide, the header on every page; the long texts wrap instead.
   */
  @Test
  void printsLandscapeOnePageWideAtFourFifthsOfItsSizeWithTheHeaderOnEveryPage() throws IOException {
    for (Paper paper : Paper.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SummaryWriter.write(ROWS, paper, out);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        XSSFSheet s = wb.getSheet("Summary");
        assertThat(s.getPrintSetup().getLandscape()).as(paper.name()).isTrue();
        assertThat(s.getFitToPage()).isTrue();
        assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        assertThat(wb.getPrintArea(0)).as("every column prints").isNull();
        assertThat(printScale(s, paper)).as(paper.name()).isGreaterThanOrEqualTo(0.8);
        for (int c : List.of(0, 1, 2, 6, 9, 10)) {
          assertThat(s.getRow(1).getCell(c).getCellStyle().getWrapText()).as("column %d", c).isTrue();
        }
      }
    }
  }

  /**
   * Found in review: only the header was frozen, so scrolling right to a client's detail lost
   * sight of whose row it was. The client's id and name stay in view too.
   */
  @Test
  void theHeaderAndTheClientsIdAndNameStayInView() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(ROWS)))) {
      var pane = wb.getSheet("Summary").getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).as("frozen rows").isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitPosition()).as("frozen columns").isEqualTo((short) 2);
      assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
    }
  }

  /** A name, id or program longer than its narrower column wraps, and its row is tall enough for it. */
  @Test
  void aLongNameWrapsAndItsRowIsTallEnough() throws IOException {
    String name = "Bartholomew Alexander Fitzgerald-Montgomery III";
    List<Outcome> rows = List.of(new Outcome("c011", name, "upper-back-track: upper-back-restore", 1,
        LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 10), List.of("c011/handout.pdf", "c011/log.xlsx"), 0, 0,
        "done", ""));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(rows)))) {
      XSSFSheet s = wb.getSheet("Summary");
      int lines = StartSheet.lines(name, s.getColumnWidth(1) / 256);
      assertThat(lines).isGreaterThan(2);
      assertThat(s.getRow(1).getHeightInPoints()).isEqualTo(15f * lines);
    }
  }

  @Test
  void sameRowsGiveTheSameBytes() throws Exception {
    byte[] a = bytes(ROWS);
    Thread.sleep(2100);
    assertThat(bytes(ROWS)).isEqualTo(a);
    assertThat(bytes(List.of())).isNotEmpty();
  }

  @Test
  void rowsThatCanOnlyBeIteratedGiveTheBytesOfTheList() throws IOException {
    // A run streams the rows from disk: gone through twice, never a List.
    int[] passes = {0};
    Iterable<Outcome> streamed = () -> {
      passes[0]++;
      return ROWS.iterator();
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryWriter.write(streamed, Paper.A4, out);
    assertThat(out.toByteArray()).isEqualTo(bytes(ROWS));
    assertThat(passes[0]).isEqualTo(2);
    // The earliest start dates the package, wherever its row is.
    List<Outcome> later = List.of(ROWS.get(1), ROWS.get(0),
        new Outcome("c-003", "Ann", "p", 1, LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 3), List.of(), 0, 0, "done", ""));
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes(later)))) {
      assertThat(zip.getNextEntry().getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 12, 7, 0, 0));
    }
  }
}
