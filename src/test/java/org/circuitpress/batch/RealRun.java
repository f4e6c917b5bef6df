package org.circuitpress.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A run of the real stages on the sample library and templates with a roster of the test's own
 * rows, and its summary read back with POI.
 */
final class RealRun {
  static final String HEADER = "client_id,name,program,start_date,level,weeks,sessions_per_week,equipment,"
      + "limitations,exclude,units,paper,notes,email";

  /** The summary's columns, as SummaryWriter writes them. */
  static final int NAME = 1;
  static final int PROGRAM = 2;
  static final int WARNINGS = 8;
  static final int STATUS = 9;
  static final int DETAIL = 10;
  private static final int COLUMNS = 11;

  private RealRun() {}

  /** Writes {@code rows} as {@code tmp/roster.csv}. */
  static Path roster(Path tmp, String... rows) throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(List.of(rows));
    return Files.write(tmp.resolve("roster.csv"), lines, StandardCharsets.UTF_8);
  }

  /** The options of a run of that roster into {@code tmp/out}. */
  static RunOptions options(Path tmp) {
    return RunOptions.of(tmp.resolve("roster.csv"), Path.of("input", "csv", "exercises.csv"), Path.of("templates"),
        tmp.resolve("out")).withThreads(2);
  }

  /** A run of {@code rows} for {@code clients} (all when empty); its console goes to {@code out}. */
  static Run.Result run(Path tmp, StringWriter out, List<String> clients, String... rows) throws IOException {
    roster(tmp, rows);
    return run(out, options(tmp).withClients(clients));
  }

  static Run.Result run(StringWriter out, RunOptions o) {
    return new Run(Stages.standard(), screen(out), OutputSink.FILES).generate(o);
  }

  /** Console and errors both to {@code out}. */
  static Screen screen(StringWriter out) {
    return new Screen(new PrintWriter(out, true), new PrintWriter(out, true), false);
  }

  /** Each row of the summary as its cells' text, the header first. */
  static List<List<String>> summary(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter text = new DataFormatter();
    try (var in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Row r : wb.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
          Cell cell = r.getCell(c);
          cells.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
              : text.formatCellValue(cell));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
