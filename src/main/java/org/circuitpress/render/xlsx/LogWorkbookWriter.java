package org.circuitpress.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Writes a client's log workbook: a start sheet, a sheet per week with the prescription locked
 * and validated cells for what was done, and a progress sheet of formulas.
 *
 * <p>Written as a stream of SpreadsheetML straight into the zip, one fixed style table and a
 * shared-string table per workbook, rather than through POI's object model: a log is one of the
 * two files made for every client of a run, and POI's streaming workbook spent about ten times
 * as long on it (measured with LogWorkbookBench: about 1 ms of CPU per 4-week log here against
 * about 10 ms). The bytes depend on the program only: entries and properties are dated from
 * the block's start. Tests read every part back with POI and LibreOffice.
 */
public final class LogWorkbookWriter {
  private LogWorkbookWriter() {}

  /** The style table of a log in each order of dates, made once. */
  private static final Map<DateOrder, String> STYLES = new EnumMap<>(DateOrder.class);

  static {
    for (DateOrder o : DateOrder.values()) STYLES.put(o, XlsxPackage.styles(LogDates.dayFormat(o)));
  }

  public static void write(Program p, OutputStream out) throws IOException {
    XlsxPackage pkg = new XlsxPackage(out, p.start(), STYLES.get(p.client().dateOrder()));
    List<String> names = new ArrayList<>();
    List<String> printTitles = new ArrayList<>();
    StartSheet.write(pkg.sheet(1), p);
    names.add(StartSheet.NAME);
    printTitles.add(null);
    WeekSheet weeks = new WeekSheet(p);
    for (Week w : p.weeks()) {
      weeks.write(pkg.sheet(names.size() + 1), w);
      pkg.printArea(names.size(), LogColumns.weekSheet(w.number()), WeekSheet.printArea(w));
      names.add(LogColumns.weekSheet(w.number()));
      printTitles.add("$1:$1");
    }
    ProgressSheet.write(pkg.sheet(names.size() + 1), p);
    names.add(ProgressSheet.NAME);
    printTitles.add("$1:$1");
    pkg.finish(names, printTitles,
        "Training log: " + p.client().name() + ", " + p.template().name() + ", block " + p.block());
  }
}
