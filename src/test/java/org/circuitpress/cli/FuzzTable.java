package org.circuitpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One table of an input file for {@link InputFuzzTest} to change cell by cell: a sheet of a
 * workbook (through POI, saved as a spreadsheet app would) or the rows of a CSV file. What a CSV
 * cannot hold (an error cell, a formula, a merged range) it gets as the text a spreadsheet's CSV
 * export writes for it. Rows and columns count from 0; row 0 is the header row.
 */
abstract class FuzzTable {
  abstract int rows();

  abstract int cols();

  abstract String text(int r, int c);

  abstract void text(int r, int c, String s);

  abstract void number(int r, int c, double n);

  /** An error cell such as {@code #N/A}. */
  abstract void error(int r, int c, FormulaError e);

  /** A formula, with the result a spreadsheet saved ({@code cached}) or without one. */
  abstract void formula(int r, int c, String formula, boolean cached);

  /** A date cell shown in {@code format} (an Excel number format). */
  abstract void date(int r, int c, LocalDateTime d, String format);

  abstract void clear(int r, int c);

  /** Swaps two cells, values and formats. */
  abstract void swap(int r1, int c1, int r2, int c2);

  abstract void deleteColumn(int c);

  /** A new row at {@code at}, the rows from there moving down. */
  abstract void insertRow(int at, List<String> cells);

  /** Merges a range; a CSV keeps the top-left value and empties the rest, as its export does. */
  abstract void merge(int r1, int c1, int r2, int c2);

  /** Hides a row; a CSV has none, so it only keeps the row. */
  abstract void hide(int r);

  /** A sheet put before this one (a CSV file has one table: its lines go on top, as a pasted block). */
  abstract void sheetFirst(String name, List<List<String>> lines);

  abstract void save() throws IOException;

  /** The sheet's name, or null for a CSV file. */
  abstract String sheet();

  /** Range {@code r} once column {@code c} is deleted; null when no range of two cells or more is left. */
  static CellRangeAddress withoutColumn(CellRangeAddress r, int c) {
    int c1 = r.getFirstColumn() > c ? r.getFirstColumn() - 1 : r.getFirstColumn();
    int c2 = r.getLastColumn() >= c ? r.getLastColumn() - 1 : r.getLastColumn();
    if (c2 < c1 || r.getFirstRow() == r.getLastRow() && c1 == c2) return null;
    return new CellRangeAddress(r.getFirstRow(), r.getLastRow(), c1, c2);
  }

  static FuzzTable open(Path file, String sheet) throws IOException {
    return file.toString().endsWith(".xlsx") ? new Xlsx(file, sheet) : new Csv(file);
  }

  /** A sheet of a workbook. */
  static final class Xlsx extends FuzzTable {
    final Path file;
    final XSSFWorkbook wb;
    final Sheet sheet;

    Xlsx(Path file, String name) throws IOException {
      this.file = file;
      try (InputStream in = Files.newInputStream(file)) {
        wb = new XSSFWorkbook(in);
      }
      sheet = name == null ? wb.getSheetAt(0) : wb.getSheet(name);
    }

    private Cell cell(int r, int c) {
      Row row = sheet.getRow(r);
      if (row == null) row = sheet.createRow(r);
      Cell cell = row.getCell(c);
      return cell == null ? row.createCell(c) : cell;
    }

    @Override int rows() {
      return sheet.getLastRowNum() + 1;
    }

    @Override int cols() {
      Row head = sheet.getRow(0);
      return head == null ? 1 : Math.max(1, head.getLastCellNum());
    }

    @Override String text(int r, int c) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(c);
      return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
    }

    @Override void text(int r, int c, String s) {
      Cell cell = cell(r, c);
      cell.setBlank();
      cell.setCellValue(s.length() > 32767 ? s.substring(0, 32767) : s);
    }

    @Override void number(int r, int c, double n) {
      Cell cell = cell(r, c);
      cell.setBlank();
      cell.setCellValue(n);
    }

    @Override void error(int r, int c, FormulaError e) {
      Cell cell = cell(r, c);
      cell.setBlank();
      cell.setCellErrorValue(e.getCode());
    }

    @Override void formula(int r, int c, String formula, boolean cached) {
      Cell cell = cell(r, c);
      String before = text(r, c);
      cell.setBlank();
      cell.setCellFormula(formula);
      if (cached) {
        try {
          wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        } catch (RuntimeException e) {
          // a function POI cannot work out: the result Excel would have shown is the old text
          ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().setV(before);
        }
      } else {
        var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell();
        if (ct.isSetV()) ct.unsetV();
      }
    }

    @Override void date(int r, int c, LocalDateTime d, String format) {
      Cell cell = cell(r, c);
      cell.setBlank();
      cell.setCellValue(d);
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat(format));
      cell.setCellStyle(style);
    }

    @Override void clear(int r, int c) {
      Row row = sheet.getRow(r);
      if (row != null && row.getCell(c) != null) row.removeCell(row.getCell(c));
    }

    @Override void swap(int r1, int c1, int r2, int c2) {
      Cell a = cell(r1, c1);
      Cell b = cell(r2, c2);
      Cell tmp = cell(rows() + 5, 0);
      copy(a, tmp);
      copy(b, a);
      copy(tmp, b);
      sheet.removeRow(tmp.getRow());
    }

    @Override void deleteColumn(int c) {
      for (Row row : sheet) {
        int last = row.getLastCellNum();
        for (int k = c; k < last - 1; k++) {
          Cell next = row.getCell(k + 1);
          if (next == null) {
            if (row.getCell(k) != null) row.removeCell(row.getCell(k));
          } else {
            copy(next, row.getCell(k) == null ? row.createCell(k) : row.getCell(k));
          }
        }
        if (last > c && row.getCell(last - 1) != null) row.removeCell(row.getCell(last - 1));
      }
      // as a spreadsheet does: merged ranges move left with their cells, or lose the column
      for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
        CellRangeAddress moved = withoutColumn(sheet.getMergedRegion(i), c);
        sheet.removeMergedRegion(i);
        if (moved != null) sheet.addMergedRegionUnsafe(moved);
      }
    }

    @Override void insertRow(int at, List<String> cells) {
      if (at <= sheet.getLastRowNum()) sheet.shiftRows(at, sheet.getLastRowNum(), 1);
      Row row = sheet.createRow(at);
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isEmpty()) row.createCell(c).setCellValue(cells.get(c));
      }
    }

    @Override void merge(int r1, int c1, int r2, int c2) {
      sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    @Override void hide(int r) {
      cell(r, 0);
      sheet.getRow(r).setZeroHeight(true);
    }

    @Override void sheetFirst(String wanted, List<List<String>> lines) {
      // a second sheet put first gets the next free name, as Excel names a copied sheet
      String name = wanted;
      for (int k = 2; wb.getSheet(name) != null; k++) name = wanted + " (" + k + ")";
      Sheet extra = wb.createSheet(name);
      for (int r = 0; r < lines.size(); r++) {
        Row row = extra.createRow(r);
        for (int c = 0; c < lines.get(r).size(); c++) row.createCell(c).setCellValue(lines.get(r).get(c));
      }
      wb.setSheetOrder(name, 0);
      wb.setActiveSheet(0);
      wb.setFirstVisibleTab(0);
      wb.setSelectedTab(0);
    }

    @Override void save() throws IOException {
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.close();
    }

    @Override String sheet() {
      return sheet.getSheetName();
    }

    private static void copy(Cell from, Cell to) {
      to.setBlank();
      to.setCellStyle(from.getCellStyle());
      switch (from.getCellType()) {
        case STRING -> to.setCellValue(from.getStringCellValue());
        case NUMERIC -> to.setCellValue(from.getNumericCellValue());
        case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
        case ERROR -> to.setCellErrorValue(from.getErrorCellValue());
        case FORMULA -> {
          to.setCellFormula(from.getCellFormula());
          if (from.getCachedFormulaResultType() == CellType.STRING) to.setCellValue(from.getStringCellValue());
          else if (from.getCachedFormulaResultType() == CellType.NUMERIC) to.setCellValue(from.getNumericCellValue());
        }
        default -> { }
      }
    }
  }

  /** The rows of a CSV file, written back with a spreadsheet's quoting. */
  static final class Csv extends FuzzTable {
    final Path file;
    final List<List<String>> lines = new ArrayList<>();

    Csv(Path file) throws IOException {
      this.file = file;
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(new StringReader(text))) lines.add(new ArrayList<>(rec.toList()));
    }

    private List<String> line(int r) {
      while (lines.size() <= r) lines.add(new ArrayList<>());
      return lines.get(r);
    }

    @Override int rows() {
      return lines.size();
    }

    @Override int cols() {
      return Math.max(1, lines.get(0).size());
    }

    @Override String text(int r, int c) {
      List<String> line = r < lines.size() ? lines.get(r) : List.of();
      return c < line.size() ? line.get(c) : "";
    }

    @Override void text(int r, int c, String s) {
      List<String> line = line(r);
      while (line.size() <= c) line.add("");
      line.set(c, s);
    }

    @Override void number(int r, int c, double n) {
      text(r, c, n == Math.rint(n) && Math.abs(n) < 1e15 ? String.valueOf((long) n) : String.valueOf(n));
    }

    @Override void error(int r, int c, FormulaError e) {
      text(r, c, e.getString());
    }

    @Override void formula(int r, int c, String formula, boolean cached) {
      // a CSV export writes the result; a file typed by hand (or by a script) may hold the formula
      if (!cached) text(r, c, "=" + formula);
    }

    @Override void date(int r, int c, LocalDateTime d, String format) {
      String pattern = format.replace("mmmm", "MMMM").replace("mmm", "MMM").replace("mm", "MM").replace("h:MM", "H:mm")
          .replace("dddd", "EEEE").replace("ddd", "EEE").replace("[$-409]", "").replace("\\", "").replace("\"", "'");
      String s;
      try {
        s = d.format(java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.US));
      } catch (RuntimeException e) {
        s = d.toLocalDate().toString();
      }
      text(r, c, s);
    }

    @Override void clear(int r, int c) {
      if (r < lines.size() && c < lines.get(r).size()) lines.get(r).set(c, "");
    }

    @Override void swap(int r1, int c1, int r2, int c2) {
      String a = text(r1, c1);
      text(r1, c1, text(r2, c2));
      text(r2, c2, a);
    }

    @Override void deleteColumn(int c) {
      for (List<String> line : lines) if (c < line.size()) line.remove(c);
    }

    @Override void insertRow(int at, List<String> cells) {
      lines.add(Math.min(at, lines.size()), new ArrayList<>(cells));
    }

    @Override void merge(int r1, int c1, int r2, int c2) {
      for (int r = r1; r <= r2; r++) {
        for (int c = c1; c <= c2; c++) if (r != r1 || c != c1) clear(r, c);
      }
    }

    @Override void hide(int r) {}

    @Override void sheetFirst(String name, List<List<String>> extra) {
      for (int i = extra.size() - 1; i >= 0; i--) lines.add(0, new ArrayList<>(extra.get(i)));
    }

    @Override void save() throws IOException {
      StringBuilder sb = new StringBuilder();
      try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
        for (List<String> line : lines) p.printRecord(line);
      }
      // a lone half of a surrogate pair has no UTF-8: written as "?", as an app that saves it does
      Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override String sheet() {
      return null;
    }
  }
}
