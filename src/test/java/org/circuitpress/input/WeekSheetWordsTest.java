package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a week sheet is protected without a password, but Google Sheets, Numbers and
 * LibreOffice (after one click on "unprotect") let a client type anywhere on it. Words above its
 * header row ("felt strong this week") and in rows under the table were read by nobody: not
 * listed, not read for pain, not exported, and a log with nothing else in it was replaced when
 * the month was run again. They are the client's notes now, at their cells, as on Start here.
 */
class WeekSheetWordsTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();
  final Diagnostics d = new Diagnostics();

  List<String> messages() {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  String at(String cell, String header) {
    return dir.resolve("log.xlsx") + ": Week 1!" + cell + " (" + header + "): warning: ";
  }

  /**
   * Found in review: a client who typed over a printed cell of a drill's row ("did 6" over the
   * target, the drill they did instead over the drill's name) was read as if the row said what was
   * printed, and what they typed was passed over in silence. It is kept as their note on the drill
   * now, and a warning at the cell says what was printed and what they typed.
   */
  @Test
  void aPrintedCellTypedOverIsTheClientsNoteAndAWarningSaysWhatWasPrintedAndWhatWasTyped() throws IOException {
    var lats = p.weeks().get(0).circuit().stream().filter(x -> x.exercise().id().equals("roll-lats")).findFirst()
        .orElseThrow();
    int target;
    int name;
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      target = f.row(1, 1, 1, "roll-lats");
      f.type(1, target, LogColumns.TARGET, "did 20, knee hurt");
      name = f.row(1, 2, 1, "roll-lats");
      f.type(1, name, LogColumns.EXERCISE, "Foam roll calves");
      f.save();
    }

    BlockLog log = LogReader.read(dir, p, d).orElseThrow();

    String printed = String.valueOf(lats.dose().amount());
    assertThat(messages()).containsExactly(
        at("G" + (target + 1), "Target") + "the client typed \"did 20, knee hurt\" over the printed target \"" + printed
            + "\"; the row is read as printed (Foam roll lats), and what they typed is kept as their note. Ask them"
            + " which is right",
        at("F" + (name + 1), "Exercise") + "the client typed \"Foam roll calves\" over the printed drill \"Foam roll"
            + " lats\"; the row is read as printed (Foam roll lats), and what they typed is kept as their note. Ask"
            + " them which is right");
    assertThat(LogReaderXlsxTest.entry(log, 1, 1, 1, "roll-lats").noted()).extracting(LogNote::said)
        .containsExactly("typed over the printed target " + printed + ": did 20, knee hurt");
    assertThat(LogReaderXlsxTest.entry(log, 1, 2, 1, "roll-lats").notes())
        .isEqualTo("typed over the printed drill Foam roll lats: Foam roll calves");
    assertThat(log.isEmpty()).isFalse();
    assertThat(LogReader.hasEntries(dir.resolve("log.xlsx"))).as("a run must keep it").isTrue();
  }

  /**
   * Found in review: words typed into a printed cell left empty (a tempo on a drill that has none)
   * were kept as "typed over the printed tempo: slow", though nothing was printed there.
   */
  @Test
  void wordsTypedInAnEmptyPrintedCellAreNotSaidToBeTypedOverAPrintedOne() throws IOException {
    assertThat(p.weeks().get(0).circuit().stream().filter(x -> x.exercise().id().equals("roll-lats")))
        .allMatch(x -> x.tempo() == null || x.tempo().isEmpty());
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.type(1, f.row(1, 1, 1, "roll-lats"), LogColumns.TEMPO, "slow").save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(LogReaderXlsxTest.entry(log, 1, 1, 1, "roll-lats").noted()).extracting(LogNote::said)
        .containsExactly("typed in the empty tempo cell: slow");
    assertThat(messages()).singleElement().asString().contains("typed \"slow\" over an empty tempo cell");
  }

  @Test
  void aDrillsNameTypedOverAloneKeepsTheLogOnARerun() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.type(1, f.row(1, 2, 1, "roll-lats"), LogColumns.EXERCISE, "Foam roll calves").save();
    }
    assertThat(LogReader.hasEntries(dir.resolve("log.xlsx"))).isTrue();
  }

  /**
   * A printed cell that every row of its drill holds alike is what was printed, even where the
   * block it is read against prints it otherwise: a block worked out again from today's files (its
   * record gone, a tempo edited since) is no reason to call the log's own text the client's.
   */
  @Test
  void aCellEveryRowOfItsDrillHoldsAlikeIsPrintedNotTyped() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      for (int session = 1; session <= p.weeks().get(0).sessions(); session++) {
        for (int round = 1; round <= p.weeks().get(0).rounds(); round++) {
          f.type(1, f.row(1, session, round, "roll-lats"), LogColumns.TEMPO, "4-0-4-0");
        }
      }
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(d.all()).isEmpty();
    assertThat(log.isEmpty()).isTrue();
    assertThat(LogReader.hasEntries(dir.resolve("log.xlsx"))).isFalse();
  }

  /**
   * Found in review: a drill's name comes from today's library even where the block's record is
   * kept, so after the trainer corrected a drill's name in the library, a client with one session
   * and one round a week (one row of each drill on each week sheet) was said to have typed the old
   * name over the new one on every week sheet, a warning and a note for each. A name every week
   * sheet's rows of the drill hold alike is the name printed.
   */
  @Test
  void aDrillsOldNameOnItsOneRowOfEveryWeekIsPrintedNotTyped() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      for (int week = 1; week <= p.weeks().size(); week++) {
        Sheet s = f.wb.getSheet(org.circuitpress.model.LogColumns.weekSheet(week));
        int first = f.row(week, 1, 1, "roll-lats");
        int id = LogFiller.column(s, LogColumns.DRILL_ID);
        for (org.apache.poi.ss.usermodel.Row r : List.copyOf(toList(s))) {
          var cell = r.getCell(id);
          if (r.getRowNum() != first && cell != null && "roll-lats".equals(cell.getStringCellValue())) s.removeRow(r);
        }
        f.type(week, first, LogColumns.EXERCISE, "Foam roller lats");
      }
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(log.entries()).allMatch(e -> e.noted().isEmpty());
  }

  private static List<org.apache.poi.ss.usermodel.Row> toList(Sheet s) {
    List<org.apache.poi.ss.usermodel.Row> rows = new java.util.ArrayList<>();
    s.forEach(rows::add);
    return rows;
  }

  @Test
  void wordsAboveTheHeaderRowAndUnderTheTableAreTheClientsNotesAtTheirCells() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      Sheet week2 = f.wb.getSheet("Week 2");
      int last = week2.getLastRowNum();
      f.typeOn("Week 2", last + 2, 0, "knee hurt on the last day");
      f.typeOn("Week 2", last + 3, LogFiller.column(week2, LogColumns.NOTES), "missed Friday: sick");
      Sheet week1 = f.wb.getSheet("Week 1");
      week1.shiftRows(0, week1.getLastRowNum(), 2);
      f.typeOn("Week 1", 0, 0, "felt strong this week");
      f.typeOn("Week 1", 1, 4, "missed Tuesday: sick");
      f.save();
    }
    int under = p.weeks().get(1).sessions() * p.weeks().get(1).rounds() * p.weeks().get(1).circuit().size() + 3;

    BlockLog log = LogReader.read(dir, p, d).orElseThrow();

    assertThat(log.outside()).extracting(BlockLog::outsideWhere, LogNote::text).containsExactly(
        tuple("log.xlsx, sheet \"Week 1\", A1", "felt strong this week"),
        tuple("log.xlsx, sheet \"Week 1\", E2", "missed Tuesday: sick"),
        tuple("log.xlsx, sheet \"Week 2\", A" + under, "knee hurt on the last day"),
        tuple("log.xlsx, sheet \"Week 2\", Q" + (under + 1), "missed Friday: sick"));
    assertThat(log.isEmpty()).as("words in no drill's row log no round").isTrue();
    assertThat(LogReader.hasEntries(dir.resolve("log.xlsx"))).as("a run must keep it").isTrue();
  }

  @Test
  void wordsAboveTheHeaderRowAloneKeepTheLogOnARerun() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      Sheet week3 = f.wb.getSheet("Week 3");
      week3.shiftRows(0, week3.getLastRowNum(), 1);
      f.typeOn("Week 3", 0, 2, "on holiday, did what I could");
      f.save();
    }
    assertThat(LogReader.hasEntries(dir.resolve("log.xlsx"))).isTrue();
  }

  /** Whatever the client's paper and units, a log as CircuitPress wrote it holds no word of the client's on its week sheets. */
  @Test
  void aFreshLogHasNoWordsInNoRow() throws IOException {
    Program lb = Fixtures.program(Fixtures.client("jose-h", "Jos\u00e9 H", org.circuitpress.model.Paper.LETTER,
        org.circuitpress.model.Units.LB));
    for (Program each : List.of(p, lb)) {
      Path folder = dir.resolve(each.client().id());
      LogFiller.fresh(each, folder).close();
      BlockLog log = LogReader.read(folder, each, d).orElseThrow();
      assertThat(log.outside()).isEmpty();
      assertThat(log.entries()).allMatch(e -> e.noted().isEmpty());
      assertThat(LogReader.hasEntries(folder.resolve("log.xlsx"))).as("a run may replace it").isFalse();
    }
    assertThat(d.all()).isEmpty();
  }
}
