package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log's Progress sheet counts as done the rows that next month's run reads as done: its
 * formulas, computed by POI's evaluator on a filled copy, against what the log reader reads.
 */
class LogProgressTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();

  /**
   * Week 1's 48 Done cells (3 sessions of 2 rounds of 8 drills): every answer for done as the
   * reader lists it, then in capitals with spaces around, a TRUE (a ticked checkbox) and a number
   * 1, which fill sessions 1 and 2 and the first two rows of session 3; then every answer for
   * not done, the ones that do not fit in week 1 on the first rows of week 2.
   */
  static List<Object> everyAnswer() {
    List<Object> answers = new ArrayList<>(LogColumns.DONE_ANSWERS);
    for (String a : LogColumns.DONE_ANSWERS) answers.add(" " + a.toUpperCase(Locale.ROOT) + " ");
    answers.add(true);
    answers.add(1);
    answers.addAll(LogColumns.NOT_DONE_ANSWERS);
    return answers;
  }

  /** The week 1 row of the Progress sheet once week 1 holds {@link #everyAnswer()}: 2 sessions, 5 rounds, 46 rows. */
  static final String WEEK_1_COUNTS = "3,2,6,5,46";

  static Path filled(Program p, Path folder) throws Exception {
    List<Object> answers = everyAnswer();
    try (LogFiller f = LogFiller.fresh(p, folder)) {
      int rows = f.wb.getSheet(LogColumns.weekSheet(1)).getLastRowNum();
      assertThat(rows).isEqualTo(48);
      for (int i = 0; i < answers.size(); i++) {
        f.type(i < rows ? 1 : 2, i < rows ? i + 1 : i - rows + 1, LogColumns.DONE, answers.get(i));
      }
      return f.save();
    }
  }

  /** Week 1's sessions and rounds planned and done and drill rows done, as POI computes the Progress sheet. */
  static String weekOneCounts(Path log) throws Exception {
    try (LogFiller f = LogFiller.open(log)) {
      FormulaEvaluator ev = f.wb.getCreationHelper().createFormulaEvaluator();
      Row week1 = f.wb.getSheet(LogColumns.PROGRESS_SHEET).getRow(1);
      List<String> counts = new ArrayList<>();
      for (int c = 2; c <= 6; c++) counts.add(String.valueOf((long) ev.evaluate(week1.getCell(c)).getNumberValue()));
      return String.join(",", counts);
    }
  }

  /**
   * Found in review: the Progress sheet counted only "yes" in the Done column, while the reader
   * takes ticks and other words for done as well: a client who ticked ✓ saw no round completed
   * on their Progress sheet, yet next month's block took those rounds as done.
   */
  @Test
  void progressCountsEveryAnswerTheReaderTakesForDone() throws Exception {
    filled(p, dir);
    assertThat(weekOneCounts(dir.resolve("log.xlsx"))).isEqualTo(WEEK_1_COUNTS);
    Diagnostics d = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(d.all()).isEmpty();
    List<LogEntry> week1 = log.entries().stream().filter(e -> e.week() == 1).toList();
    assertThat(week1.stream().filter(e -> Boolean.TRUE.equals(e.done()))).hasSize(46);
    assertThat(log.entries().stream().filter(e -> Boolean.FALSE.equals(e.done())))
        .hasSize(LogColumns.NOT_DONE_ANSWERS.size());
  }

  /**
   * Session 1 of week 1 (2 rounds of 8 drills) done as a client types it on a phone: ticks from the
   * emoji keyboard (with the mark U+FE0F that asks for the picture, or U+FE0E for the text form),
   * and words ending in a full stop or exclamation marks. Then, on session 2, what is not done:
   * "no.", "skip!", and a "*" and "y|x" that a wildcard or a careless search would find among the
   * answers, and a "yes?".
   */
  static final List<String> PHONE_DONE = List.of("\u2714\uFE0F", "\u2611\uFE0F", "\u2714\uFE0E", "\u2705\uFE0F",
      "\u2713\uFE0F", " \u2714\uFE0F ", "Done!", "yes.", "Yes!!", "OK.", "x.", "o.k.", "DONE!!!", "y!", "Ja.", "true.");
  static final List<String> PHONE_NOT_DONE = List.of("no.", "skip!", "*", "y|x", "yes?", "\uD83D\uDC4E");
  /**
   * Round 1 of session 3 done with a thumbs-up, as a client types it on a phone: in each skin tone,
   * with the mark for the emoji picture, with spaces around.
   */
  static final List<String> THUMBS_UP = List.of("\uD83D\uDC4D", "\uD83D\uDC4D\uD83C\uDFFB", "\uD83D\uDC4D\uD83C\uDFFC",
      "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC4D\uD83C\uDFFE", "\uD83D\uDC4D\uD83C\uDFFF", "\uD83D\uDC4D\uFE0F",
      " \uD83D\uDC4D\uD83C\uDFFD ");
  /**
   * Round 2 of session 3 done with an answer and a line break, as Alt+Enter types it (a Windows
   * copy brings {@code \r\n}), or before it, or a lone {@code \r} of an old Mac.
   */
  static final List<String> LINE_BREAKS =
      List.of("yes\n", "yes\r\n", "Done\n\n", "\nyes", "\u2714\n", " yes \r\n ", "ok.\n", "x\r");
  /**
   * Round 2 of session 2 done with an answer and a tab, as a copy from another table or a form
   * brings it, before or after it, alone or with spaces. POI's TRIM takes tabs off as Java's does,
   * so only LibreOffice's count (LibreOfficeRoundTripTest) shows one the formula leaves: TRIM in
   * Excel, LibreOffice and Google Sheets takes off spaces only. Not a tab and a line break in one
   * cell: LibreOffice's formulas see such a tab as CHAR(1), not CHAR(9).
   */
  static final List<String> TABS =
      List.of("yes\t", "\tyes", "Done\t\t", " \tx", "\u2714\t", "ok.\t", "yes\t ", "\t y \t");
  /**
   * The week 1 row of the Progress sheet once it holds {@link #PHONE_DONE}, {@link #THUMBS_UP},
   * {@link #LINE_BREAKS} and {@link #TABS}: sessions 1 and 3 and round 2 of session 2, 5 rounds, 40 rows.
   */
  static final String PHONE_COUNTS = "3,2,6,5,40";

  static Path filledOnAPhone(Program p, Path folder) throws Exception {
    try (LogFiller f = LogFiller.fresh(p, folder)) {
      for (int i = 0; i < PHONE_DONE.size(); i++) f.type(1, i + 1, LogColumns.DONE, PHONE_DONE.get(i));
      for (int i = 0; i < PHONE_NOT_DONE.size(); i++) f.type(1, i + 17, LogColumns.DONE, PHONE_NOT_DONE.get(i));
      for (int i = 0; i < THUMBS_UP.size(); i++) f.type(1, i + 33, LogColumns.DONE, THUMBS_UP.get(i));
      for (int i = 0; i < LINE_BREAKS.size(); i++) f.type(1, i + 41, LogColumns.DONE, LINE_BREAKS.get(i));
      for (int i = 0; i < TABS.size(); i++) f.type(1, i + 25, LogColumns.DONE, TABS.get(i));
      return f.save();
    }
  }

  /**
   * Found in review: a tick from a phone's emoji keyboard ("✔️"), "Done!" or "yes." counted as
   * done for next month's run but not on the Progress sheet. Both now take the same answers: the
   * formula, computed by POI, against the reader. A thumbs-up, which real clients type on a phone
   * for done, counted nowhere; it is done in both now, a thumbs-down is left to the trainer.
   * Then: "yes" and a line break (Alt+Enter) was done for the reader, not on the Progress sheet; and
   * then "yes" and a tab.
   */
  @Test
  void progressCountsWhatAPhoneTypesForDoneAsTheReaderDoes() throws Exception {
    filledOnAPhone(p, dir);
    assertThat(weekOneCounts(dir.resolve("log.xlsx"))).isEqualTo(PHONE_COUNTS);
    Diagnostics d = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(log.entries().stream().filter(e -> Boolean.TRUE.equals(e.done()))).hasSize(40);
    assertThat(log.entries().stream().filter(e -> Boolean.FALSE.equals(e.done()))).hasSize(2);
    assertThat(d.all()).hasSize(4).allMatch(x -> x.message().startsWith("expected yes or no, got "));
  }

  /**
   * The RPE cells hold what is typed as text (so that 7/10 is not made a date), which AVERAGEIFS
   * passes over: the Progress sheet showed no average effort at all. It averages the efforts the
   * log reader reads, typed as text in any of its ways, a number cell among them; what the
   * reader does not read as an effort ("hard", 11) counts no more there.
   */
  @Test
  void progressAveragesTheEffortTypedAsText() throws Exception {
    List<Object> efforts = List.of("7", " 8 ", "RPE 6", "9/10", 5, "hard", "11");
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      for (int i = 0; i < efforts.size(); i++) f.type(1, i + 1, LogColumns.RPE, efforts.get(i));
      f.save();
    }
    try (LogFiller f = LogFiller.open(dir.resolve("log.xlsx"))) {
      FormulaEvaluator ev = f.wb.getCreationHelper().createFormulaEvaluator();
      var progress = f.wb.getSheet(LogColumns.PROGRESS_SHEET);
      assertThat(ev.evaluate(progress.getRow(1).getCell(7)).getNumberValue()).isEqualTo(7.0);
      assertThat(ev.evaluate(progress.getRow(5).getCell(7)).getNumberValue()).isEqualTo(7.0);
    }
    BlockLog log = LogReader.read(dir, p, new Diagnostics()).orElseThrow();
    assertThat(log.entries().stream().filter(e -> e.rpe() != null).map(LogEntry::rpe))
        .containsExactly(7, 8, 6, 9, 5);
  }
}
