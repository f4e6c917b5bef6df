package org.circuitpress.input;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes large rosters (CSV and XLSX) for the scale test and the benchmark. */
final class BigRoster {
  static final String[] HEADER = {
    "client_id",
    "name",
    "program",
    "start_date",
    "level",
    "weeks",
    "sessions_per_week",
    "equipment",
    "limitations",
    "units",
    "paper",
    "notes",
    "email"
  };
  private static final String[] EQUIPMENT = {
    "foam roller; band light/medium/heavy",
    "foam roller; kettlebell 8/12/16 kg",
    "",
    "band light/medium; dumbbells 5/10/15 lb"
  };
  private static final String[] LIMITS = {"", "shoulder", "low back", ""};

  private BigRoster() {}

  /** Row {@code i} (0-based); every 10,000th row has an impossible date. */
  static String[] row(int i) {
    String date =
        i % 10_000 == 9_999 ? "31.13.2026" : LocalDate.of(2026, 12, 1 + i % 28).toString();
    return new String[] {
      String.format("c%06d", i),
      "Client Number " + i,
      "upper-back-mobility",
      date,
      i % 3 == 0 ? "beginner" : i % 3 == 1 ? "intermediate" : "advanced",
      String.valueOf(1 + i % 16),
      String.valueOf(1 + i % 7),
      EQUIPMENT[i % 4],
      LIMITS[i % 4],
      i % 2 == 0 ? "kg" : "lb",
      i % 2 == 0 ? "A4" : "Letter",
      "Notes for client " + i + "; keep the tempo slow",
      "client" + i + "@example.com"
    };
  }

  static Path csv(Path file, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", HEADER));
      w.write('\n');
      for (int i = 0; i < rows; i++) {
        String[] r = row(i);
        for (int c = 0; c < r.length; c++) {
          if (c > 0) w.write(',');
          w.write(r[c].contains(",") ? '"' + r[c] + '"' : r[c]);
        }
        w.write('\n');
      }
    }
    return file;
  }

  /** The same rows as a workbook, start_date as date cells, weeks as numbers. */
  static Path xlsx(Path file, int rows) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      SXSSFSheet sh = wb.createSheet("Clients");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      var h = sh.createRow(0);
      for (int c = 0; c < HEADER.length; c++) h.createCell(c).setCellValue(HEADER[c]);
      for (int i = 0; i < rows; i++) {
        String[] r = row(i);
        var row = sh.createRow(i + 1);
        for (int c = 0; c < r.length; c++) {
          if (r[c].isEmpty()) continue;
          var cell = row.createCell(c);
          if (c == 3 && !r[c].startsWith("31.")) {
            cell.setCellValue(LocalDate.parse(r[c]));
            cell.setCellStyle(date);
          } else if (c == 5 || c == 6) {
            cell.setCellValue(Double.parseDouble(r[c]));
          } else {
            cell.setCellValue(r[c]);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
    return file;
  }
}
