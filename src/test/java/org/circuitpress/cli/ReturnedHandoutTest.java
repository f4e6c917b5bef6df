package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.circuitpress.model.LogFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handout filled in by an app and read back by export-logs and next month's generate: the two
 * read it alike, whatever the app stored.
 */
class ReturnedHandoutTest {
  @TempDir Path tmp;

  /** What a month looks like after the handout's note was typed with {@code br}. */
  private record Month(String export, byte[] handout, byte[] log, String report) {}

  private Month with(String br) throws IOException {
    Path dir = tmp.resolve(br.equals("\r") ? "cr" : br.equals("\n") ? "lf" : "crlf");
    String id = SampleRunTest.sampleIds().get(0);
    changedHandout(dir, form -> {
      form.getField(LogFields.session(id, 1, 1, "notes")).getCOSObject()
          .setString(COSName.V, "Felt stiff at first." + br + "Sharp pain in my left shoulder on round 2.");
      form.getField(LogFields.session(id, 1, 2, "notes")).getCOSObject()
          .setString(COSName.V, "All fine." + br + br + "Short on time.");
    });
    assertThat(run(dir, "export-logs", "--month", "2026-12")).isZero();
    assertThat(run(dir, "generate", "--month", "2027-01")).isLessThanOrEqualTo(1);
    Path jan = dir.resolve("out/2027-01").resolve(id);
    List<String> report = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/2027-01/report.txt"))) {
      // the run's own time and folders differ from one run to the next
      if (!line.matches(".*\\(\\d+(\\.\\d+)? s\\).*")) report.add(line.replace(dir.toString(), "DIR"));
    }
    return new Month(Files.readString(dir.resolve("out/2026-12/log-export.csv")),
        Files.readAllBytes(jan.resolve("handout.pdf")), Files.readAllBytes(jan.resolve("log.xlsx")),
        String.join("\n", report));
  }

  private static int run(Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--roster", dir.resolve("roster.csv").toString(), "--out", dir.resolve("out").toString()));
    return new Main(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .run(all.toArray(String[]::new));
  }

  /**
   * A handout's notes typed with a lone carriage return (Acrobat on some systems), a carriage
   * return and line feed, or a line feed are the same note: export-logs writes each with line
   * feeds, and next month's generate makes the same block and says the same of it.
   */
  @Test
  void aNotesLineBreaksAreOneKindInTheExportAndNextMonth() throws IOException {
    Month lf = with("\n");
    assertThat(lf.export()).contains("\"Felt stiff at first.\nSharp pain in my left shoulder on round 2.\"")
        .contains("\"All fine.\n\nShort on time.\"");
    assertThat(lf.report()).contains("Sharp pain in my left shoulder");
    for (String br : List.of("\r", "\r\n")) {
      Month other = with(br);
      String kind = br.equals("\r") ? "a lone carriage return" : "a carriage return and line feed";
      assertThat(other.export()).as(kind).isEqualTo(lf.export());
      assertThat(other.report()).as(kind).isEqualTo(lf.report());
      assertThat(other.handout()).as(kind).isEqualTo(lf.handout());
      assertThat(other.log()).as(kind).isEqualTo(lf.log());
    }
  }

  /**
   * A box whose value an app stored as a list instead of text was read as empty by both without a
   * word: both now warn at the box, naming the file, the field and its session and drill.
   */
  @Test
  void aValueStoredAsAListIsAWarningInTheExportAndNextMonth() throws IOException {
    Path dir = tmp.resolve("list");
    String id = SampleRunTest.sampleIds().get(0);
    String[] field = {null};
    Path handout = changedHandout(dir, form -> {
      var amount = java.util.stream.StreamSupport.stream(form.getFieldTree().spliterator(), false)
          .filter(f -> f.getFullyQualifiedName().startsWith(LogFields.part(id) + ".w1.s1.r1.")
              && f.getFullyQualifiedName().endsWith(".amount"))
          .findFirst().orElseThrow();
      field[0] = amount.getFullyQualifiedName();
      org.apache.pdfbox.cos.COSArray list = new org.apache.pdfbox.cos.COSArray();
      list.add(new org.apache.pdfbox.cos.COSString("10"));
      amount.getCOSObject().setItem(COSName.V, list);
    });
    String said = handout + ": field " + field[0] + " (week 1, session 1, round 1, ";
    String warning = "amount done): warning: the app that saved the handout stored a list of 1 value in this box"
        + " instead of text, so it cannot be read; left empty";
    assertThat(exportLogs(dir)).contains(said).contains(warning);
    run(dir, "generate", "--month", "2027-01");
    assertThat(Files.readString(dir.resolve("out/2027-01/report.txt"))).contains(said).contains(warning);
  }

  /**
   * Found in review: a round's tick box that an app saved with its own name for ticked ({@code
   * On}) instead of the handout's ({@code Yes}) was read as not ticked by both without a word.
   * Both now read it as ticked and warn at the box.
   */
  @Test
  void aTickStoredUnderAnotherNameIsTickedWithAWarningInTheExportAndNextMonth() throws IOException {
    Path dir = tmp.resolve("tick");
    String id = SampleRunTest.sampleIds().get(0);
    String box = LogFields.round(id, 1, 1, 1);
    Path handout = changedHandout(dir, form -> {
      form.getField(box).getCOSObject().setItem(COSName.V, COSName.getPDFName("On"));
      form.getField(box).getCOSObject().setItem(COSName.AS, COSName.getPDFName("On"));
    });
    String warning = handout + ": field " + box + " (week 1, session 1, round 1: round done): warning: the app that"
        + " saved the handout stored \"On\" in this tick box, whose own name for ticked is \"Yes\"; read as ticked";
    assertThat(exportLogs(dir)).contains(warning);
    List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
        .setSkipHeaderRecord(true).build().parse(new java.io.StringReader(
            Files.readString(dir.resolve("out/2026-12/log-export.csv")).replace("\uFEFF", ""))).getRecords();
    assertThat(rows).filteredOn(r -> r.get("week").equals("1") && r.get("session").equals("1"))
        .isNotEmpty()
        .allMatch(r -> r.get("done").equals(r.get("round").equals("1") ? "yes" : ""), "done in round 1 alone");
    run(dir, "generate", "--month", "2027-01");
    assertThat(Files.readString(dir.resolve("out/2027-01/report.txt"))).contains(warning);
  }

  /** December's handout of the first sample client, its form changed by {@code change} and saved. */
  private static Path changedHandout(Path dir, Consumer<PDAcroForm> change) throws IOException {
    Files.createDirectories(dir);
    MonthlyRunTest.firstSampleClients(dir.resolve("roster.csv"), 1);
    String id = SampleRunTest.sampleIds().get(0);
    assertThat(run(dir, "generate", "--month", "2026-12")).isZero();
    Path handout = dir.resolve("out/2026-12").resolve(id).resolve("handout.pdf");
    try (PDDocument doc = Loader.loadPDF(handout.toFile())) {
      change.accept(doc.getDocumentCatalog().getAcroForm(null));
      doc.save(handout.toFile());
    }
    return handout;
  }

  /** What export-logs of December says, on its console and its errors. */
  private static String exportLogs(Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = List.of("export-logs", "--month", "2026-12", "--roster", dir.resolve("roster.csv").toString(),
        "--out", dir.resolve("out").toString());
    new Main(new PrintWriter(out), new PrintWriter(err)).run(args.toArray(String[]::new));
    return out + "\n" + err;
  }
}
