package org.circuitpress.render.xlsx;

import static org.circuitpress.render.xlsx.XlsxPackage.CENTRED;
import static org.circuitpress.render.xlsx.XlsxPackage.CENTRED_HEADER;
import static org.circuitpress.render.xlsx.XlsxPackage.DATE;
import static org.circuitpress.render.xlsx.XlsxPackage.HEADER;
import static org.circuitpress.render.xlsx.XlsxPackage.WRAPPED;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;

/**
 * The trainer's summary of a run ({@code output/<YYYY-MM>/summary.xlsx}): a row per client with
 * the program, block, dates, files written, substitutes, warnings and status, filterable, the
 * header and the client's id and name frozen, printed landscape one page wide with the header on
 * every page. Streamed like the logs, so a chain's thousands of clients cost little memory.
 * A Gym and a Trainer column follow the name when some client has one, so that a chain filters
 * its summary by them; a roster without them gives the summary it always gave.
 */
public final class SummaryWriter {
  static final String SHEET = "Summary";
  static final List<String> HEADERS = List.of("Client", "Name", "Program", "Block", "Start", "End",
      "Files", "Substitutes", "Warnings", "Status", "Detail");
  /**
   * Column widths in characters, in {@link #HEADERS} order: 162 in all, so that a landscape page
   * fitted to the width, with narrow margins, prints at about 83% on Letter and 89% on A4 with
   * Calibri (some 5.6 points a character), where the first widths (223, with half-inch margins)
   * printed at 58% and 62%, too small to read. Text longer than its column (a long name or id, a
   * track's program, the files, the status, the detail) wraps onto more lines instead; a date
   * needs its 11, and a header its own word (Substitutes).
   */
  private static final int[] WIDTHS = {10, 18, 18, 6, 11, 11, 17, 12, 9, 12, 38};
  /** Block, Start, End, Substitutes and Warnings: numbers and dates, centred (see XlsxPackage.CENTRED). */
  private static final Set<Integer> CENTRED_COLUMNS = Set.of(3, 4, 5, 7, 8);
  /** The columns of the client's gym and trainer, after the name, when some client has one. */
  private static final String GYM = "Gym";
  private static final String TRAINER = "Trainer";
  /** With both, the page is 186 characters wide: about 73% on Letter and 77% on A4. */
  private static final int GROUP_WIDTH = 12;
  /** Where the gym and trainer columns go: after Client and Name. */
  private static final int GROUP_AT = 2;
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
    boolean gyms = false;
    boolean trainers = false;
    for (Outcome o : rows) {
      count++;
      if (o.start() != null && (first == null || o.start().isBefore(first))) first = o.start();
      gyms |= !o.group().gym().isEmpty();
      trainers |= !o.group().trainer().isEmpty();
    }
    Layout layout = new Layout(gyms, trainers);
    XlsxPackage pkg = new XlsxPackage(out, first == null ? NO_DATE : first);
    SheetXml sheet = pkg.sheet(1);
    int last = Math.max(1, count);
    int lastColumn = layout.headers.size() - 1;
    // the header and who the row is stay in view while the rest scrolls
    sheet.begin(true, last, lastColumn, 1, GROUP_AT, layout.widths);
    sheet.row(0, 0);
    for (int c = 0; c < layout.headers.size(); c++) {
      sheet.text(c, layout.headers.get(c), layout.centred(c) ? CENTRED_HEADER : HEADER);
    }
    int r = 1;
    for (Outcome o : rows) row(sheet, r++, o, layout);
    String filter = "A1:" + SheetXml.ref(last, lastColumn);
    sheet.narrowMargins();
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

  /** The summary's columns: {@link #HEADERS}, with the gym and trainer after the name when some client has one. */
  private static final class Layout {
    final List<String> headers;
    final int[] widths;
    /** How many columns the gym and trainer take (0 to 2), before the program. */
    final int group;
    final boolean gyms;
    final boolean trainers;

    Layout(boolean gyms, boolean trainers) {
      this.gyms = gyms;
      this.trainers = trainers;
      List<String> extra = new ArrayList<>();
      if (gyms) extra.add(GYM);
      if (trainers) extra.add(TRAINER);
      group = extra.size();
      List<String> h = new ArrayList<>(HEADERS.subList(0, GROUP_AT));
      h.addAll(extra);
      h.addAll(HEADERS.subList(GROUP_AT, HEADERS.size()));
      headers = List.copyOf(h);
      widths = new int[WIDTHS.length + group];
      System.arraycopy(WIDTHS, 0, widths, 0, GROUP_AT);
      Arrays.fill(widths, GROUP_AT, GROUP_AT + group, GROUP_WIDTH);
      System.arraycopy(WIDTHS, GROUP_AT, widths, GROUP_AT + group, WIDTHS.length - GROUP_AT);
    }

    /** Column {@code c} of {@link #HEADERS} in this layout. */
    int at(int c) {
      return c < GROUP_AT ? c : c + group;
    }

    boolean centred(int column) {
      return column >= GROUP_AT + group && CENTRED_COLUMNS.contains(column - group);
    }
  }

  private static void row(SheetXml s, int r, Outcome o, Layout l) throws IOException {
    String files = String.join("; ", o.files());
    String status = label(o.status());
    // A spreadsheet app keeps a row at the height the file gives it (LibreOffice prints the lines
    // of a long Detail over the rows below), so the row is as tall as its longest wrapped cell;
    // every cell sits at the top of it.
    int lines = 1;
    String[] texts = {o.clientId(), o.name(), o.program(), files, status, o.detail()};
    int[] columns = {0, 1, 2, 6, 9, 10};
    for (int i = 0; i < texts.length; i++) lines = Math.max(lines, StartSheet.lines(texts[i], WIDTHS[columns[i]]));
    if (l.gyms) lines = Math.max(lines, StartSheet.lines(o.group().gym(), GROUP_WIDTH));
    if (l.trainers) lines = Math.max(lines, StartSheet.lines(o.group().trainer(), GROUP_WIDTH));
    s.row(r, StartSheet.height(lines));
    s.text(0, o.clientId(), WRAPPED);
    s.text(1, o.name(), WRAPPED);
    int c = GROUP_AT;
    if (l.gyms) s.text(c++, o.group().gym(), WRAPPED);
    if (l.trainers) s.text(c, o.group().trainer(), WRAPPED);
    s.text(l.at(2), o.program(), WRAPPED);
    if (o.block() > 0) s.number(l.at(3), o.block(), CENTRED);
    if (o.start() != null) s.date(l.at(4), o.start(), DATE);
    if (o.end() != null) s.date(l.at(5), o.end(), DATE);
    s.text(l.at(6), files, WRAPPED);
    s.number(l.at(7), o.substitutes(), CENTRED);
    s.number(l.at(8), o.warnings(), CENTRED);
    s.text(l.at(9), status, WRAPPED);
    s.text(l.at(10), o.detail(), WRAPPED);
  }
}
