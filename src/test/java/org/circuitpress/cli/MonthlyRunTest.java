package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.LogColumns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Month after month with the real stages: a filled log is never overwritten by a rerun, and next
 * month's run reads it and says so in the report.
 */
class MonthlyRunTest {
  @TempDir Path tmp;

  @BeforeEach
  void samplesPresent() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("input/csv/roster.csv")), "the sample inputs are in input/");
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(tmp.resolve("roster.csv"), lines.subList(0, 3), StandardCharsets.UTF_8);
  }

  private int run(StringWriter out, String... args) {
    String[] base = {"--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + base.length);
    System.arraycopy(base, 0, all, args.length, base.length);
    return new Main(new PrintWriter(out), new PrintWriter(new StringWriter())).run(all);
  }

  @Test
  void aFilledLogSurvivesARerunAndDrivesNextMonth() throws IOException {
    List<String> ids = SampleRunTest.sampleIds().subList(0, 2);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path folder = tmp.resolve("out/2026-12").resolve(ids.get(0));
    fill(folder.resolve("log.xlsx"));
    byte[] filled = Files.readAllBytes(folder.resolve("log.xlsx"));

    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readAllBytes(folder.resolve("log.xlsx"))).isEqualTo(filled);
    assertThat(folder.resolve("log.new.xlsx")).exists();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains("log.new.xlsx beside it");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("note: read the last block's log " + folder.resolve("log.xlsx"), "log read from log.xlsx: the log earns one extra step");
    assertThat(tmp.resolve("out/2027-01").resolve(ids.get(1)).resolve("handout.pdf")).exists();

    assertThat(run(new StringWriter(), "export-logs", "--month", "2026-12")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2026-12/log-export.csv"))).contains(ids.get(0)).contains(ids.get(1));
  }

  @Test
  void theSummaryNamesTheTemplateOfTheTrackAClientIsOnThisMonth() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(tmp.resolve("roster.csv"), List.of(lines.get(0),
        lines.stream().filter(l -> l.startsWith("c012,")).findFirst().orElseThrow()), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    try (var in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("upper-back-track: upper-back-mobility");
    }
  }

  @Test
  void aDamagedLogIsKeptOnARerunWithoutClaimingTheClientWroteInIt() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path log = tmp.resolve("out/2026-12").resolve(id).resolve("log.xlsx");
    byte[] whole = Files.readAllBytes(log);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    Files.write(log, cut);

    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readAllBytes(log)).isEqualTo(cut);
    assertThat(log.resolveSibling("log.new.xlsx")).exists();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt")))
        .contains(log + ": warning: could not be read to check for the client's entries, so it was kept;"
            + " the new log.xlsx is log.new.xlsx beside it")
        .doesNotContain(log + ": warning: has the client's entries");
  }

  /** Every drill of every session done as prescribed, at RPE 6, as a diligent client would. */
  static void fill(Path log) throws IOException {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(log)) {
      wb = new XSSFWorkbook(in);
    }
    DataFormatter fmt = new DataFormatter();
    for (Sheet sheet : wb) {
      if (!sheet.getSheetName().startsWith("Week ")) continue;
      Map<String, Integer> col = new HashMap<>();
      for (Cell c : sheet.getRow(0)) col.put(fmt.formatCellValue(c), c.getColumnIndex());
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) continue;
        String target = fmt.formatCellValue(row.getCell(col.get(LogColumns.TARGET)));
        row.createCell(col.get(LogColumns.DONE)).setCellValue("yes");
        if (!target.isBlank()) row.createCell(col.get(LogColumns.ACTUAL)).setCellValue(Double.parseDouble(target));
        row.createCell(col.get(LogColumns.RPE)).setCellValue(6);
      }
    }
    try (OutputStream out = Files.newOutputStream(log)) {
      wb.write(out);
    }
    wb.close();
  }
}
