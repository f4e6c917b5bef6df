package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitpress.input.LogReaderXlsxTest.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Load;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Circuits that repeat a drill, and loads graded by band colour rather than weight. */
class LogReaderVariantsTest {
  @TempDir Path dir;

  /** The fixture with breathing repeated at the end of the circuit and a medium band for pulldowns. */
  static Program variant() {
    Program p = Fixtures.program();
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) {
      List<PhaseBlock> blocks = new ArrayList<>();
      Prescription breathe = w.circuit().get(0);
      for (PhaseBlock b : w.phases()) {
        List<Prescription> items = new ArrayList<>();
        for (Prescription rx : b.items()) {
          items.add(rx.exercise().id().equals("band-pulldown")
              ? new Prescription(rx.slot(), rx.exercise(), rx.dose(), rx.tempo(), rx.restSeconds(),
                  new Load("band", 0, null, "medium band"), null, "")
              : rx);
        }
        if (b == w.phases().get(w.phases().size() - 1)) items.add(breathe);
        blocks.add(new PhaseBlock(b.phase(), items));
      }
      weeks.add(new Week(w.number(), w.start(), w.deload(), w.rounds(), w.sessionDates(), blocks));
    }
    return new Program(p.client(), p.template(), p.block(), null, p.start(), p.end(), weeks, List.of());
  }

  @Test
  void aRepeatedDrillIsLoggedUnderItsOwnIdInTheWorkbookAndTheHandout() throws IOException {
    Program p = variant();
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      f.type(1, f.row(1, 1, 1, "breathing-90-90"), LogColumns.ACTUAL, 10);
      f.type(1, f.row(1, 1, 1, "breathing-90-90_2"), LogColumns.ACTUAL, 6);
      f.save();
    }
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.drill("c-001", 1, 1, 2, "breathing-90-90_2", "amount"), "7");
      pdf.save(dir.resolve("handout.pdf"));
    }
    Diagnostics d = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    List<LogEntry> breaths = log.entries().stream()
        .filter(e -> e.week() == 1 && e.session() == 1 && e.exerciseId().equals("breathing-90-90")).toList();
    assertThat(breaths).extracting(LogEntry::round, LogEntry::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 10.0), org.assertj.core.groups.Tuple.tuple(1, 6.0),
            org.assertj.core.groups.Tuple.tuple(2, null), org.assertj.core.groups.Tuple.tuple(2, 7.0));
    assertThat(d.all()).map(Diagnostic::format).noneMatch(m -> m.contains("repeats") || m.contains("not part"));
  }

  /** The band used is read as its grade, as the handout prints it, not only kept in the notes. */
  @Test
  void aBandLoadIsChosenFromTheClientsBandsAndReadAsItsGrade() throws IOException {
    Program p = variant();
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int r = f.row(1, 1, 1, "band-pulldown");
      f.type(1, r, LogColumns.ACTUAL_LOAD, "heavy").type(1, r, LogColumns.NOTES, "easy");
      f.save();
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("log.xlsx"))))) {
      DataValidation bands = wb.getSheet("Week 1").getDataValidations().stream()
          .filter(v -> "Band or grade used".equals(v.getPromptBoxTitle())).findFirst().orElseThrow();
      assertThat(bands.getValidationConstraint().getExplicitListValues()).containsExactly("light", "medium", "heavy");
    }
    Diagnostics d = new Diagnostics();
    LogEntry band = entry(LogReader.read(dir, p, d).orElseThrow(), 1, 1, 1, "band-pulldown");
    assertThat(band.load()).isNull();
    assertThat(band.loadGrade()).isEqualTo("heavy band");
    assertThat(band.notes()).isEqualTo("easy");
    assertThat(d.all()).isEmpty();
  }
}
