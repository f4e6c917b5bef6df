package org.circuitpress.render.xlsx;

import static org.circuitpress.model.LogColumns.*;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Per week: sessions and rounds completed and the average RPE, as formulas over the week sheets
 * so the numbers follow what the client types. Only COUNTIFS, SUMIFS, AVERAGEIFS, IF, IFERROR
 * and SUM over whole columns: they compute alike in Excel, LibreOffice and Google Sheets, and
 * keep working when rows are inserted or sorted.
 */
final class ProgressSheet {
  static final String NAME = "Progress";
  static final List<String> HEADERS =
      List.of("Week", "Dates", "Sessions planned", "Sessions completed", "Rounds planned",
          "Rounds completed", "Drill rows done", "Average RPE");

  private ProgressSheet() {}

  /**
   * The sheet is made on the workbook beneath the streaming one: a streamed formula cell always
   * carries a cached result (0), which LibreOffice shows as is instead of computing it, while a
   * formula without one is computed on opening everywhere.
   */
  static void write(SXSSFWorkbook wb, Styles st, Program p) {
    XSSFSheet sheet = wb.getXSSFWorkbook().createSheet(NAME);
    Row h = sheet.createRow(0);
    h.setHeightInPoints(30);
    for (int c = 0; c < HEADERS.size(); c++) {
      h.createCell(c).setCellValue(HEADERS.get(c));
      h.getCell(c).setCellStyle(st.header);
    }
    int r = 1;
    for (Week w : p.weeks()) weekRow(sheet.createRow(r++), st, w);
    totalRow(sheet.createRow(r), st, p);
    int[] widths = {7, 25, 10, 11, 9, 10, 10, 9};
    for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
    sheet.createFreezePane(0, 1);
    Pages.printable(sheet, p.client().paper(), false, 1, p.client().name(), "Progress");
    Pages.protect(sheet);
  }

  private static void weekRow(Row row, Styles st, Week w) {
    String q = "'" + weekSheet(w.number()) + "'!";
    int drills = w.circuit().size();
    row.createCell(0).setCellValue(w.number());
    row.createCell(1).setCellValue(w.start() + " to " + w.start().plusDays(6));
    row.createCell(2).setCellValue(w.sessions());
    StringBuilder sessions = new StringBuilder();
    StringBuilder rounds = new StringBuilder();
    for (int s = 1; s <= w.sessions(); s++) {
      plus(sessions).append("IF(COUNTIFS(").append(col(q, SESSION)).append(',').append(s)
          .append(',').append(col(q, DONE)).append(",\"yes\")>=").append(drills * w.rounds())
          .append(",1,0)");
      for (int k = 1; k <= w.rounds(); k++) {
        plus(rounds).append("IF(COUNTIFS(").append(col(q, SESSION)).append(',').append(s)
            .append(',').append(col(q, ROUND)).append(',').append(k).append(',')
            .append(col(q, DONE)).append(",\"yes\")>=").append(drills).append(",1,0)");
      }
    }
    formula(row, 3, st.number, sessions.length() == 0 ? "0" : sessions.toString());
    row.createCell(4).setCellValue(w.sessions() * w.rounds());
    formula(row, 5, st.number, rounds.length() == 0 ? "0" : rounds.toString());
    formula(row, 6, st.number, "COUNTIFS(" + col(q, DONE) + ",\"yes\")");
    formula(row, 7, st.decimal,
        "IFERROR(AVERAGEIFS(" + col(q, RPE) + "," + col(q, RPE) + ",\">=1\"),\"\")");
  }

  private static void totalRow(Row row, Styles st, Program p) {
    int last = p.weeks().size() + 1;
    row.createCell(0).setCellValue("Total");
    row.getCell(0).setCellStyle(st.label);
    for (int c = 2; c <= 6; c++) {
      String letter = CellReference.convertNumToColString(c);
      formula(row, c, st.number, "SUM(" + letter + "2:" + letter + last + ")");
    }
    if (p.weeks().isEmpty()) return;
    String sum = join(p, q -> "SUMIFS(" + col(q, RPE) + "," + col(q, RPE) + ",\">=1\")");
    String count = join(p, q -> "COUNTIFS(" + col(q, RPE) + ",\">=1\")");
    formula(row, 7, st.decimal, "IFERROR((" + sum + ")/(" + count + "),\"\")");
  }

  private static String join(Program p, Function<String, String> perSheet) {
    return p.weeks().stream()
        .map(w -> perSheet.apply("'" + weekSheet(w.number()) + "'!"))
        .collect(Collectors.joining("+"));
  }

  private static StringBuilder plus(StringBuilder sb) {
    return sb.length() == 0 ? sb : sb.append('+');
  }

  /** A whole column of a week sheet, e.g. {@code 'Week 1'!$M:$M}. */
  private static String col(String q, String header) {
    String letter = CellReference.convertNumToColString(LogColumns.index(header));
    return q + "$" + letter + ":$" + letter;
  }

  private static void formula(Row row, int c, CellStyle style, String f) {
    Cell cell = row.createCell(c);
    cell.setCellFormula(f);
    cell.setCellStyle(style);
  }
}
