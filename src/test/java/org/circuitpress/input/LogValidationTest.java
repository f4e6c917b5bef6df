package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitpress.input.LogReaderXlsxTest.entry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
 * What the log reader reads, the log workbook lets a client type. Found in review (a US trainer,
 * fixture tom-w): the Actual load cells of a client with bands listed without colours refused
 * anything but a number from 0 to 500, so Excel and Google Sheets refused "medium" on a band row
 * and "18 lb" or "2x26" on a kettlebell row, though the reader reads all three. Values are typed
 * as the cells store them: the white cells that hold no date keep what is typed as text, so a
 * number rule there would question every number typed, as text.
 */
class LogValidationTest {
  @TempDir Path dir;

  /** One typed value: where, and whether the reader read something from it. */
  private record Typed(int session, int round, String drill, String column, Object value) {}

  @Test
  void everyValueTheReaderReadsIsLetThroughByItsCellsValidation() throws IOException {
    Program p = Fixtures.bandsWithoutColours();
    List<Typed> typed = new ArrayList<>();
    add(typed, "band-pulldown", LogColumns.ACTUAL_LOAD, "medium", "Heavy band", "light band");
    add(typed, "kb-windmill", LogColumns.ACTUAL_LOAD, "18 lb", "2x26", "8 kg", "17.5", "2 x 26 lb");
    add(typed, "tspine-extension", LogColumns.ACTUAL, "8+2", "12 reps", "10 (hard)", "done", "skip", 12.5);
    add(typed, "sidelying-rotation", LogColumns.ACTUAL, "8/side", "10/8", "8½", "x");
    add(typed, "roll-lats", LogColumns.ACTUAL, "2 min", "30 (shaky)", "45s", "\u2713");
    add(typed, "breathing-90-90", LogColumns.DONE, "x", "\u2713", "Done", "skip", true, 1);
    add(typed, "roll-pecs", LogColumns.RPE, "RPE 7", 6.5, "7/10", 8);
    add(typed, "roll-rhomboids", LogColumns.DATE, "Tue 8 Dec", "Dec 9", "12/8", "2026-12-10");
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      XSSFSheet week = f.wb.getSheet(LogColumns.weekSheet(1));
      for (Typed t : typed) {
        int row = f.row(1, t.session(), t.round(), t.drill());
        int column = LogFiller.column(week, t.column());
        Object stored = stored(t.value(), week.getRow(row).getCell(column));
        f.type(1, row, t.column(), stored);
        // each value must pass the cell's validation as Excel applies it, and a number typed
        // where a number is the usual answer brings up no message at all
        boolean usual = t.value() instanceof Number && !t.column().equals(LogColumns.DONE);
        for (DataValidation v : week.getDataValidations()) {
          if (covers(v, row, column)) {
            assertThat(letsThrough(v, stored)).as("%s in %s of %s", t.value(), t.column(), t.drill()).isTrue();
            if (usual) {
              assertThat(v.getShowErrorBox() && breaks(v, stored)).as("a message for %s in %s of %s", t.value(),
                  t.column(), t.drill()).isFalse();
            }
          }
        }
      }
      f.save();
    }
    Diagnostics d = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(d.all()).map(Diagnostic::format).noneMatch(m -> m.contains("left empty"));
    for (Typed t : typed) {
      LogEntry e = entry(log, 1, t.session(), t.round(), t.drill());
      Object read = switch (t.column()) {
        case LogColumns.ACTUAL_LOAD -> e.load() != null ? e.load() : e.loadGrade();
        case LogColumns.ACTUAL -> e.amount() != null ? e.amount() : e.done();
        case LogColumns.DONE -> e.done();
        case LogColumns.RPE -> e.rpe();
        default -> e.date();
      };
      assertThat(read).as("%s in %s of %s", t.value(), t.column(), t.drill()).isNotNull();
    }
  }

  /** Values typed into a drill's rows of week 1, one row each: session 1 round 1, round 2, session 2 ... */
  private static void add(List<Typed> typed, String drill, String column, Object... values) {
    for (int i = 0; i < values.length; i++) typed.add(new Typed(i / 2 + 1, i % 2 + 1, drill, column, values[i]));
  }

  private static boolean covers(DataValidation v, int row, int col) {
    for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) if (a.isInRange(row, col)) return true;
    return false;
  }

  /**
   * Whether Excel keeps a typed value in a cell with this validation: always, unless the
   * validation refuses (its error is shown with the stop style) and the value breaks its rule.
   */
  private static boolean letsThrough(DataValidation v, Object value) {
    return !v.getShowErrorBox() || v.getErrorStyle() != DataValidation.ErrorStyle.STOP || !breaks(v, value);
  }

  /**
   * Whether a value stored in a cell breaks the rule of its validation. Text in a number or date
   * rule breaks it; a list takes its own entries in any capitals.
   */
  private static boolean breaks(DataValidation v, Object value) {
    DataValidationConstraint c = v.getValidationConstraint();
    String text = value instanceof Boolean b ? b.toString().toUpperCase(Locale.ROOT) : String.valueOf(value);
    boolean meets = switch (c.getValidationType()) {
      case ValidationType.ANY -> true;
      case ValidationType.LIST -> List.of(c.getExplicitListValues()).stream().anyMatch(text::equalsIgnoreCase);
      case ValidationType.INTEGER, ValidationType.DECIMAL -> value instanceof Number n
          && n.doubleValue() >= Double.parseDouble(c.getFormula1()) && n.doubleValue() <= Double.parseDouble(c.getFormula2())
          && (c.getValidationType() == ValidationType.DECIMAL || n.doubleValue() == Math.rint(n.doubleValue()));
      default -> false; // a date typed as text, which a date rule refuses
    };
    return !meets;
  }

  /**
   * What a spreadsheet stores for a value typed into a cell: in a cell formatted as text, the text
   * as typed ("8", "6.5"), a number too; a tick stays a tick (a checkbox holds TRUE or FALSE).
   */
  private static Object stored(Object value, org.apache.poi.ss.usermodel.Cell cell) {
    boolean text = "@".equals(cell.getCellStyle().getDataFormatString());
    return text && value instanceof Number n ? LogValues.show(n.doubleValue()) : value;
  }
}
