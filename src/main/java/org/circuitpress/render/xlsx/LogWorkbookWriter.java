package org.circuitpress.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Writes a client's log workbook: a start sheet, a sheet per week with the prescription locked
 * and validated cells for what was done, and a progress sheet of formulas.
 *
 * <p>Written with POI's streaming workbook and one set of styles per workbook; the bytes depend on
 * the program only (core properties and zip entries are dated from the block's start).
 */
public final class LogWorkbookWriter {
  private LogWorkbookWriter() {}

  public static void write(Program p, OutputStream out) throws IOException {
    DeferredSXSSFWorkbook wb = Workbooks.create();
    try {
      Styles st = new Styles(wb);
      StartSheet.write(wb, st, p);
      WeekSheet weeks = new WeekSheet(wb, st, p);
      for (Week w : p.weeks()) weeks.write(w);
      ProgressSheet.write(wb, st, p);
      wb.setForceFormulaRecalculation(true);
      wb.getXSSFWorkbook().lockStructure();
    } catch (RuntimeException e) {
      wb.close();
      throw e;
    }
    Workbooks.save(wb, p.start(), "Training log: " + p.client().name() + ", " + p.template().name()
        + ", block " + p.block(), out);
  }
}
