package org.circuitpress.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks for tests: a sheet from rows of Strings, Numbers, LocalDates. */
final class Xlsx {
  private Xlsx() {}

  static Path write(Path file, String sheet, Object[]... rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb, wb.createSheet(sheet), rows);
      save(wb, file);
    }
    return file;
  }

  static void fill(Workbook wb, Sheet sh, Object[]... rows) {
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    for (int r = 0; r < rows.length; r++) {
      org.apache.poi.ss.usermodel.Row row = sh.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v == null) continue;
        var cell = row.createCell(c);
        if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate ld) {
          cell.setCellValue(ld);
          cell.setCellStyle(date);
        } else if (v instanceof Boolean b) {
          cell.setCellValue(b);
        } else if (v.toString().startsWith("=")) {
          cell.setCellFormula(v.toString().substring(1));
        } else {
          cell.setCellValue(v.toString());
        }
      }
    }
  }

  /**
   * Rewrites the workbook's sheet and workbook XML, for cells as other programs save them (a
   * shared formula, a lowercase reference) that POI does not write.
   */
  static void patch(Path file, UnaryOperator<String> xml) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), "patched", ".zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/sheet") || e.getName().equals("xl/workbook.xml")) {
          b = xml.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(b);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  static void save(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
