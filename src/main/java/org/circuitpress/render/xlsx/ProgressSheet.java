package org.circuitpress.render.xlsx;

import static org.circuitpress.model.LogColumns.*;
import static org.circuitpress.render.xlsx.XlsxPackage.HEADER;
import static org.circuitpress.render.xlsx.XlsxPackage.LABEL;
import static org.circuitpress.render.xlsx.XlsxPackage.LOG_CENTRED;
import static org.circuitpress.render.xlsx.XlsxPackage.LOG_CENTRED_DECIMAL;
import static org.circuitpress.render.xlsx.XlsxPackage.LOG_CENTRED_HEADER;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogSheets;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Per week: sessions and rounds completed and the average RPE, as formulas over the week sheets
 * so the numbers follow what the client types. Only COUNTIFS, SUMIFS, AVERAGEIFS, IF, IFERROR
 * and SUM over whole columns: they compute alike in Excel, LibreOffice and Google Sheets, and
 * keep working when rows are inserted or sorted. No cached results are stored, so every
 * spreadsheet computes them on opening.
 *
 * <p>The average effort is taken from the week sheet's hidden {@link LogColumns#COUNTED_RPE}
 * column, the RPE cells' numbers: those cells hold what is typed as text, which AVERAGEIFS does not
 * count.
 *
 * <p>A drill row counts as done by the week sheet's hidden {@link LogColumns#COUNTED_DONE}
 * column, which is 1 for every answer the log reader takes for done (a tick, "x", "done", a
 * ticked checkbox ...): counting "yes" alone showed a client who ticked their rounds none done,
 * while next month's block took them as done. A COUNTIFS per answer would not fit in a formula
 * (16 answers for each round of each session), and an array formula over the Done cells does not
 * compute alike everywhere.
 */
final class ProgressSheet {
  static final String NAME = org.circuitpress.model.LogColumns.PROGRESS_SHEET;
  static final List<String> HEADERS = LogColumns.PROGRESS_HEADERS;

  private ProgressSheet() {}

  static void write(SheetXml sheet, Program p) throws IOException {
    int last = p.weeks().size() + 1;
    sheet.begin(true, last, HEADERS.size() - 1, 1, 0, new int[] {7, 25, 10, 11, 9, 10, 10, 9});
    sheet.row(0, 30);
    // every column but the dates holds numbers, centred under centred headings: at the right edge
    // of its column, a count stood under the next column's heading
    for (int c = 0; c < HEADERS.size(); c++) sheet.text(c, HEADERS.get(c), c == 1 ? HEADER : LOG_CENTRED_HEADER);
    int r = 1;
    for (Week w : p.weeks()) weekRow(sheet, r++, p, w);
    totalRow(sheet, r, p);
    sheet.end(false, p.client().paper() == Paper.LETTER, p.client().name(), NAME, null);
  }

  private static void weekRow(SheetXml sheet, int r, Program p, Week w) throws IOException {
    String q = XlsxPackage.quoted(weekSheet(w.number())) + "!";
    int drills = w.circuit().size();
    sheet.row(r, 0);
    // centred: at the right edge of its cell, the number ran into the dates ("12026-12-01 to ...")
    sheet.number(0, w.number(), LOG_CENTRED);
    sheet.text(1, LogSheets.weekDates(p, w), 0);
    sheet.number(LogSheets.SESSIONS_PLANNED, w.sessions(), LOG_CENTRED);
    StringBuilder sessions = new StringBuilder();
    StringBuilder rounds = new StringBuilder();
    for (int s = 1; s <= w.sessions(); s++) {
      plus(sessions).append("IF(COUNTIFS(").append(col(q, SESSION)).append(',').append(s)
          .append(',').append(col(q, COUNTED_DONE)).append(",1)>=").append(drills * w.rounds())
          .append(",1,0)");
      for (int k = 1; k <= w.rounds(); k++) {
        plus(rounds).append("IF(COUNTIFS(").append(col(q, SESSION)).append(',').append(s)
            .append(',').append(col(q, ROUND)).append(',').append(k).append(',')
            .append(col(q, COUNTED_DONE)).append(",1)>=").append(drills).append(",1,0)");
      }
    }
    sheet.formula(3, sessions.length() == 0 ? "0" : sessions.toString(), LOG_CENTRED);
    sheet.number(LogSheets.ROUNDS_PLANNED, w.sessions() * w.rounds(), LOG_CENTRED);
    sheet.formula(5, rounds.length() == 0 ? "0" : rounds.toString(), LOG_CENTRED);
    sheet.formula(6, "COUNTIFS(" + col(q, COUNTED_DONE) + ",1)", LOG_CENTRED);
    sheet.formula(7, "IFERROR(AVERAGEIFS(" + col(q, COUNTED_RPE) + "," + effort(q) + "),\"\")", LOG_CENTRED_DECIMAL);
  }

  private static void totalRow(SheetXml sheet, int r, Program p) throws IOException {
    int last = p.weeks().size() + 1;
    sheet.row(r, 0);
    sheet.text(0, LogSheets.TOTAL, LABEL);
    for (int c = 2; c <= 6; c++) {
      String letter = Location.columnLetters(c);
      sheet.formula(c, "SUM(" + letter + "2:" + letter + last + ")", LOG_CENTRED);
    }
    if (p.weeks().isEmpty()) return;
    String sum = join(p, q -> "SUMIFS(" + col(q, COUNTED_RPE) + "," + effort(q) + ")");
    String count = join(p, q -> "COUNTIFS(" + effort(q) + ")");
    sheet.formula(7, "IFERROR((" + sum + ")/(" + count + "),\"\")", LOG_CENTRED_DECIMAL);
  }

  /** The criteria of an effort the log reader reads: 1 to 10, in the week sheet's hidden column. */
  private static String effort(String q) {
    String c = col(q, COUNTED_RPE);
    return c + ",\">=1\"," + c + ",\"<=10\"";
  }

  private static String join(Program p, Function<String, String> perSheet) {
    return p.weeks().stream()
        .map(w -> perSheet.apply(XlsxPackage.quoted(weekSheet(w.number())) + "!"))
        .collect(Collectors.joining("+"));
  }

  private static StringBuilder plus(StringBuilder sb) {
    return sb.length() == 0 ? sb : sb.append('+');
  }

  /** A whole column of a week sheet, e.g. {@code 'Week 1'!$M:$M}. */
  private static String col(String q, String header) {
    String letter = Location.columnLetters(LogColumns.index(header));
    return q + "$" + letter + ":$" + letter;
  }
}
