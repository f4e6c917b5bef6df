package org.circuitpress.render.xlsx;

import static org.circuitpress.model.LogColumns.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/** One week of the log: a row per session, round and drill, the prescription locked. */
final class WeekSheet {
  /** Column widths in characters, in {@link LogColumns#ALL} order. */
  private static final int[] WIDTHS = {6, 8, 11, 6, 22, 30, 7, 7, 6, 8, 6, 11, 6, 7, 9, 5, 28, 11, 18};

  private final DeferredSXSSFWorkbook wb;
  private final Styles st;
  private final Program p;

  WeekSheet(DeferredSXSSFWorkbook wb, Styles st, Program p) {
    this.wb = wb;
    this.st = st;
    this.p = p;
  }

  /** Visits the rows of a week in sheet order: session, then round, then the circuit. */
  private interface RowVisitor {
    void visit(int row, int session, LocalDate date, int round, PhaseBlock block, Prescription rx, String drillId);
  }

  private static void eachRow(Week w, RowVisitor v) {
    List<String> ids = LogFields.occurrenceIds(w.circuit().stream().map(rx -> rx.exercise().id()).toList());
    int r = 1;
    for (int s = 1; s <= w.sessions(); s++) {
      for (int round = 1; round <= w.rounds(); round++) {
        int i = 0;
        for (PhaseBlock block : w.phases()) {
          for (Prescription rx : block.items()) {
            v.visit(r++, s, w.sessionDates().get(s - 1), round, block, rx, ids.get(i++));
          }
        }
      }
    }
  }

  /**
   * Sets the sheet up now and leaves its rows to a generator that the workbook runs while it
   * writes, so the rows go straight into the zip stream: no temp file, no rows held in memory.
   */
  void write(Week w) {
    DeferredSXSSFSheet sheet = wb.createSheet(weekSheet(w.number()));
    Runs reps = new Runs();
    Runs seconds = new Runs();
    Runs numericLoad = new Runs();
    eachRow(w, (r, s, date, round, block, rx, id) -> {
      (rx.dose().unit() == DoseUnit.SECONDS ? seconds : reps).add(r);
      if (graded(rx) == null) numericLoad.add(r);
    });
    int rows = w.sessions() * w.rounds() * w.circuit().size();
    validate(sheet, w, rows, reps, seconds, numericLoad);
    Pages.dimension(wb, sheet, rows, ALL.size() - 1);
    for (int c = 0; c < WIDTHS.length; c++) sheet.setColumnWidth(c, width(c, w) * 256);
    sheet.createFreezePane(0, 1);
    Pages.printable(sheet, p.client().paper(), true, 1, p.client().name(),
        weekSheet(w.number()) + " (" + w.start() + " to " + w.start().plusDays(6) + ")");
    Pages.protect(wb, sheet);
    sheet.setRowGenerator(sh -> {
      headerRow(sh);
      eachRow(w, (r, s, date, round, block, rx, id) -> drillRow(sh.createRow(r), w, s, date, round, block, rx, id));
    });
  }

  private int width(int column, Week w) {
    if (column != LogColumns.index(EXERCISE)) return WIDTHS[column];
    int longest = w.circuit().stream().mapToInt(rx -> rx.exercise().name().length()).max().orElse(0);
    return Math.max(16, Math.min(40, longest + 2));
  }

  private void headerRow(SXSSFSheet sheet) {
    Row h = sheet.createRow(0);
    h.setHeightInPoints(30);
    for (int c = 0; c < ALL.size(); c++) {
      Cell cell = h.createCell(c);
      String name = ALL.get(c);
      cell.setCellValue(name.equals(ACTUAL_LOAD) ? name + " (" + p.client().units().symbol() + ")" : name);
      cell.setCellStyle(st.header);
    }
  }

  private void drillRow(Row row, Week w, int session, LocalDate date, int round, PhaseBlock block,
      Prescription rx, String drillId) {
    number(row, WEEK, w.number());
    number(row, SESSION, session);
    cell(row, PLANNED, st.givenDate).setCellValue(date);
    number(row, ROUND, round);
    text(row, STEP, block.phase().name());
    text(row, EXERCISE, rx.exercise().name());
    number(row, TARGET, rx.dose().amount());
    text(row, UNIT, rx.dose().unit().format(rx.dose().amount()).replaceFirst("^\\d+ ", ""));
    text(row, PER_SIDE, rx.dose().perSide() ? "yes" : "");
    text(row, TEMPO, rx.tempo());
    number(row, REST, rx.restSeconds());
    text(row, TARGET_LOAD, rx.load() == null ? "" : rx.load().label());
    for (String input : INPUTS) cell(row, input, input.equals(DATE) ? st.inputDate : st.input);
    text(row, DRILL_ID, drillId);
  }

  private void validate(SXSSFSheet sheet, Week w, int lastRow, Runs reps, Runs seconds,
      Runs numericLoad) {
    if (lastRow < 1) return;
    Validations v = new Validations(sheet);
    String units = p.client().units().symbol();
    int actual = LogColumns.index(ACTUAL);
    if (!reps.isEmpty()) {
      v.whole(reps.in(actual), 0, 500, "Reps or breaths done",
          "How many you did in this round (per side where it says so). A whole number, 0 to 500.");
    }
    if (!seconds.isEmpty()) {
      v.whole(seconds.in(actual), 0, 3600, "Seconds done",
          "How many seconds you did in this round (per side where it says so). 0 to 3600.");
    }
    if (!numericLoad.isEmpty()) {
      v.decimal(numericLoad.in(LogColumns.index(ACTUAL_LOAD)), 0, 500, "Load used (" + units + ")",
          "The weight you used, in " + units + ". A number from 0 to 500; empty for no weight.");
    }
    gradedLoads(v, w);
    v.list(column(DONE, lastRow), new String[] {"yes", "no"}, "Done?",
        "Choose yes when you did this drill in this round, no when you skipped it.");
    v.whole(column(RPE, lastRow), 1, 10, "Effort (RPE)",
        "How hard it felt: 1 very easy, 10 could not do more. A whole number.");
    v.date(column(DATE, lastRow), p.start().minusDays(14), p.end().plusDays(92), "Date done",
        "The day you did this session, like " + p.start() + ".");
  }

  /** Band colours and other graded steps are chosen from the client's own list. */
  private void gradedLoads(Validations v, Week w) {
    // rows are laid out identically per session and round, so a drill's rows repeat with the
    // circuit length as the period
    List<Prescription> circuit = w.circuit();
    int col = LogColumns.index(ACTUAL_LOAD);
    for (int i = 0; i < circuit.size(); i++) {
      KitItem item = graded(circuit.get(i));
      if (item == null) continue;
      Runs rows = new Runs();
      for (int k = 0; k < w.sessions() * w.rounds(); k++) rows.add(1 + i + k * circuit.size());
      v.list(rows.in(col), item.grades().toArray(String[]::new), "Band or grade used",
          "Choose the " + item.name() + " you used.");
    }
  }

  private KitItem graded(Prescription rx) {
    if (rx.load() == null || rx.load().units() != null) return null;
    return p.client().equipment().item(rx.load().equipment())
        .filter(k -> !k.grades().isEmpty()).orElse(null);
  }

  private static CellRangeAddressList column(String header, int lastRow) {
    int c = LogColumns.index(header);
    return new CellRangeAddressList(1, lastRow, c, c);
  }

  private Cell cell(Row row, String header, CellStyle style) {
    Cell c = row.createCell(LogColumns.index(header));
    c.setCellStyle(style);
    return c;
  }

  private void number(Row row, String header, int value) {
    cell(row, header, st.givenNumber).setCellValue(value);
  }

  private void text(Row row, String header, String value) {
    Cell c = cell(row, header, st.given);
    if (!value.isEmpty()) c.setCellValue(value);
  }
}
