package org.circuitpress.render.xlsx;

import static org.circuitpress.model.LogColumns.*;
import static org.circuitpress.render.xlsx.XlsxPackage.GIVEN;
import static org.circuitpress.render.xlsx.XlsxPackage.GIVEN_CENTRED;
import static org.circuitpress.render.xlsx.XlsxPackage.GIVEN_DATE;
import static org.circuitpress.render.xlsx.XlsxPackage.GIVEN_WRAPPED;
import static org.circuitpress.render.xlsx.XlsxPackage.HEADER;
import static org.circuitpress.render.xlsx.XlsxPackage.INPUT;
import static org.circuitpress.render.xlsx.XlsxPackage.INPUT_DATE;
import static org.circuitpress.render.xlsx.XlsxPackage.INPUT_WRAPPED;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.LogSheets;
import org.circuitpress.model.Paper;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;

/** One week of the log: a row per session, round and drill, the prescription locked. */
final class WeekSheet {
  /**
   * Column widths in characters, in {@link LogColumns#ALL} order. The printed columns add up to
   * 150 to 160 (the drill's name 16 to 24 of them, the dates 11, or 12 on Letter): a landscape
   * page then prints at 84-88% on Letter and 90-95% on A4 with Calibri, where the first layout
   * (some 220) printed at 55-60%. Step and drill names wrap onto a second line instead of
   * widening their columns.
   */
  private static final int[] WIDTHS = {6, 8, 11, 6, 13, 0, 7, 7, 5, 7, 5, 10, 6, 7, 9, 5, 18, 11, 18, 9, 9};
  /**
   * The planned date's and the date done's width on Letter, whose days show month first with a
   * comma ("Wed, May 26"); A4's "Wed 26 May" takes the 11 of {@link #WIDTHS}. At 10, LibreOffice
   * printed ### for the widest days of both (without Calibri or Carlito), such as every day from
   * the 10th of a month on Letter.
   */
  private static final int MONTH_FIRST_DAY_WIDTH = 12;
  /**
   * The first column that scrolls on screen: the header row and the columns up to the drill's
   * name stay in view (which session, day, round, step and drill a row is), so that on a tablet or
   * a narrow window the client scrolling right to the white cells still sees what they did. Some
   * 60 to 70 characters, 450 to 515 pixels; frozen up to the Done column instead (some 100 characters,
   * 760 pixels), the panes would fill an iPad held upright and leave no room to scroll the cells
   * to fill in into view.
   */
  static final String FROZEN_UP_TO = TARGET;
  /** The drill name's column: as wide as the week's longest name, within these bounds. */
  private static final int MIN_EXERCISE_WIDTH = 16;
  private static final int MAX_EXERCISE_WIDTH = 24;

  /**
   * The first row's formula of the {@link LogColumns#COUNTED_DONE} column: 1 when the Done cell
   * holds an answer the log reader takes for done, as the reader reads it (LogValues.done): the
   * emoji marks of a phone's keyboard ({@code ✔️}), full stops and exclamation marks ({@code
   * Done!}) taken out, spaces and line breaks around it ignored, in any capitals. What is left is
   * looked for, between bars, in the answers joined by bars ({@code "|yes|y|x|...|"}). FIND
   * matches no wildcards, unlike MATCH, COUNTIF and SEARCH, which would read a "*" typed as done;
   * a bar typed in the cell is doubled, and no "||" is in the answers, so "y|x" is not found in
   * them. SUBSTITUTE turns a TRUE (a ticked checkbox in Google Sheets) into "TRUE" and a number 1
   * into "1", both answers for done. A line break ({@code yes} then Alt+Enter: CHAR(10), with a
   * CHAR(13) before it from Windows) or a tab (CHAR(9), from a copy of another table) becomes a
   * space, which TRIM takes off the ends as the reader strips it (TRIM in Excel, LibreOffice and
   * Google Sheets takes off spaces only); between letters it stays a gap, as the reader keeps it
   * ("ye" and "s" on two lines is no answer). One comparison instead of one per answer keeps the formula short.
   */
  private static final String COUNTED_DONE_FORMULA = countedDone();

  private static String countedDone() {
    String cell = SheetXml.ref(1, col(DONE));
    for (String[] out : new String[][] {{"\"|\"", "\"||\""}, {"\".\"", "\"\""}, {"\"!\"", "\"\""},
        {"\"\uFE0E\"", "\"\""}, {"\"\uFE0F\"", "\"\""}, {"CHAR(10)", "\" \""}, {"CHAR(13)", "\" \""},
        {"CHAR(9)", "\" \""}}) {
      cell = "SUBSTITUTE(" + cell + "," + out[0] + "," + out[1] + ")";
    }
    StringJoiner answers = new StringJoiner("|", "|", "|");
    for (String answer : DONE_ANSWERS) {
      if (answer.matches(".*[ .!|\"\uFE0E\uFE0F].*")) throw new IllegalStateException("cannot count " + answer);
      answers.add(answer);
    }
    return "IF(ISNUMBER(FIND(\"|\"&LOWER(TRIM(" + cell + "))&\"|\",\"" + answers + "\")),1,0)";
  }

  /**
   * The first row's formula of the {@link LogColumns#COUNTED_RPE} column: the RPE cell's number,
   * else empty. The RPE cells take what is typed as text, which AVERAGEIFS and COUNTIFS pass
   * over, so the Progress sheet averages this column instead. Spaces, "RPE" before the number and
   * "/10" after it are taken out, as the log reader reads them ("RPE 7", "7/10"); VALUE reads the
   * rest as the spreadsheet's own language writes numbers ("7.5" or "7,5").
   */
  private static final String COUNTED_RPE_FORMULA = "IFERROR(VALUE(SUBSTITUTE(SUBSTITUTE(LOWER(SUBSTITUTE("
      + SheetXml.ref(1, col(RPE)) + ",\" \",\"\")),\"rpe\",\"\"),\"/10\",\"\")),\"\")";

  private final Program p;

  WeekSheet(Program p) {
    this.p = p;
  }

  /** Visits the rows of a week in sheet order: session, then round, then the circuit. */
  private interface RowVisitor {
    void visit(int row, int session, LocalDate date, int round, PhaseBlock block, Prescription rx, String drillId)
        throws IOException;
  }

  private static void eachRow(Week w, RowVisitor v) throws IOException {
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

  /** The number of drill rows of a week: one per session, round and drill. */
  private static int rows(Week w) {
    return w.sessions() * w.rounds() * w.circuit().size();
  }

  void write(SheetXml sheet, Week w) throws IOException {
    int rows = rows(w);
    int[] widths = WIDTHS.clone();
    widths[LogColumns.index(EXERCISE)] = exerciseWidth(w);
    if (p.client().dateOrder() == DateOrder.MONTH_FIRST) {
      widths[LogColumns.index(PLANNED)] = widths[LogColumns.index(DATE)] = MONTH_FIRST_DAY_WIDTH;
    }
    sheet.begin(true, rows, ALL.size() - 1, 1, col(FROZEN_UP_TO), widths, col(COUNTED_DONE), col(COUNTED_RPE));
    sheet.row(0, 30);
    for (int c = 0; c < ALL.size(); c++) {
      String name = ALL.get(c);
      sheet.text(c, name.equals(ACTUAL_LOAD) ? name + " (" + p.client().units().symbol() + ")" : name, HEADER);
    }
    Runs reps = new Runs();
    Runs seconds = new Runs();
    Runs numericLoad = new Runs();
    int[] heights = heights(w, widths);
    eachRow(w, (r, s, date, round, block, rx, id) -> {
      // rows repeat per session and round with the circuit's length as the period; a row grows
      // when a note typed in it takes more lines
      sheet.row(r, heights[(r - 1) % heights.length], false);
      drillRow(sheet, r, w, s, date, round, block, rx, id);
      (rx.dose().unit() == DoseUnit.SECONDS ? seconds : reps).add(r);
      if (grades(rx).isEmpty()) numericLoad.add(r);
    });
    if (rows > 0) validate(sheet, w, rows, reps, seconds, numericLoad);
    sheet.narrowMargins();
    sheet.end(true, p.client().paper() == Paper.LETTER, p.client().name(),
        weekSheet(w.number()) + " (" + LogSheets.weekDates(p, w) + ")", null);
  }

  private static int exerciseWidth(Week w) {
    int longest = w.circuit().stream().mapToInt(rx -> rx.exercise().name().length()).max().orElse(0);
    return Math.max(MIN_EXERCISE_WIDTH, Math.min(MAX_EXERCISE_WIDTH, longest + 2));
  }

  /**
   * Each drill's row height, in circuit order: tall enough for the lines its step, name or load
   * wraps onto. Written down because LibreOffice keeps a row without one at one line's height,
   * the wrapped lines drawn over the next rows.
   */
  private static int[] heights(Week w, int[] widths) {
    int[] heights = new int[w.circuit().size()];
    int i = 0;
    for (PhaseBlock block : w.phases()) {
      for (Prescription rx : block.items()) {
        int lines = Math.max(StartSheet.lines(block.phase().name(), widths[col(STEP)]),
            StartSheet.lines(rx.exercise().name(), widths[col(EXERCISE)]));
        if (rx.load() != null) lines = Math.max(lines, StartSheet.lines(targetLoad(rx), widths[col(TARGET_LOAD)]));
        heights[i++] = StartSheet.height(lines);
      }
    }
    return heights;
  }

  /** A weight in the client's unit in brackets, after the one a bell is marked with: "(26 lb)". */
  private static final Pattern CONVERTED = Pattern.compile("\\(([0-9]+) (kg|lb)\\)");

  /**
   * The load as the Target load cell shows it: the weight in brackets keeps its unit beside it (a
   * no-break space), so that the narrow column wraps "12 kg (26 lb)" before the bracket, not before
   * "lb)". The cell is not read back; the block's record is.
   */
  static String targetLoad(Prescription rx) {
    return CONVERTED.matcher(rx.loadText()).replaceAll("($1\u00A0$2)");
  }

  /**
   * What prints of a week sheet: the header and every row, from the session to the date done.
   * The week's number is left out (the page header names the week), and so is the drill id,
   * which is there for the log reader, not the client.
   */
  static String printArea(Week w) {
    int lastRow = rows(w) + 1;
    return "$" + Location.columnLetters(col(SESSION)) + "$1:$" + Location.columnLetters(col(DATE)) + "$" + lastRow;
  }

  private void drillRow(SheetXml s, int r, Week w, int session, LocalDate date, int round,
      PhaseBlock block, Prescription rx, String drillId) throws IOException {
    s.number(col(WEEK), w.number(), GIVEN);
    // printed numbers are centred: at the right edge they ran into the next column's text
    s.number(col(SESSION), session, GIVEN_CENTRED);
    s.date(col(PLANNED), date, GIVEN_DATE);
    s.number(col(ROUND), round, GIVEN_CENTRED);
    s.text(col(STEP), block.phase().name(), GIVEN_WRAPPED);
    s.text(col(EXERCISE), rx.exercise().name(), GIVEN_WRAPPED);
    s.number(col(TARGET), rx.dose().amount(), GIVEN_CENTRED);
    s.text(col(UNIT), rx.dose().unit().label(rx.dose().amount()), GIVEN);
    s.text(col(PER_SIDE), rx.dose().perSide() ? "yes" : "", GIVEN);
    s.text(col(TEMPO), rx.tempo(), GIVEN);
    // No rest before the next drill: empty, as the handout's dash says, not a 0 that reads as a target
    if (rx.restSeconds() == 0) s.blank(col(REST), GIVEN_CENTRED);
    else s.number(col(REST), rx.restSeconds(), GIVEN_CENTRED);
    s.text(col(TARGET_LOAD), targetLoad(rx), GIVEN_WRAPPED);
    for (String input : INPUTS) {
      s.blank(col(input), input.equals(DATE) ? INPUT_DATE : input.equals(NOTES) ? INPUT_WRAPPED : INPUT);
    }
    s.text(col(DRILL_ID), drillId, GIVEN);
    if (r == 1) {
      s.sharedFormula(col(COUNTED_DONE), COUNTED_DONE_FORMULA, rows(w), 0, GIVEN);
      s.sharedFormula(col(COUNTED_RPE), COUNTED_RPE_FORMULA, rows(w), 1, GIVEN);
    } else {
      s.sharedFormula(col(COUNTED_DONE), 0, GIVEN);
      s.sharedFormula(col(COUNTED_RPE), 1, GIVEN);
    }
  }

  /**
   * What each input cell takes, shown when it is selected, and the choices where there are some.
   * No validation refuses what the log reader reads: the amount and load cells take words ("8/side",
   * "10 (hard)", "2x20", "18 lb"), so they only explain themselves; the others check a number, a
   * date or a choice and keep anything else after saying what is read.
   */
  private void validate(SheetXml s, Week w, int lastRow, Runs reps, Runs seconds, Runs numericLoad) {
    Units units = p.client().units();
    int actual = col(ACTUAL);
    if (!reps.isEmpty()) {
      s.prompt(reps.sqref(actual), "Reps or breaths done",
          "How many you did in this round (per side where it says so), like 12. 8+2 is added up, and words after"
              + " the number, as in 10 (hard), are kept as a note. Type done if you did it as printed, skip if not.");
    }
    if (!seconds.isEmpty()) {
      s.prompt(seconds.sqref(actual), "Seconds done",
          "How many seconds you did in this round (per side where it says so), like 30; 2 min is read as 120."
              + " Words after the number, as in 30 (shaky), are kept as a note. Type done if you did it as printed,"
              + " skip if not.");
    }
    if (!numericLoad.isEmpty()) {
      Units other = units == Units.KG ? Units.LB : Units.KG;
      s.prompt(numericLoad.sqref(col(ACTUAL_LOAD)), "Load used (" + units.symbol() + ")",
          "The weight you used, in " + units.symbol() + ", like 20. A weight in " + other.symbol()
              + " is converted, and 2x20 (one in each hand) is read as 20 each. Leave it empty for no weight.");
    }
    gradedLoads(s, w);
    s.validation("list", column(DONE, lastRow), "\"yes,no\"", null, "Done?",
        "Choose yes when you did this drill in this round, no when you skipped it. x, \u2713 or done count as"
            + " yes too, and skip as no.",
        "The list holds yes and no; x, \u2713, done or ok count as yes too, and skip as no. Anything else is left"
            + " empty. Choose OK to keep what you typed, Cancel to change it.");
    // no number rule: the cells hold what is typed as text (7/10 would become a date), which
    // such a rule would question every time
    s.prompt(column(RPE, lastRow), "Effort (RPE)",
        "How hard it felt: 1 very easy, 10 could not do more, like 7. 7/10 and RPE 7 are read too, and a half"
            + " counts as the number above it.");
    LocalDate from = p.firstLogDate();
    LocalDate to = p.lastLogDate();
    // a day as the handout prints it and the date cells show it, which the log reader reads typed as text
    String typed = p.client().dateOrder().day(p.start());
    s.validation("date", column(DATE, lastRow), excelDate(from), excelDate(to), "Date done",
        "The day you did this session, like " + LogDates.date(p, p.start()) + "; " + typed + " is read too.",
        "Dates from " + LogDates.date(p, from) + " to " + LogDates.date(p, to) + " are read, also typed as text like "
            + typed + "; others are left empty. Choose OK to keep what you typed, Cancel to change it.");
  }

  /**
   * Band colours and other graded steps: a list of the grades the log reader takes for the drill's
   * load, which keeps anything else typed after saying what is read ("medium band", a weight).
   * Excel refuses a whole workbook as damaged when a list is longer than 255 characters, an input
   * message longer than 255 or an error message longer than 225, and the grades and the name come
   * from the trainer's files: past those lengths the messages are said without them, and grades
   * that do not fit in a list are only explained, not offered.
   */
  private void gradedLoads(SheetXml s, Week w) {
    // rows repeat per session and round with the circuit's length as the period
    List<Prescription> circuit = w.circuit();
    for (int i = 0; i < circuit.size(); i++) {
      List<String> grades = grades(circuit.get(i));
      if (grades.isEmpty()) continue;
      Runs rows = new Runs();
      for (int k = 0; k < w.sessions() * w.rounds(); k++) rows.add(1 + i + k * circuit.size());
      String equipment = circuit.get(i).load().equipment();
      String first = grades.get(0);
      String rest = "Anything else, a weight too, is kept with your notes.";
      String prompt = fit(MAX_PROMPT,
          "Choose the " + equipment + " you used from the list, or type it: " + first + " or " + cap(first) + " "
              + equipment + " is read as " + first + ". " + rest,
          "Choose the " + equipment + " you used from the list, or type it as printed. " + rest,
          "Choose the one you used from the list, or type it as printed. " + rest);
      String list = String.join(",", grades);
      if (list.length() > MAX_LIST) {
        s.prompt(rows.sqref(col(ACTUAL_LOAD)), "Band or grade used",
            fit(MAX_PROMPT, "Type the " + equipment + " you used as printed. " + rest,
                "Type the one you used as printed. " + rest));
        continue;
      }
      String error = fit(MAX_ERROR,
          "Not in the list, but " + first + " " + equipment + " is read as " + first + "; anything else, a weight"
              + " too, is kept with your notes. Choose OK to keep what you typed, Cancel to change it.",
          "Not in the list, so it is kept with your notes. Choose OK to keep what you typed, Cancel to change it.");
      s.validation("list", rows.sqref(col(ACTUAL_LOAD)), "\"" + list + "\"", null, "Band or grade used", prompt, error);
    }
  }

  /** Excel's limits on a validation's input message, error message and list of values. */
  static final int MAX_PROMPT = 255;
  static final int MAX_ERROR = 225;
  static final int MAX_LIST = 255;

  /** The first of {@code texts} no longer than {@code limit} characters (the last one always fits). */
  private static String fit(int limit, String... texts) {
    for (String t : texts) {
      if (t.length() <= limit) return t;
    }
    return texts[texts.length - 1];
  }

  private static String cap(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** The grades the log reader takes for a drill's graded load (a band); empty for a weight or none. */
  private List<String> grades(Prescription rx) {
    if (rx.load() == null || rx.load().units() != null) return List.of();
    return p.client().equipment().grades(rx.load());
  }

  private static String excelDate(LocalDate d) {
    return "DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
  }

  private static String column(String header, int lastRow) {
    int c = col(header);
    return SheetXml.ref(1, c) + ":" + SheetXml.ref(lastRow, c);
  }

  private static int col(String header) {
    return LogColumns.index(header);
  }
}
