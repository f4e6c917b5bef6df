package org.circuitpress.bench;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Baseline (a) of issue 7: the log written the straightforward way, a whole POI {@link
 * XSSFWorkbook} in memory per client: a sheet per week with the prescription columns and, per
 * session and round, empty columns for what was done.
 */
public final class NaiveLog {
  private NaiveLog() {}

  static final String[] COLUMNS = {"Step", "Exercise", "Dose", "Per side", "Tempo", "Load", "Rest (s)", "Cues"};

  public static void write(Program p, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle head = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      for (Week w : p.weeks()) {
        Sheet s = wb.createSheet("Week " + w.number());
        Row title = s.createRow(0);
        title.createCell(0).setCellValue(p.client().name() + " · week " + w.number() + " · " + w.rounds() + " rounds");
        Row h = s.createRow(1);
        int c = 0;
        for (String col : COLUMNS) cell(h, c++, col, head);
        for (int ss = 1; ss <= w.sessions(); ss++) {
          for (int r = 1; r <= w.rounds(); r++) {
            cell(h, c++, "S" + ss + " R" + r + " done", head);
            cell(h, c++, "S" + ss + " R" + r + " load", head);
          }
        }
        int rowNo = 2;
        for (Prescription x : w.circuit()) {
          Row row = s.createRow(rowNo++);
          row.createCell(0).setCellValue(x.slot().id());
          row.createCell(1).setCellValue(x.exercise().name());
          row.createCell(2).setCellValue(x.dose().amount());
          row.createCell(3).setCellValue(x.dose().perSide() ? "yes" : "no");
          row.createCell(4).setCellValue(x.tempo());
          row.createCell(5).setCellValue(x.load() == null ? "" : x.load().label());
          row.createCell(6).setCellValue(x.restSeconds());
          row.createCell(7).setCellValue(x.exercise().cues());
        }
        s.createFreezePane(2, 2);
      }
      wb.write(out);
    }
  }

  private static void cell(Row r, int c, String v, CellStyle st) {
    var cell = r.createCell(c);
    cell.setCellValue(v);
    cell.setCellStyle(st);
  }
}
