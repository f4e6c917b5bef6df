package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found running a chain's January: a member whose December block runs on into January wrote
 * "sharp pain in my shoulder" in week 1 of their log, which came back. January makes them no new
 * block, so the log was read and nothing of it said: the summary's row only said the block was
 * still running, and the trainer would hear of the pain in February. The note is now warned about
 * in the month it came back, first in the skipped client's Detail.
 */
class StillRunningBlockPainTest {
  @TempDir Path tmp;

  /** A six-week block from 15 December, still running in January. */
  private static final String ROW = "c001,Zoe Martin,upper-back-mobility,2026-12-15,beginner,6,,,,,kg,A4,,";

  @Test
  void aNoteOfPainInTheLogOfABlockStillRunningIsWarnedAboutThatMonth() throws IOException {
    RealRun.roster(tmp, ROW);
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(december, RealRun.options(tmp)).exitCode()).as(december.toString()).isZero();
    Path log = tmp.resolve("out/2026-12/c001/log.xlsx");
    try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Row row = wb.getSheet("Week 1").getRow(1);
      row.getCell(12, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("yes");
      row.getCell(16, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("sharp pain in my shoulder");
      wb.setForceFormulaRecalculation(false);
      try (OutputStream o = Files.newOutputStream(log)) {
        wb.write(o);
      }
    }
    byte[] filled = Files.readAllBytes(log);

    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(out.toString()).isZero();

    String warning = log + ": Week 1!Q2 (Notes): warning: Zoe Martin (c001): the client's note on ";
    String said = " reports pain: \"sharp pain in my shoulder\" (week 1, session 1, round 1, in Week 1!Q2); the"
        + " block is still running, so nothing is held back for it yet: the run that makes the next block reads"
        + " this log again. Ask the client about it now";
    assertThat(out.toString()).contains("1 skipped", "1 warning").contains(warning).contains(said);
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains(warning).contains(said)
        .contains("notes the client wrote in log.xlsx: ").contains("\"sharp pain in my shoulder\"");
    try (InputStream in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Summary");
      Row header = s.getRow(0);
      int status = -1;
      int detail = -1;
      int warnings = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        String h = header.getCell(c).getStringCellValue();
        if (h.equals("Status")) status = c;
        if (h.equals("Detail")) detail = c;
        if (h.equals("Warnings")) warnings = c;
      }
      Row client = s.getRow(1);
      assertThat(client.getCell(status).getStringCellValue()).isEqualTo("skipped");
      assertThat(client.getCell(warnings).getNumericCellValue()).isEqualTo(1.0);
      assertThat(client.getCell(detail).getStringCellValue())
          .startsWith("log.xlsx: Week 1!Q2 (Notes): warning: the client's note on ")
          .contains("\"sharp pain in my shoulder\"")
          .contains("is still running in 2027-01");
    }
    assertThat(Files.readAllBytes(log)).as("the client's log is as they sent it").isEqualTo(filled);
  }

  /**
   * Found in review: a skipped client with a warning on their roster row only (a status the run
   * cannot read) had their Detail start with "1 warning in report.txt" in place of why they have no
   * new block, since the Detail of a note of pain in a running block took every skipped client with
   * a warning.
   */
  @Test
  void aSkippedClientWithARowWarningOnlyKeepsWhyInTheirDetail() throws IOException {
    Files.writeString(tmp.resolve("roster.csv"), RealRun.HEADER + ",status\n" + ROW + ",Leaving in Feb\n");
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(december, RealRun.options(tmp)).exitCode()).as(december.toString()).isZero();
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(out.toString()).isZero();
    assertThat(out.toString()).contains("1 skipped", "1 warning", "got \"Leaving in Feb\"");
    try (InputStream in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Row client = wb.getSheet("Summary").getRow(1);
      String detail = "";
      for (int c = 0; c < client.getLastCellNum(); c++) {
        if (wb.getSheet("Summary").getRow(0).getCell(c).getStringCellValue().equals("Detail")) {
          detail = client.getCell(c).getStringCellValue();
        }
      }
      assertThat(detail).startsWith("block 1 (2026-12-15 to 2027-01-25) is still running in 2027-01");
    }
  }
}
