package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;
import org.circuitpress.render.csv.LogExport;
import org.circuitpress.render.pdf.HandoutRenderer;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handout's notes box takes several lines: a long note, and the line breaks a tablet's return
 * key types in it (a carriage return in Acrobat, a line feed elsewhere), come back whole next
 * month, as line feeds whatever the app typed, and the export's CSV keeps each in its one cell.
 */
class HandoutNotesTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();
  final String c = p.client().id();

  static final String CR = "Left knee sore on the second round, so I did the easier version of the windmill;"
      + " felt better after.\rShort on time, skipped the last round.";
  static final String LF = "Shoulder fine.\nSlept badly, so two rounds only.\r\nWill try three next time.";
  static final String SET = "Felt strong today.\nWent up a band on the pulldown.";

  @Test
  void aNoteOnSeveralLinesIsReadWholeAndExportedInOneCell() throws IOException {
    Path file = dir.resolve("handout.pdf");
    Diagnostics d = new Diagnostics();
    try (OutputStream out = Files.newOutputStream(file)) {
      new HandoutRenderer(Branding.DEFAULT, d).render(p, out, d);
    }
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      // as a tablet stores a typed value, and as PDFBox sets one (with its appearance)
      form.getField(LogFields.session(c, 1, 1, "notes")).getCOSObject().setString(COSName.V, CR);
      form.getField(LogFields.session(c, 1, 2, "notes")).getCOSObject().setString(COSName.V, LF);
      form.getField(LogFields.session(c, 2, 1, "notes")).setValue(SET);
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(read.all()).isEmpty();
    // Found in review: a lone carriage return stayed in the export's cell, which some spreadsheets
    // show as one run-on line; every break is a line feed, as the other breaks are
    Map<String, String> notes = Map.of("1.1", CR.replace("\r", "\n"),
        "1.2", LF.replace("\r\n", "\n"), "2.1", SET);
    for (LogEntry e : log.entries()) {
      assertThat(e.notes()).as(e.toString()).isEqualTo(notes.get(e.week() + "." + e.session()));
    }
    long withNotes = log.entries().stream().filter(e -> e.notes() != null).count();
    assertThat(withNotes).as("every drill of every round of the three sessions")
        .isEqualTo(2L * slots(p.weeks().get(0)) + slots(p.weeks().get(1)));

    StringBuilder csv = new StringBuilder();
    LogExport.write(List.of(new LogExport.Logged(p, log)), csv);
    StringBuilder empty = new StringBuilder();
    LogExport.write(List.of(new LogExport.Logged(p, null)), empty);
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).as("a row each, as without notes").hasSameSizeAs(parse(empty));
    int noted = 0;
    for (CSVRecord r : rows) {
      String expected = notes.get(r.get("week") + "." + r.get("session"));
      assertThat(r.get("notes")).as(r.toString()).isEqualTo(expected == null ? "" : expected);
      r.forEach(cell -> assertThat(cell).as(r.toString()).doesNotContain("\r"));
      assertThat(r.get("exercise_id")).as(r.toString()).isNotBlank();
      if (expected != null) noted++;
    }
    assertThat(noted).isEqualTo(withNotes);
  }

  /** A session's entries: a drill in a round. */
  private static long slots(Week w) {
    return (long) w.rounds() * w.circuit().size();
  }

  private static List<CSVRecord> parse(CharSequence csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.toString())).getRecords();
  }
}
