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
 * Found running a chain's January: one member's log, filled with words the run cannot read ("11"
 * and "easy" for RPE), took 20 of the console's 50 problem lines, and a note of pain of a member
 * further down the roster fell off the screen into "... 43 more". The console now shows at most
 * three of one client's warnings, and the notes of pain before the other warnings; the report
 * still lists every one.
 */
class ConsoleWarningsPerClientTest {
  @TempDir Path tmp;

  private static void write(Path log, String sheet, int fromRow, int toRow, int column, String value)
      throws IOException {
    try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet(sheet);
      for (int r = fromRow; r <= toRow; r++) {
        s.getRow(r).getCell(12, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("yes");
        s.getRow(r).getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
      }
      wb.setForceFormulaRecalculation(false);
      try (OutputStream o = Files.newOutputStream(log)) {
        wb.write(o);
      }
    }
  }

  @Test
  void oneClientsUnreadableLogTakesThreeLinesAndANoteOfPainComesFirst() throws IOException {
    RealRun.roster(tmp, "c001,Zoe Martin,upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,,",
        "c002,Ann Lee,upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,,");
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(december, RealRun.options(tmp)).exitCode()).as(december.toString()).isZero();
    write(tmp.resolve("out/2026-12/c001/log.xlsx"), "Week 1", 1, 8, 15, "easy");
    write(tmp.resolve("out/2026-12/c002/log.xlsx"), "Week 1", 1, 1, 16, "sharp pain in my shoulder");

    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1))).exitCode())
        .as(out.toString()).isZero();

    List<String> lines = out.toString().lines().toList();
    List<String> first = lines.stream().filter(l -> l.contains("c001/log.xlsx") && l.contains(": warning: ")).toList();
    assertThat(first).as(out.toString()).hasSize(3);
    int pain = lines.indexOf(lines.stream().filter(l -> l.contains("c002/log.xlsx") && l.contains("reports pain"))
        .findFirst().orElseThrow());
    assertThat(pain).as(out.toString()).isLessThan(lines.indexOf(first.get(0)));
    assertThat(out.toString()).containsPattern("\\.\\.\\. \\d+ more in .*report\\.txt");
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report.lines().filter(l -> l.contains("c001/log.xlsx") && l.contains("got \"easy\"")).count())
        .isGreaterThan(3);
  }
}
