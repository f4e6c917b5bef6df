package org.circuitpress.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;

/**
 * The trainer's summary of a run ({@code output/<YYYY-MM>/summary.xlsx}): a row per client with
 * the program, block, dates, files written, substitutes, warnings and status, filterable, the
 * header frozen. Streamed, so a chain's thousands of clients cost little memory.
 */
public final class SummaryWriter {
  static final String SHEET = "Summary";
  static final List<String> HEADERS = List.of("Client", "Name", "Program", "Block", "Start", "End",
      "Files", "Substitutes", "Warnings", "Status", "Detail");
  private static final int[] WIDTHS = {14, 26, 24, 7, 11, 11, 40, 12, 10, 18, 50};
  /** When no client has a block: the zip format's own first day, a fixed date. */
  private static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

  private SummaryWriter() {}

  public static void write(List<Outcome> rows, OutputStream out) throws IOException {
    DeferredSXSSFWorkbook wb = Workbooks.create();
    try {
      Styles st = new Styles(wb);
      DeferredSXSSFSheet sheet = wb.createSheet(SHEET);
      sheet.setRowGenerator(sh -> {
        Row h = sh.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
          h.createCell(c).setCellValue(HEADERS.get(c));
          h.getCell(c).setCellStyle(st.header);
        }
        int r = 1;
        for (Outcome o : rows) row(sh.createRow(r++), st, o);
      });
      Pages.dimension(wb, sheet, rows.size(), HEADERS.size() - 1);
      for (int c = 0; c < WIDTHS.length; c++) sheet.setColumnWidth(c, WIDTHS[c] * 256);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, HEADERS.size() - 1));
      sheet.createFreezePane(0, 1);
      Pages.printable(sheet, Paper.A4, true, 1, "CircuitPress run summary", rows.size() + " clients");
    } catch (RuntimeException e) {
      wb.close();
      throw e;
    }
    LocalDate day = rows.stream().map(Outcome::start).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(NO_DATE);
    Workbooks.save(wb, day, "CircuitPress run summary", out);
  }

  private static void row(Row row, Styles st, Outcome o) {
    text(row, 0, o.clientId());
    text(row, 1, o.name());
    text(row, 2, o.program());
    if (o.block() > 0) row.createCell(3).setCellValue(o.block());
    date(row, 4, o.start(), st);
    date(row, 5, o.end(), st);
    text(row, 6, String.join("; ", o.files()));
    row.createCell(7).setCellValue(o.substitutes());
    row.createCell(8).setCellValue(o.warnings());
    text(row, 9, o.status());
    text(row, 10, o.detail());
  }

  private static void text(Row row, int c, String value) {
    if (!value.isEmpty()) row.createCell(c).setCellValue(value);
  }

  private static void date(Row row, int c, LocalDate d, Styles st) {
    if (d == null) return;
    Cell cell = row.createCell(c);
    cell.setCellValue(d);
    cell.setCellStyle(st.date);
  }
}
