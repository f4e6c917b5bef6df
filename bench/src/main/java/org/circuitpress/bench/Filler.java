package org.circuitpress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.LogColumns;

/**
 * Plays the clients of a month who bring their log back: in a month folder, fills the
 * {@code log.xlsx} of a fixed share of the client folders (chosen by the folder name, so the same
 * clients each run) as a diligent client would, every drill done as printed at RPE 6, and leaves
 * the others as written.
 */
final class Filler {
  private Filler() {}

  /** Fills {@code percent} % of the logs under {@code month}; returns how many. */
  static int fill(Path month, int percent) throws IOException {
    List<Path> logs;
    try (Stream<Path> dirs = Files.list(month)) {
      logs = dirs.filter(Files::isDirectory).map(d -> d.resolve("log.xlsx")).filter(Files::isRegularFile)
          .filter(f -> Math.floorMod(f.getParent().getFileName().toString().hashCode(), 100) < percent)
          .sorted().toList();
    }
    for (Path log : logs) fillOne(log);
    return logs.size();
  }

  private static void fillOne(Path log) throws IOException {
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
