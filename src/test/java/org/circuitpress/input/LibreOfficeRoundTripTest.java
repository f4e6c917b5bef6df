package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled log saved again by LibreOffice (as a client or a trainer's script would) must read
 * back the same, and the progress formulas must compute there. Runs only where {@code soffice}
 * is on the PATH; CI installs it.
 */
class LibreOfficeRoundTripTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "soffice is not on the PATH");
  }

  /** Week 1 session 1 done in full, a few values as text, one garbage value. */
  Path filled(Path folder) throws Exception {
    try (LogFiller f = LogFiller.fresh(p, folder)) {
      for (int round = 1; round <= 2; round++) {
        for (var rx : p.weeks().get(0).circuit()) f.asPrescribed(1, 1, round, rx.exercise().id(), 5 + round);
      }
      int kb = f.row(1, 1, 1, "kb-windmill");
      f.type(1, kb, LogColumns.ACTUAL_LOAD, "8kg").type(1, kb, LogColumns.NOTES, "Zoë: left side tight");
      f.type(1, kb, LogColumns.DATE, "2026-12-08");
      int ext = f.row(1, 2, 1, "tspine-extension");
      f.type(1, ext, LogColumns.ACTUAL, "twelve").type(1, ext, LogColumns.DONE, "yes").type(1, ext, LogColumns.RPE, 9);
      f.save();
    }
    return folder.resolve("log.xlsx");
  }

  @Test
  void aLogSavedByLibreOfficeReadsBackIdentically() throws Exception {
    Path original = filled(dir.resolve("a"));
    Path converted = dir.resolve("b");
    Files.createDirectories(converted);
    LibreOffice.convert(original, "xlsx", converted);
    assertThat(converted.resolve("log.xlsx")).exists();

    Diagnostics d1 = new Diagnostics();
    Diagnostics d2 = new Diagnostics();
    BlockLog a = LogReader.read(original.getParent(), p, d1).orElseThrow();
    BlockLog b = LogReader.read(converted, p, d2).orElseThrow();
    assertThat(comparable(b.entries())).isEqualTo(comparable(a.entries()));
    assertThat(a.entries().stream().filter(e -> !e.isEmpty())).hasSize(17);
    assertThat(messages(d2, converted)).isEqualTo(messages(d1, original.getParent())).hasSize(1);
    assertThat(LogReader.hasEntries(converted.resolve("log.xlsx"))).isTrue();
  }

  @Test
  void progressFormulasComputeInLibreOffice() throws Exception {
    List<String> lines = progress(filled(dir.resolve("a")));
    assertThat(lines.get(0)).startsWith("Week,Dates,Sessions planned,Sessions completed");
    // week 1: session 1 fully done (16 rows), one more row ticked; RPE 6 x8, 7 x8, 9 x1
    assertThat(lines.get(1)).isEqualTo("1,2026-12-07 to 2026-12-13,3,1,6,2,17,6.6");
    assertThat(lines.get(2)).isEqualTo("2,2026-12-14 to 2026-12-20,3,0,6,0,0,");
    assertThat(lines.get(5)).startsWith("Total,,12,1,30,2,17,6.6");
  }

  /**
   * Found in review: a spreadsheet turns some of what a client types into a date or a time before
   * anything reads it: 7/10 in RPE became 10 July, 1:30 in a timed drill's Actual half past one,
   * 3/4 in Notes 4 March. Typed into LibreOffice's own input line, as at the keyboard, the white
   * cells that hold no date keep such values as typed; Date done still makes a date of one; the
   * log reads them all without a word; and the Progress sheet averages the efforts typed as text.
   */
  @Test
  void whatAClientTypesInLibreOfficeStaysAsTyped() throws Exception {
    Path original = dir.resolve("a").resolve("log.xlsx");
    List<String[]> typed = new java.util.ArrayList<>();
    try (LogFiller f = LogFiller.fresh(p, dir.resolve("a"))) {
      int lats = f.row(1, 1, 1, "roll-lats");
      int ext = f.row(1, 1, 1, "tspine-extension");
      typed.add(cell(lats, LogColumns.ACTUAL, "1:30"));
      typed.add(cell(lats, LogColumns.RPE, "7/10"));
      typed.add(cell(lats, LogColumns.NOTES, "3/4"));
      typed.add(cell(lats, LogColumns.DATE, "12/8/2026"));
      typed.add(cell(ext, LogColumns.ACTUAL, "12"));
      typed.add(cell(ext, LogColumns.RPE, "8"));
    }
    Path converted = dir.resolve("b");
    Files.createDirectories(converted);
    LibreOffice.type(original, converted.resolve("log.xlsx"), typed);

    try (LogFiller f = LogFiller.open(converted.resolve("log.xlsx"))) {
      var week = f.wb.getSheet(LogColumns.weekSheet(1));
      for (String[] t : typed) {
        var c = week.getRow(new org.apache.poi.ss.util.CellReference(t[1]).getRow())
            .getCell(new org.apache.poi.ss.util.CellReference(t[1]).getCol());
        if (t[2].equals("12/8/2026")) {
          assertThat(c.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 8));
        } else {
          assertThat(c.getCellType()).as(t[1]).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
          assertThat(c.getStringCellValue()).as(t[1]).isEqualTo(t[2]);
        }
      }
    }
    Diagnostics d = new Diagnostics();
    BlockLog log = LogReader.read(converted, p, d).orElseThrow();
    assertThat(messages(d, converted)).isEmpty();
    LogEntry lats = LogReaderXlsxTest.entry(log, 1, 1, 1, "roll-lats");
    assertThat(lats.amount()).isEqualTo(90.0);
    assertThat(lats.rpe()).isEqualTo(7);
    assertThat(lats.notes()).isEqualTo("3/4");
    assertThat(lats.date()).isEqualTo(java.time.LocalDate.of(2026, 12, 8));
    LogEntry ext = LogReaderXlsxTest.entry(log, 1, 1, 1, "tspine-extension");
    assertThat(ext.amount()).isEqualTo(12.0);
    assertThat(ext.rpe()).isEqualTo(8);
    assertThat(progress(converted.resolve("log.xlsx")).get(1)).endsWith(",7.5");
  }

  /** Week 1's cell of a row and column, as LibreOffice names it, and what is typed there. */
  private static String[] cell(int row, String column, String text) {
    String ref = new org.apache.poi.ss.util.CellReference(row, LogColumns.index(column)).formatAsString(false);
    return new String[] {LogColumns.weekSheet(1), ref, text};
  }

  /** Ticks, other words for done, a TRUE and a 1 count as done in LibreOffice as they do in POI and for the reader. */
  @Test
  void progressCountsEveryAnswerForDoneInLibreOffice() throws Exception {
    List<String> lines = progress(LogProgressTest.filled(p, dir.resolve("a")));
    assertThat(lines.get(1)).isEqualTo("1,2026-12-07 to 2026-12-13," + LogProgressTest.WEEK_1_COUNTS + ",");
  }

  /** Ticks and thumbs-ups from a phone, and "Done!", count as done in LibreOffice as in POI and for the reader. */
  @Test
  void progressCountsWhatAPhoneTypesForDoneInLibreOffice() throws Exception {
    List<String> lines = progress(LogProgressTest.filledOnAPhone(p, dir.resolve("a")));
    assertThat(lines.get(1)).isEqualTo("1,2026-12-07 to 2026-12-13," + LogProgressTest.PHONE_COUNTS + ",");
  }

  /**
   * Found in review (a US trainer): a band's Actual load cells refused "medium" in LibreOffice as
   * in Excel. Opened there, every validation of a week sheet keeps its prompt, and none refuses:
   * those of the cells that take any text check nothing, the others inform and keep the value.
   */
  @Test
  void libreOfficeKeepsTheLogsPromptsAndRefusesNothing() throws Exception {
    Program tom = Fixtures.bandsWithoutColours();
    try (LogFiller f = LogFiller.fresh(tom, dir.resolve("a"))) {
      // nothing typed: the validations as written
    }
    Path converted = dir.resolve("b");
    Files.createDirectories(converted);
    LibreOffice.convert(dir.resolve("a").resolve("log.xlsx"), "xlsx", converted);
    List<String> written = validations(dir.resolve("a").resolve("log.xlsx"));
    List<String> opened = validations(converted.resolve("log.xlsx"));
    assertThat(opened).isEqualTo(written).hasSize(7)
        .allMatch(v -> v.contains(": any value: ") || v.contains(", information: "), "refuses nothing")
        .anyMatch(v -> v.startsWith("Band or grade used: list, information: "))
        .anyMatch(v -> v.startsWith("Load used (lb): any value: "));
  }

  /**
   * The validations of week 1 as "title: type, what an error does: prompt"; for a validation that
   * checks nothing only "any value", as LibreOffice writes an error style for it all the same.
   */
  private static List<String> validations(Path log) throws Exception {
    try (var in = Files.newInputStream(log); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      return wb.getSheet(LogColumns.weekSheet(1)).getDataValidations().stream().map(v -> {
        // in the order of POI's ValidationType and ErrorStyle constants
        String type = List.of("any value", "whole number", "decimal", "list", "date", "time", "text length", "formula")
            .get(v.getValidationConstraint().getValidationType());
        String error = type.equals("any value") ? "" : ", " + (v.getShowErrorBox()
            ? List.of("stop", "warning", "information").get(v.getErrorStyle()) : "no message");
        return v.getPromptBoxTitle() + ": " + type + error + ": " + v.getPromptBoxText();
      }).sorted().toList();
    }
  }

  /** The Progress sheet's lines as LibreOffice computes and shows them, as CSV. */
  private List<String> progress(Path log) throws Exception {
    return shown(log, 6, LogColumns.PROGRESS_SHEET); // the last sheet of the fixture's 4 weeks
  }

  /** A sheet's lines (its 1-based place and name) as LibreOffice computes and shows them, as CSV. */
  private List<String> shown(Path log, int sheet, String name) throws Exception {
    Path out = dir.resolve("csv");
    Files.createDirectories(out);
    // the CSV filter's 12th token picks the sheet to export; values as shown
    LibreOffice.convert(log, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false," + sheet, out);
    return Files.readAllLines(out.resolve("log-" + name + ".csv"), StandardCharsets.UTF_8);
  }

  /**
   * Found in review: a week sheet's date cells showed 2026-12-08 where the handout prints Tue 8
   * Dec, or Tue, Dec 8 on Letter. In LibreOffice, a date typed into Date done shows as the handout
   * prints a day, as the planned date beside it does.
   */
  @Test
  void theDateCellsShowADayAsTheHandoutPrintsIt() throws Exception {
    Program ann = Fixtures.program(Fixtures.client("c-2", "Ann", org.circuitpress.model.Paper.LETTER,
        org.circuitpress.model.Units.LB));
    Path original = dir.resolve("a").resolve("log.xlsx");
    int row;
    try (LogFiller f = LogFiller.fresh(ann, dir.resolve("a"))) {
      row = f.row(1, 2, 1, "roll-lats");
    }
    Path typed = dir.resolve("b").resolve("log.xlsx");
    Files.createDirectories(typed.getParent());
    LibreOffice.type(original, typed, List.<String[]>of(cell(row, LogColumns.DATE, "12/10/2026")));
    String line = shown(typed, 2, LogColumns.weekSheet(1)).get(row);
    String planned = ann.client().dateOrder().day(ann.weeks().get(0).sessionDates().get(1));
    // a day shown month first holds a comma of its own, which the CSV quotes
    assertThat(line).contains("\"" + planned + "\"", "\"Thu, Dec 10\"").doesNotContain("2026-");
  }

  /**
   * A log saved by LibreOffice holds none of the client's words in no drill's row and no printed
   * cell taken for one they typed over, whatever it made of the sheets' empty cells and formulas;
   * words typed above a week sheet's header row are still found there.
   */
  @Test
  void aLogSavedByLibreOfficeHoldsNoWordsTheClientDidNotType() throws Exception {
    for (Program each : List.of(p, Fixtures.program(Fixtures.client("c-2", "Ann", org.circuitpress.model.Paper.LETTER,
        org.circuitpress.model.Units.LB)))) {
      Path fresh = dir.resolve(each.client().id());
      LogFiller.fresh(each, fresh).close();
      Path converted = dir.resolve(each.client().id() + "-saved");
      Files.createDirectories(converted);
      LibreOffice.convert(fresh.resolve("log.xlsx"), "xlsx", converted);
      Diagnostics d = new Diagnostics();
      BlockLog log = LogReader.read(converted, each, d).orElseThrow();
      assertThat(log.outside()).isEmpty();
      assertThat(log.entries()).allMatch(e -> e.noted().isEmpty());
      assertThat(d.all()).isEmpty();
      assertThat(LogReader.hasEntries(converted.resolve("log.xlsx"))).isFalse();
    }
    Path above = dir.resolve("above");
    try (LogFiller f = LogFiller.fresh(p, above)) {
      var week = f.wb.getSheet("Week 1");
      week.shiftRows(0, week.getLastRowNum(), 1);
      f.typeOn("Week 1", 0, 0, "felt strong this week").save();
    }
    Path converted = dir.resolve("above-saved");
    Files.createDirectories(converted);
    LibreOffice.convert(above.resolve("log.xlsx"), "xlsx", converted);
    BlockLog log = LogReader.read(converted, p, new Diagnostics()).orElseThrow();
    assertThat(log.outside()).extracting(org.circuitpress.model.LogNote::text).containsExactly("felt strong this week");
  }

  private static List<String> comparable(List<LogEntry> entries) {
    return entries.stream()
        .map(e -> e.week() + "/" + e.session() + "/" + e.round() + "/" + e.exerciseId() + " " + e.date() + " "
            + e.amount() + " " + e.load() + " " + e.done() + " " + e.rpe() + " " + e.notes() + " @" + e.where().cellRef())
        .toList();
  }

  private static List<String> messages(Diagnostics d, Path folder) {
    return d.all().stream().map(Diagnostic::format).map(m -> m.replace(folder.toString(), "<dir>")).toList();
  }
}
