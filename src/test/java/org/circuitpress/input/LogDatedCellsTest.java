package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: in a log whose white cells took typed values as dates and times (every log
 * written before they held text, filled in Excel or Google Sheets), an RPE typed as 7/10 came back
 * as 10 July or 7 October and was left empty, and 1:30 typed in a timed drill's Actual came back
 * as half past one, read without a word. The reader reads both as meant and says what the
 * spreadsheet did; another date in an RPE cell is named as one.
 */
class LogDatedCellsTest {
  @TempDir Path dir;
  private final Program p = Fixtures.program();
  private final Diagnostics d = new Diagnostics();

  /** Types a date or a time of day into a cell as a spreadsheet stores one: a serial number, formatted. */
  private static void dated(LogFiller f, int row, String header, double serial, String format) {
    f.type(1, row, header, serial);
    var sheet = f.wb.getSheet(LogColumns.weekSheet(1));
    CellStyle style = f.wb.createCellStyle();
    style.setDataFormat(f.wb.createDataFormat().getFormat(format));
    sheet.getRow(row).getCell(LogFiller.column(sheet, header)).setCellStyle(style);
  }

  private static double serial(int year, int month, int day) {
    return DateUtil.getExcelDate(LocalDate.of(year, month, day));
  }

  @Test
  void anRpeTurnedIntoADateIsReadAsTheRpeTypedAndAnyOtherDateIsNamed() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      dated(f, f.row(1, 1, 1, "roll-lats"), LogColumns.RPE, serial(2026, 7, 10), "d-mmm"); // 7/10, month first
      dated(f, f.row(1, 1, 2, "roll-lats"), LogColumns.RPE, serial(2026, 10, 7), "d-mmm"); // 7/10, day first
      dated(f, f.row(1, 2, 1, "roll-lats"), LogColumns.RPE, serial(2026, 10, 10), "d-mmm"); // 10/10
      dated(f, f.row(1, 2, 2, "roll-lats"), LogColumns.RPE, serial(2026, 5, 8), "d-mmm"); // 8.5 in German
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(List.of(lats(log, 1, 1), lats(log, 1, 2), lats(log, 2, 1), lats(log, 2, 2)))
        .map(LogEntry::rpe).containsExactly(7, 7, 10, null);
    assertThat(lines("P")).containsExactly(
        "3 (RPE): warning: read the date 10 July as RPE 7: the spreadsheet turned the 7/10 typed here into a"
            + " date",
        "11 (RPE): warning: read the date 7 October as RPE 7: the spreadsheet turned the 7/10 typed here into"
            + " a date",
        "19 (RPE): warning: read the date 10 October as RPE 10: the spreadsheet turned the 10/10 typed here"
            + " into a date",
        "27 (RPE): warning: expected an RPE from 1 to 10 like 7, got the date 8 May (the spreadsheet turned"
            + " what was typed here into a date); left empty");
  }

  /**
   * Found in review: an RPE cell formatted as text (as the log's white cells are) that a
   * spreadsheet still turned 7/10 into a date holds the date's serial number, and the warning
   * quoted 46302, which means nothing to a trainer. The serial is read as the date it stands for,
   * whether the cell holds it as a number or as text, and the message names the date.
   */
  @Test
  void aDatesSerialInATextRpeCellIsReadAsTheDateItStandsFor() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.type(1, f.row(1, 1, 1, "roll-lats"), LogColumns.RPE, serial(2026, 10, 7)); // 7/10, day first: 46302
      f.type(1, f.row(1, 1, 2, "roll-lats"), LogColumns.RPE, "46213"); // 7/10, month first, saved as text
      f.type(1, f.row(1, 2, 1, "roll-lats"), LogColumns.RPE, serial(2026, 5, 8)); // 8.5 in German
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(List.of(lats(log, 1, 1), lats(log, 1, 2), lats(log, 2, 1))).map(LogEntry::rpe)
        .containsExactly(7, 7, null);
    assertThat(lines("P")).containsExactly(
        "3 (RPE): warning: read the date 7 October as RPE 7: the spreadsheet turned the 7/10 typed here into"
            + " a date (the cell shows it as the number 46302)",
        "11 (RPE): warning: read the date 10 July as RPE 7: the spreadsheet turned the 7/10 typed here into"
            + " a date (the cell shows it as the number 46213)",
        "19 (RPE): warning: expected an RPE from 1 to 10 like 7, got the date 8 May (the spreadsheet turned"
            + " what was typed here into a date; the cell shows it as the number 46150); left empty");
  }

  @Test
  void aTimedDrillsAmountTurnedIntoATimeIsReadAsMinutesAndSeconds() throws IOException {
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      dated(f, f.row(1, 1, 1, "roll-lats"), LogColumns.ACTUAL, 1.5 / 24, "h:mm"); // 1:30
      dated(f, f.row(1, 1, 2, "roll-lats"), LogColumns.ACTUAL, 0.75 / 24, "h:mm:ss"); // 0:45, Google Sheets' format
      dated(f, f.row(1, 1, 1, "tspine-extension"), LogColumns.ACTUAL, 0.2 / 24, "h:mm"); // reps: no time
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(lats(log, 1, 1).amount()).isEqualTo(90.0);
    assertThat(lats(log, 1, 2).amount()).isEqualTo(45.0);
    assertThat(LogReaderXlsxTest.entry(log, 1, 1, 1, "tspine-extension").amount()).isNull();
    assertThat(lines("N")).containsExactly(
        "3 (Actual): warning: read 1:30 as minutes and seconds, 90 seconds: the spreadsheet had turned it into"
            + " the time of day 01:30",
        "6 (Actual): warning: expected reps, got \"00:12\"; left empty",
        "11 (Actual): warning: read 0:45 as minutes and seconds, 45 seconds: the spreadsheet had turned it into"
            + " the time of day 00:45");
  }

  private static LogEntry lats(BlockLog log, int session, int round) {
    return LogReaderXlsxTest.entry(log, 1, session, round, "roll-lats");
  }

  /** The messages, each with the file and sheet taken off, down to the column's letter. */
  private List<String> lines(String column) {
    String at = dir + "/log.xlsx: Week 1!" + column;
    return d.all().stream().map(Diagnostic::format).map(m -> m.startsWith(at) ? m.substring(at.length()) : m).toList();
  }
}
