package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitpress.input.LogReaderXlsxTest.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long note typed into the log's Notes cell shows whole: the cell wraps it, the row grows to
 * its lines, and a printout holds all of it. It was cut at the column's edge (18 characters),
 * on screen and on paper, though the cell kept it whole. Runs only where {@code soffice} and
 * {@code pdftotext} are on the PATH; CI installs them.
 */
class LibreOfficeNotesTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();

  static final String NOTE = "left knee sore on the second round, did the easier version, felt better after";

  @BeforeAll
  static void needsLibreOfficeAndPoppler() {
    assumeTrue(LibreOffice.available() && onPath("pdftotext"), "soffice or pdftotext is not on the PATH");
  }

  @Test
  void aLongNoteTypedInLibreOfficeGrowsItsRowAndPrintsWhole() throws Exception {
    Path folder = dir.resolve("log");
    int lats;
    int windmill;
    String notes;
    try (LogFiller f = LogFiller.fresh(p, folder)) {
      lats = f.row(1, 1, 1, "roll-lats");
      windmill = f.row(1, 2, 2, "kb-windmill");
      notes = CellReference.convertNumToColString(LogFiller.column(f.wb.getSheet(LogColumns.weekSheet(1)),
          LogColumns.NOTES));
    }
    Path typed = dir.resolve("typed.xlsx");
    String week = LogColumns.weekSheet(1);
    LibreOffice.type(folder.resolve("log.xlsx"), typed, List.of(
        new String[] {week, notes + (lats + 1), NOTE}, new String[] {week, notes + (windmill + 1), NOTE}));

    try (Workbook wb = WorkbookFactory.create(typed.toFile())) {
      Sheet s = wb.getSheet(week);
      for (int r : List.of(lats, windmill)) {
        // four lines or more of some 18 characters, where the drill's row had two (30 pt)
        assertThat(s.getRow(r).getHeightInPoints()).as("row %d", r + 1).isGreaterThan(50f);
      }
      assertThat(s.getRow(lats + 1).getHeightInPoints()).as("a row without a note").isLessThan(40f);
    }

    Path out = dir.resolve("pdf");
    Files.createDirectories(out);
    LibreOffice.convert(typed, "pdf", out);
    String printed = run("pdftotext", out.resolve("typed.pdf").toString(), "-");
    assertThat(printed.replaceAll("\\s+", " ").split(NOTE, -1)).as("the note printed whole, twice").hasSize(3);

    Path back = dir.resolve("back");
    Files.createDirectories(back);
    Files.copy(typed, back.resolve("log.xlsx"));
    Diagnostics d = new Diagnostics();
    BlockLog log = LogReader.read(back, p, d).orElseThrow();
    assertThat(entry(log, 1, 1, 1, "roll-lats").notes()).isEqualTo(NOTE);
    assertThat(entry(log, 1, 2, 2, "kb-windmill").notes()).isEqualTo(NOTE);
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(cmd[0] + " failed: " + out);
    return out;
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String d : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(d, tool))) return true;
    return false;
  }
}
