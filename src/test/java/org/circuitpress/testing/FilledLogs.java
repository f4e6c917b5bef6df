package org.circuitpress.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.LogColumns;

/** A log.xlsx a run wrote, filled in in place as a client fills it, for month-after-month tests. */
public final class FilledLogs {
  private FilledLogs() {}

  /**
   * Every row ticked "yes" at RPE 6 with no amount typed, as a client who only ticks does, except
   * the first row of {@code drill}, marked "no".
   */
  public static void tickWithOneNo(Path log, String drill) throws IOException {
    boolean[] said = {false};
    eachRow(log, (row, col, fmt) -> {
      String id = fmt.formatCellValue(row.getCell(col.get(LogColumns.DRILL_ID)));
      if (id.isBlank()) return;
      boolean no = !said[0] && id.equals(drill);
      said[0] |= no;
      row.createCell(col.get(LogColumns.DONE)).setCellValue(no ? "no" : "yes");
      row.createCell(col.get(LogColumns.RPE)).setCellValue(6);
    });
    assertThat(said[0]).as("the log has a row of " + drill).isTrue();
  }

  /**
   * The log opened and saved again with nothing written in it, as a client who opens it and closes
   * it with Save does: other bytes, no entries.
   */
  public static void saveBlank(Path log) throws IOException {
    byte[] before = Files.readAllBytes(log);
    eachRow(log, (row, col, fmt) -> {});
    assertThat(Files.readAllBytes(log)).as("saved again, the file differs from the one the run wrote")
        .isNotEqualTo(before);
  }

  /** Every drill of every session done as prescribed, at RPE 6, as a diligent client would. */
  public static void fill(Path log) throws IOException {
    fill(log, 6);
  }

  /** Every drill of every session done as prescribed, at {@code rpe}. */
  public static void fill(Path log, int rpe) throws IOException {
    eachRow(log, (row, col, fmt) -> {
      String target = fmt.formatCellValue(row.getCell(col.get(LogColumns.TARGET)));
      row.createCell(col.get(LogColumns.DONE)).setCellValue("yes");
      if (!target.isBlank()) row.createCell(col.get(LogColumns.ACTUAL)).setCellValue(Double.parseDouble(target));
      row.createCell(col.get(LogColumns.RPE)).setCellValue(rpe);
    });
  }

  /** The drills of weeks {@code from} to {@code to} done as prescribed, at RPE 6; the other weeks left blank. */
  public static void fillWeeks(Path log, int from, int to) throws IOException {
    eachRow(log, (row, col, fmt) -> {
      String week = fmt.formatCellValue(row.getCell(col.get(LogColumns.WEEK)));
      if (week.isBlank() || Integer.parseInt(week) < from || Integer.parseInt(week) > to) return;
      String target = fmt.formatCellValue(row.getCell(col.get(LogColumns.TARGET)));
      row.createCell(col.get(LogColumns.DONE)).setCellValue("yes");
      if (!target.isBlank()) row.createCell(col.get(LogColumns.ACTUAL)).setCellValue(Double.parseDouble(target));
      row.createCell(col.get(LogColumns.RPE)).setCellValue(6);
    });
  }

  /**
   * Types {@code text} in the column {@code header} of the row of {@code drill} in a week, session
   * and round, as a client adds a note; returns the row's number as the spreadsheet shows it.
   */
  public static int type(Path log, int week, int session, int round, String drill, String header, String text)
      throws IOException {
    int[] found = {0};
    eachRow(log, (row, col, fmt) -> {
      if (fmt.formatCellValue(row.getCell(col.get(LogColumns.DRILL_ID))).equals(drill)
          && fmt.formatCellValue(row.getCell(col.get(LogColumns.WEEK))).equals(String.valueOf(week))
          && fmt.formatCellValue(row.getCell(col.get(LogColumns.SESSION))).equals(String.valueOf(session))
          && fmt.formatCellValue(row.getCell(col.get(LogColumns.ROUND))).equals(String.valueOf(round))) {
        row.createCell(col.get(header)).setCellValue(text);
        found[0] = row.getRowNum() + 1;
      }
    });
    assertThat(found[0]).as("the log has a row of " + drill + " in week " + week + ", session " + session
        + ", round " + round).isPositive();
    return found[0];
  }

  /** What to write in one row of a week sheet, given its columns by header. */
  private interface RowFill {
    void fill(Row row, Map<String, Integer> col, DataFormatter fmt);
  }

  /** {@code fill} applied to every row of every week sheet of the log, saved in place. */
  private static void eachRow(Path log, RowFill fill) throws IOException {
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
        if (row != null) fill.fill(row, col, fmt);
      }
    }
    try (OutputStream out = Files.newOutputStream(log)) {
      wb.write(out);
    }
    wb.close();
  }
}
