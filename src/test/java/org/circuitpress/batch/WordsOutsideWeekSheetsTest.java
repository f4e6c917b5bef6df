package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: what a client typed on the log's "Start here" sheet or its Progress sheet was
 * ignored without a word by next month's run and by export-logs. It is listed with the client's
 * notes, named by file, sheet and cell, read for pain, and exported as a row of its own; a log
 * with nothing else in it still counts as blank, and its block goes on as the template plans.
 */
class WordsOutsideWeekSheetsTest {
  @TempDir Path tmp;

  private static final String ROW = "c001,Zoe Martin,upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,,";

  /**
   * December run again without the folder's record of files written, which must keep the client's
   * {@code log} as they sent it, then December's logs exported, which must succeed.
   */
  private void rerunKeepsTheLogThenExport(StringWriter out, Path log) throws IOException {
    Files.delete(tmp.resolve("out/2026-12/" + WrittenFiles.NAME));
    Path filled = Files.copy(log, tmp.resolve("filled.xlsx"));
    RealRun.run(out, RealRun.options(tmp));
    assertThat(Files.mismatch(log, filled)).as("the client's log is as they sent it: " + out).isEqualTo(-1L);

    assertThat(new Plans(Stages.standard(), RealRun.screen(out), OutputSink.FILES)
        .exportLogs(RealRun.options(tmp).withMonth(YearMonth.of(2026, 12)), null)).as(out.toString()).isZero();
  }

  private Path decemberWithWordsOutsideItsWeekSheets() throws IOException {
    RealRun.roster(tmp, ROW);
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp)).exitCode()).as(out.toString()).isZero();
    Path log = tmp.resolve("out/2026-12/c001/log.xlsx");
    try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet start = wb.getSheet("Start here");
      (start.getRow(19) == null ? start.createRow(19) : start.getRow(19)).createCell(1)
          .setCellValue("my knee hurt in week 3");
      Sheet progress = wb.getSheet("Progress");
      Row under = progress.createRow(12);
      under.createCell(2).setCellValue("weight 72.5 kg");
      wb.setForceFormulaRecalculation(false);
      try (OutputStream o = Files.newOutputStream(log)) {
        wb.write(o);
      }
    }
    return log;
  }

  @Test
  void nextMonthListsThemReadsThemForPainAndCountsTheLogAsBlank() throws IOException {
    Path log = decemberWithWordsOutsideItsWeekSheets();
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(out.toString()).isZero();

    assertThat(out.toString()).contains("Logs: 0 of 1 came back filled in, 1 blank");
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains(
        "notes the client wrote in log.xlsx: written outside the week sheets: \"my knee hurt in week 3\" (in log.xlsx,"
            + " sheet \"Start here\", B20; read as pain), \"weight 72.5 kg\" (in log.xlsx, sheet \"Progress\", C13)",
        log + ": Start here!B20: warning: Zoe Martin (c001): a note of the client's outside the week sheets reports"
            + " pain: \"my knee hurt in week 3\" (in log.xlsx, sheet \"Start here\", B20)",
        "log read from log.xlsx: nothing was filled in but words outside the week sheets (listed as the client's"
            + " notes), so the block goes on as the template plans");
  }

  /**
   * Found in review: a log with words on its Start here sheet and under a week sheet's table, and
   * nothing else, was said to hold only words "in no drill's row", as if the Start here sheet's
   * were on a week sheet.
   */
  @Test
  void aLogWithWordsOnStartHereAndUnderAWeekSheetsTableSaysBoth() throws IOException {
    Path log = decemberWithWordsOutsideItsWeekSheets();
    try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet week2 = wb.getSheet("Week 2");
      week2.createRow(week2.getLastRowNum() + 2).createCell(0).setCellValue("felt strong this week");
      wb.setForceFormulaRecalculation(false);
      try (OutputStream o = Files.newOutputStream(log)) {
        wb.write(o);
      }
    }
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(out.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains(
        "log read from log.xlsx: nothing was filled in but words outside the week sheets and in no drill's row of"
            + " one (listed as the client's notes), so the block goes on as the template plans");
  }

  @Test
  void exportLogsGivesEachARowNamedBySheetAndCell() throws IOException {
    decemberWithWordsOutsideItsWeekSheets();
    StringWriter out = new StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(out), OutputSink.FILES)
        .exportLogs(RealRun.options(tmp).withMonth(YearMonth.of(2026, 12)), null);

    assertThat(exit).as(out.toString()).isZero();
    List<String> lines = Files.readAllLines(tmp.resolve("out/2026-12/log-export.csv"));
    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
        "c001,Zoe Martin,upper-back-mobility,1,,,,,,,,,,,,,,,,,,,my knee hurt in week 3,"
            + "\"log.xlsx, sheet \"\"Start here\"\", B20\",,",
        "c001,Zoe Martin,upper-back-mobility,1,,,,,,,,,,,,,,,,,,,weight 72.5 kg,"
            + "\"log.xlsx, sheet \"\"Progress\"\", C13\",,");
  }

  /**
   * Found in review: a log with words only on its "Start here" or Progress sheet was taken for one
   * nobody had written in. When the month is run again and the month folder's record of the files
   * it wrote is gone (so the log cannot be told from the one written), it was replaced, and the
   * client's words were lost. It is kept now, as a log with entries is, and the new one goes beside it.
   */
  @Test
  void aRunOfTheSameMonthAgainKeepsTheLogWhenItCannotTellItFromTheOneItWrote() throws IOException {
    Path log = decemberWithWordsOutsideItsWeekSheets();
    Files.delete(tmp.resolve("out/2026-12/" + WrittenFiles.NAME));
    Path filled = Files.copy(log, tmp.resolve("filled.xlsx"));
    StringWriter out = new StringWriter();
    RealRun.run(out, RealRun.options(tmp));

    assertThat(Files.mismatch(log, filled)).as("the client's log is as they sent it: " + out).isEqualTo(-1L);
    assertThat(log.resolveSibling(org.circuitpress.input.LogReader.NEW_LOG_FILE)).exists();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains("log.xlsx: warning: has the client's entries, so it was kept");
  }

  /**
   * Found in review: the words on a sheet the client added to the log ("Notes") were only counted
   * in a warning: not listed, not read for pain, not exported, and a log with nothing else in it
   * was replaced when the month was run again. They are the client's notes now, as on Start here.
   */
  @Test
  void aSheetTheClientAddedIsListedReadForPainExportedAndKeptOnARerun() throws IOException {
    RealRun.roster(tmp, ROW);
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp)).exitCode()).as(out.toString()).isZero();
    Path log = tmp.resolve("out/2026-12/c001/log.xlsx");
    try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.createSheet("Notes").createRow(1).createCell(0).setCellValue("sharp pain in my left knee on Friday");
      wb.setForceFormulaRecalculation(false);
      try (OutputStream o = Files.newOutputStream(log)) {
        wb.write(o);
      }
    }
    rerunKeepsTheLogThenExport(out, log);
    assertThat(Files.readAllLines(tmp.resolve("out/2026-12/log-export.csv"))).last().isEqualTo(
        "c001,Zoe Martin,upper-back-mobility,1,,,,,,,,,,,,,,,,,,,sharp pain in my left knee on Friday,"
            + "\"log.xlsx, sheet \"\"Notes\"\", A2\",,");

    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(out.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains(
        "written outside the week sheets: \"sharp pain in my left knee on Friday\" (in log.xlsx, sheet \"Notes\","
            + " A2; read as pain)",
        log + ": Notes!A2: warning: Zoe Martin (c001): a note of the client's outside the week sheets reports pain");
  }

  /**
   * Found in review: words a client typed on a week sheet above its header row, or under its
   * table, after unprotecting the sheet (one click in Google Sheets, Numbers or LibreOffice), were
   * read by nobody: not listed, not read for pain, not exported, and a log with nothing else in it
   * was replaced when the month was run again. They are the client's notes now, named by their cell.
   */
  @Test
  void wordsOnAWeekSheetInNoDrillsRowAreListedReadForPainExportedAndKeptOnARerun() throws IOException {
    RealRun.roster(tmp, ROW);
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp)).exitCode()).as(out.toString()).isZero();
    Path log = tmp.resolve("out/2026-12/c001/log.xlsx");
    int under;
    try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet week1 = wb.getSheet("Week 1");
      week1.shiftRows(0, week1.getLastRowNum(), 1);
      week1.createRow(0).createCell(0).setCellValue("my knee hurt all week");
      Sheet week2 = wb.getSheet("Week 2");
      under = week2.getLastRowNum() + 2;
      week2.createRow(under).createCell(0).setCellValue("felt strong this week");
      wb.setForceFormulaRecalculation(false);
      try (OutputStream o = Files.newOutputStream(log)) {
        wb.write(o);
      }
    }
    rerunKeepsTheLogThenExport(out, log);
    List<String> lines = Files.readAllLines(tmp.resolve("out/2026-12/log-export.csv"));
    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
        "c001,Zoe Martin,upper-back-mobility,1,,,,,,,,,,,,,,,,,,,my knee hurt all week,"
            + "\"log.xlsx, sheet \"\"Week 1\"\", A1\",,",
        "c001,Zoe Martin,upper-back-mobility,1,,,,,,,,,,,,,,,,,,,felt strong this week,"
            + "\"log.xlsx, sheet \"\"Week 2\"\", A" + (under + 1) + "\",,");

    StringWriter january = new StringWriter();
    assertThat(RealRun.run(january, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(january.toString()).isZero();
    assertThat(january.toString()).contains("Logs: 0 of 1 came back filled in, 1 blank");
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains(
        "notes the client wrote in log.xlsx: written on a week sheet in no drill's row: \"my knee hurt all week\" (in"
            + " log.xlsx, sheet \"Week 1\", A1; read as pain), \"felt strong this week\" (in log.xlsx, sheet \"Week"
            + " 2\", A" + (under + 1) + ")",
        log + ": Week 1!A1: warning: Zoe Martin (c001): a note of the client's on a week sheet in no drill's row"
            + " reports pain: \"my knee hurt all week\" (in log.xlsx, sheet \"Week 1\", A1)",
        "log read from log.xlsx: nothing was filled in but words on a week sheet in no drill's row (listed as the"
            + " client's notes), so the block goes on as the template plans");
  }
}
