package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.Program;
import org.circuitpress.render.xlsx.LogWorkbookWriter;

/** Writes a log and types into it the way a client would: numbers, text, ticks, blanks. */
final class LogFiller implements AutoCloseable {
  private final Path file;
  final XSSFWorkbook wb;

  private LogFiller(Path file) throws IOException {
    this.file = file;
    try (InputStream in = Files.newInputStream(file)) {
      this.wb = new XSSFWorkbook(in);
    }
  }

  /** Opens a log written before, to fill it further or read it as it is. */
  static LogFiller open(Path file) throws IOException {
    return new LogFiller(file);
  }

  /** Writes the program's fresh log into {@code folder/log.xlsx} and opens it for filling. */
  static LogFiller fresh(Program p, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve("log.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      LogWorkbookWriter.write(p, out);
    }
    return new LogFiller(file);
  }

  /** The 0-based row of a session, round and drill in a week sheet, as the writer laid it out. */
  int row(int week, int session, int round, String drillId) {
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    int idCol = column(s, LogColumns.DRILL_ID);
    int sCol = column(s, LogColumns.SESSION);
    int rCol = column(s, LogColumns.ROUND);
    for (Row r : s) {
      if (r.getRowNum() == 0 || r.getCell(idCol) == null || r.getCell(sCol) == null) continue;
      if (r.getCell(idCol).getStringCellValue().equals(drillId)
          && (int) r.getCell(sCol).getNumericCellValue() == session
          && (int) r.getCell(rCol).getNumericCellValue() == round) {
        return r.getRowNum();
      }
    }
    throw new IllegalArgumentException("no row for " + week + "/" + session + "/" + round + "/" + drillId);
  }

  static int column(Sheet s, String header) {
    for (Cell c : s.getRow(0)) if (c.getStringCellValue().startsWith(header)) {
      if (header.equals(LogColumns.ACTUAL) && !c.getStringCellValue().equals(header)) continue;
      return c.getColumnIndex();
    }
    throw new IllegalArgumentException(header);
  }

  /**
   * Types a value into a cell: a Number becomes a numeric cell, a Boolean a TRUE or FALSE (as a
   * checkbox in Google Sheets holds it), anything else text.
   */
  LogFiller type(int week, int row, String header, Object value) {
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    int c = column(s, header);
    Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
    cell.setBlank();
    if (value instanceof Number n) cell.setCellValue(n.doubleValue());
    else if (value instanceof Boolean b) cell.setCellValue(b);
    else cell.setCellValue(String.valueOf(value));
    return this;
  }

  /** Types text into a cell of any sheet by its 0-based row and column. */
  LogFiller typeOn(String sheet, int row, int column, String value) {
    Sheet s = wb.getSheet(sheet);
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    (r.getCell(column) == null ? r.createCell(column) : r.getCell(column)).setCellValue(value);
    return this;
  }

  LogFiller removeSheet(String sheet) {
    wb.removeSheetAt(wb.getSheetIndex(sheet));
    return this;
  }

  /** Puts a formula in a cell with no saved result, as a file written by a program may hold it. */
  LogFiller formula(int week, int row, String header, String formula) {
    type(week, row, header, "");
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    Cell cell = s.getRow(row).getCell(column(s, header));
    cell.setBlank();
    cell.setCellFormula(formula);
    return this;
  }

  /** A formula whose saved result is an empty {@code <v/>}, as openpyxl writes one. */
  LogFiller formulaWithEmptyResult(int week, int row, String header, String formula) {
    formula(week, row, header, formula);
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    ((org.apache.poi.xssf.usermodel.XSSFCell) s.getRow(row).getCell(column(s, header))).getCTCell().setV("");
    return this;
  }

  /**
   * A formula whose saved result is empty text, as Excel saves {@code =IF(A2="","",A2)} on an
   * empty A2: {@code t="str"} and an empty {@code <v></v>}.
   */
  LogFiller formulaWithEmptyText(int week, int row, String header, String formula) {
    formulaWithEmptyResult(week, row, header, formula);
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    ((org.apache.poi.xssf.usermodel.XSSFCell) s.getRow(row).getCell(column(s, header))).getCTCell()
        .setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
    return this;
  }

  /** A formula with the result a spreadsheet app saved for it, in a cell of any sheet by 0-based row and column. */
  LogFiller formulaOn(String sheet, int row, int column, String formula, double result) {
    Sheet s = wb.getSheet(sheet);
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    cell.setCellFormula(formula);
    ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().setV(String.valueOf(result));
    return this;
  }

  /** Makes a cell show an error such as #N/A. */
  LogFiller error(int week, int row, String header, org.apache.poi.ss.usermodel.FormulaError e) {
    type(week, row, header, "");
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    s.getRow(row).getCell(column(s, header)).setCellErrorValue(e.getCode());
    return this;
  }

  /** Fills one row the way a diligent client does: done, as prescribed, RPE and date. */
  LogFiller asPrescribed(int week, int session, int round, String drillId, int rpe) {
    int r = row(week, session, round, drillId);
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    double target = s.getRow(r).getCell(column(s, LogColumns.TARGET)).getNumericCellValue();
    type(week, r, LogColumns.DONE, "yes");
    type(week, r, LogColumns.ACTUAL, target);
    type(week, r, LogColumns.RPE, rpe);
    return this;
  }

  /** Sorts a week sheet's data rows backwards, as a client sorting by a column might. */
  LogFiller reverse(int week) {
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    int last = s.getLastRowNum();
    java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= last; i++) {
      java.util.List<Object> values = new java.util.ArrayList<>();
      Row r = s.getRow(i);
      for (int c = 0; c < r.getLastCellNum(); c++) {
        Cell cell = r.getCell(c);
        values.add(cell == null ? null : switch (cell.getCellType()) {
          case NUMERIC -> cell.getNumericCellValue();
          case STRING -> cell.getStringCellValue();
          default -> null;
        });
      }
      rows.add(values);
    }
    java.util.Collections.reverse(rows);
    for (int i = 1; i <= last; i++) {
      Row r = s.getRow(i);
      java.util.List<Object> values = rows.get(i - 1);
      for (int c = 0; c < values.size(); c++) {
        Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
        Object v = values.get(c);
        cell.setBlank(); // POI keeps an inline string's old text unless the cell is cleared first
        if (v == null) continue;
        if (v instanceof Double d) cell.setCellValue(d);
        else cell.setCellValue((String) v);
      }
    }
    return this;
  }

  /** Inserts an empty row before the 0-based {@code row}, pushing the rest down. */
  LogFiller insertRow(int week, int row) {
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    s.shiftRows(row, s.getLastRowNum(), 1);
    s.createRow(row);
    return this;
  }

  /** Inserts a column with a header of the client's own before the 0-based {@code column}. */
  LogFiller insertColumn(int week, int column, String header) {
    Sheet s = wb.getSheet(LogColumns.weekSheet(week));
    s.shiftColumns(column, s.getRow(0).getLastCellNum(), 1);
    s.getRow(0).createCell(column).setCellValue(header);
    return this;
  }

  /**
   * Saves as a spreadsheet app does once it has calculated every formula: without the writer's
   * request to recalculate on opening (Excel and LibreOffice drop it on saving).
   */
  Path save() throws IOException {
    wb.setForceFormulaRecalculation(false);
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
