package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a warning the roster's table gives for many cells (a cell showing #N/A read as
 * empty, characters removed) is said at the first few cells and counted for the rest in one line,
 * and none of them was the client's whose row the cell is on: those clients were plain "done". Each
 * is now, said or counted, as the roster reader's own warnings are ({@link CountedRowWarningsTest}).
 */
class CountedCellWarningsTest {
  @TempDir Path tmp;

  private static final String NA = "(notes): warning: the cell shows the error #N/A, so it is read as empty";

  /**
   * A workbook of eight clients on rows 2 to 9 whose notes show #N/A (a lookup of notes kept on
   * another sheet), and below them two rows of that lookup filled down past the last client.
   */
  private Path rosterWithLookupErrors() throws IOException {
    return eightClients(sheet -> {
      int notes = List.of(RealRun.HEADER.split(",")).indexOf("notes");
      for (int i = 1; i <= 10; i++) {
        XSSFRow row = i <= 8 ? sheet.getRow(i) : sheet.createRow(i);
        row.createCell(notes).setCellErrorValue(FormulaError.NA.getCode());
      }
    });
  }

  /** {@code roster.xlsx}: eight clients c01 to c08 on rows 2 to 9, and what {@code more} adds. */
  private Path eightClients(java.util.function.Consumer<XSSFSheet> more) throws IOException {
    Path f = tmp.resolve("roster.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      XSSFSheet sheet = wb.createSheet("Clients");
      String[] header = RealRun.HEADER.split(",");
      XSSFRow top = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) top.createCell(c).setCellValue(header[c]);
      for (int i = 1; i <= 8; i++) {
        XSSFRow row = sheet.createRow(i);
        String[] cells = {"c0" + i, "Client " + i, "upper-back-mobility", "2026-12-01", "beginner"};
        for (int c = 0; c < cells.length; c++) row.createCell(c).setCellValue(cells[c]);
      }
      more.accept(sheet);
      wb.write(out);
    }
    return f;
  }

  private RunOptions options(Path roster) {
    return RunOptions.of(roster, Path.of("input", "csv", "exercises.csv"), Path.of("templates"), tmp.resolve("out"))
        .withThreads(2);
  }

  @Test
  void everyClientWhoseNotesShowAnErrorIsDoneWithWarningsAndTheConsoleStaysGrouped() throws IOException {
    Path roster = rosterWithLookupErrors();
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, options(roster)).exitCode()).isZero();

    // the console as before: five cells named, one line for the five after them (three clients', two below)
    List<String> console = out.toString().lines().toList();
    assertThat(console).filteredOn(l -> l.contains(" error ")).containsExactly(
        "roster.xlsx: Clients!M2 " + NA, "roster.xlsx: Clients!M3 " + NA, "roster.xlsx: Clients!M4 " + NA,
        "roster.xlsx: Clients!M5 " + NA, "roster.xlsx: Clients!M6 " + NA,
        "roster.xlsx: sheet Clients: warning: 5 more cells show an error and were read as empty");

    // every client is done with warnings, with their own cell in the Detail cell and the report
    List<List<String>> summary = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    for (int i = 1; i <= 8; i++) {
      String id = "c0" + i;
      List<String> row = summary.get(i);
      assertThat(row.get(0)).isEqualTo(id);
      assertThat(row.get(RealRun.STATUS)).as(id).isEqualTo("done, with warnings");
      assertThat(row.get(RealRun.WARNINGS)).as(id).isEqualTo("1");
      assertThat(row.get(RealRun.DETAIL)).as(id).startsWith("roster.xlsx: Clients!M" + (i + 1) + " " + NA);
      assertThat(report).as(id).containsPattern("(?m)^" + id + "  done-with-warnings  ");
    }
    // the report lists a counted cell under its client's line, as it does a counted row's warning
    assertThat(report).contains("\nc07  done-with-warnings  c07/handout.pdf, c07/log.xlsx\n  roster.xlsx: Clients!M8 " + NA
        + "\n");

    // a run of one of the clients counted: their own cell, and the cells below the clients apart
    StringWriter one = new StringWriter();
    RealRun.run(one, options(roster).withClients(List.of("c07")));
    assertThat(one.toString().lines().filter(l -> l.contains(" error ")).toList()).containsExactly(
        "roster.xlsx: Clients!M8 " + NA,
        "roster.xlsx: sheet Clients: warning: 2 more cells show an error and were read as empty (on rows of no client)");
  }

  private static final String MERGED = "are merged; only %s holds the value and the other cells are read as empty."
      + " Unmerge them and fill each cell";

  /**
   * Found in review: a merged range of the roster was warned about at its first cell, or counted
   * after the first five, and belonged to no client, so the clients whose rows it covers were plain
   * "done". Eight clients on rows 2 to 9, notes and emails merged two rows at a time, and a range
   * below the clients: each client is done with warnings, with their own cell.
   */
  @Test
  void everyClientWhoseRowAMergedRangeCoversIsDoneWithWarnings() throws IOException {
    // five listed (the first row's client's, the second row's counted), then two counted
    Path roster = eightClients(sheet -> {
      for (String range : List.of("M2:M3", "M4:M5", "M6:M7", "N2:N3", "N4:N5", "N8:N9", "M11:M12")) {
        sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
      }
    });
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, options(roster)).exitCode()).as(out.toString()).isZero();

    // the console as before: five ranges named, one line for the two after them
    assertThat(out.toString().lines().filter(l -> l.contains("merged")).toList()).containsExactly(
        "roster.xlsx: Clients!M2 (notes): warning: cells M2:M3 " + MERGED.formatted("M2"),
        "roster.xlsx: Clients!M4 (notes): warning: cells M4:M5 " + MERGED.formatted("M4"),
        "roster.xlsx: Clients!M6 (notes): warning: cells M6:M7 " + MERGED.formatted("M6"),
        "roster.xlsx: Clients!N2 (email): warning: cells N2:N3 " + MERGED.formatted("N2"),
        "roster.xlsx: Clients!N4 (email): warning: cells N4:N5 " + MERGED.formatted("N4"),
        "roster.xlsx: sheet Clients: warning: 2 more merged ranges");

    List<List<String>> summary = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    for (int i = 1; i <= 8; i++) {
      List<String> row = summary.get(i);
      assertThat(row.get(RealRun.STATUS)).as(row.get(0)).isEqualTo("done, with warnings");
    }
    // the second row of a range named on the console, and a row of a range only counted
    assertThat(summary.get(2).get(RealRun.DETAIL))
        .startsWith("roster.xlsx: Clients!M3 (notes): warning: cells M2:M3 " + MERGED.formatted("M2"));
    assertThat(summary.get(2).get(RealRun.WARNINGS)).isEqualTo("2");
    assertThat(summary.get(8).get(RealRun.DETAIL))
        .startsWith("roster.xlsx: Clients!N9 (email): warning: cells N8:N9 " + MERGED.formatted("N8"));
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains("\nc08  done-with-warnings  "
        + "c08/handout.pdf, c08/log.xlsx\n  roster.xlsx: Clients!N9 (email): warning: cells N8:N9 "
        + MERGED.formatted("N8") + "\n");

    // a run of that client: their own cell, and the range below the clients apart
    StringWriter one = new StringWriter();
    RealRun.run(one, options(roster).withClients(List.of("c08")));
    // (a single range there is said at its cell, as a line counting it would save none)
    assertThat(one.toString().lines().filter(l -> l.contains("merged")).toList()).containsExactly(
        "roster.xlsx: Clients!N9 (email): warning: cells N8:N9 " + MERGED.formatted("N8"),
        "roster.xlsx: Clients!M11 (notes): warning: cells M11:M12 " + MERGED.formatted("M11"));
  }

  /** Characters removed from the notes of 22 clients (pasted from a web page): the two after the first 20 too. */
  @Test
  void everyClientWhoseCellWasCleanedIsDoneWithWarnings() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 22; i++) {
      rows.add(String.format("c%02d,Client %d,upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,Desk\u200B job,", i, i));
    }
    StringWriter out = new StringWriter();
    RealRun.run(tmp, out, List.of(), rows.toArray(String[]::new));
    assertThat(out.toString()).contains("roster.csv: M21 (notes): warning: removed 1 control or invisible character"
        + " (U+200B)\nroster.csv: warning: removed control or invisible characters from 2 more cells\n");
    List<List<String>> summary = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    assertThat(summary.subList(1, 23)).allSatisfy(row -> assertThat(row.get(RealRun.STATUS)).as(row.get(0))
        .isEqualTo("done, with warnings"));
    assertThat(summary.get(22).get(RealRun.DETAIL))
        .startsWith("roster.csv: M23 (notes): warning: removed 1 control or invisible character (U+200B)");
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"), StandardCharsets.UTF_8))
        .contains("\n  roster.csv: M23 (notes): warning: removed 1 control or invisible character (U+200B)\n");
  }

  /**
   * Left from review: a sixth cell showing #N/A was counted in a line of its own, "1 more cells show
   * an error and were read as empty", where the roster's row warnings say a sixth row at its cell. It
   * is said at its cell now, as its client's.
   */
  @Test
  void aSingleCellAfterTheFirstFiveIsSaidAtItsCell() throws IOException {
    Path roster = eightClients(sheet -> {
      int notes = List.of(RealRun.HEADER.split(",")).indexOf("notes");
      for (int i = 1; i <= 6; i++) sheet.getRow(i).createCell(notes).setCellErrorValue(FormulaError.NA.getCode());
    });
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, options(roster)).exitCode()).isZero();
    assertThat(out.toString().lines().filter(l -> l.contains(" error ")).toList()).containsExactly(
        "roster.xlsx: Clients!M2 " + NA, "roster.xlsx: Clients!M3 " + NA, "roster.xlsx: Clients!M4 " + NA,
        "roster.xlsx: Clients!M5 " + NA, "roster.xlsx: Clients!M6 " + NA, "roster.xlsx: Clients!M7 " + NA);
    assertThat(out.toString()).contains("0 errors, 6 warnings (");
    List<List<String>> summary = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    assertThat(summary.get(6).get(RealRun.STATUS)).isEqualTo("done, with warnings");
    assertThat(summary.get(6).get(RealRun.DETAIL)).startsWith("roster.xlsx: Clients!M7 " + NA);
  }
}
