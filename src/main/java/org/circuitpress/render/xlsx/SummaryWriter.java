package org.circuitpress.render.xlsx;

import static org.circuitpress.render.xlsx.XlsxPackage.CENTRED;
import static org.circuitpress.render.xlsx.XlsxPackage.CENTRED_HEADER;
import static org.circuitpress.render.xlsx.XlsxPackage.DATE;
import static org.circuitpress.render.xlsx.XlsxPackage.HEADER;
import static org.circuitpress.render.xlsx.XlsxPackage.TEXT;
import static org.circuitpress.render.xlsx.XlsxPackage.WRAPPED;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;

/**
 * The trainer's summary of a run ({@code output/<YYYY-MM>/summary.xlsx}): a row per client with
 * the program, block, dates, files written, substitutes, warnings and status, filterable, the
 * header frozen. Streamed like the logs, so a chain's thousands of clients cost little memory.
 */
public final class SummaryWriter {
  static final String SHEET = "Summary";
  static final List<String> HEADERS = List.of("Client", "Name", "Program", "Block", "Start", "End",
      "Files", "Substitutes", "Warnings", "Status", "Detail");
  private static final int[] WIDTHS = {14, 26, 24, 7, 11, 11, 40, 12, 10, 18, 50};
  /** Block, Start, End, Substitutes and Warnings: numbers and dates, centred (see XlsxPackage.CENTRED). */
  private static final Set<Integer> CENTRED_COLUMNS = Set.of(3, 4, 5, 7, 8);
  /** When no client has a block: the zip format's own first day, a fixed date. */
  private static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

  private SummaryWriter() {}

  /**
   * Writes the summary of {@code rows}, in their order. The rows are gone through twice (the
   * package's date and the sheet's size come first in the file), so a run can stream them from
   * disk instead of holding thousands in memory. It prints on {@code paper}.
   */
  public static void write(Iterable<Outcome> rows, Paper paper, OutputStream out) throws IOException {
    LocalDate first = null;
    int count = 0;
    for (Outcome o : rows) {
      count++;
      if (o.start() != null && (first == null || o.start().isBefore(first))) first = o.start();
    }
    XlsxPackage pkg = new XlsxPackage(out, first == null ? NO_DATE : first);
    SheetXml sheet = pkg.sheet(1);
    int last = Math.max(1, count);
    sheet.begin(true, last, HEADERS.size() - 1, 1, WIDTHS);
    sheet.row(0, 0);
    for (int c = 0; c < HEADERS.size(); c++) {
      sheet.text(c, HEADERS.get(c), CENTRED_COLUMNS.contains(c) ? CENTRED_HEADER : HEADER);
    }
    int r = 1;
    for (Outcome o : rows) row(sheet, r++, o);
    String filter = "A1:" + SheetXml.ref(last, HEADERS.size() - 1);
    sheet.end(true, paper == Paper.LETTER, "CircuitPress run summary", count + " clients", filter, false);
    pkg.filter(0, SHEET, filter);
    pkg.finish(List.of(SHEET), List.of("$1:$1"), "CircuitPress run summary", false);
  }

  /** The status in the trainer's words; report.txt and the shard files keep the short codes. */
  static String label(String status) {
    return switch (status) {
      case "done-with-warnings" -> "done, with warnings";
      case "kept-filled-log" -> "kept a filled or changed file";
      case "not-reached" -> "not reached (the run stopped)";
      default -> status;
    };
  }

  private static void row(SheetXml s, int r, Outcome o) throws IOException {
    String files = String.join("; ", o.files());
    String status = label(o.status());
    // A spreadsheet app keeps a row at the height the file gives it (LibreOffice prints the lines
    // of a long Detail over the rows below), so the row is as tall as its longest wrapped cell;
    // every cell sits at the top of it.
    s.row(r, StartSheet.height(Math.max(StartSheet.lines(files, WIDTHS[6]),
        Math.max(StartSheet.lines(status, WIDTHS[9]), StartSheet.lines(o.detail(), WIDTHS[10])))));
    s.text(0, o.clientId(), TEXT);
    s.text(1, o.name(), TEXT);
    s.text(2, o.program(), TEXT);
    if (o.block() > 0) s.number(3, o.block(), CENTRED);
    if (o.start() != null) s.date(4, o.start(), DATE);
    if (o.end() != null) s.date(5, o.end(), DATE);
    s.text(6, files, WRAPPED);
    s.number(7, o.substitutes(), CENTRED);
    s.number(8, o.warnings(), CENTRED);
    s.text(9, status, WRAPPED);
    s.text(10, o.detail(), WRAPPED);
  }
}
