package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-two run ends by saying what came back of the last block's logs and what they decided
 * for the drills, on the console and at the head of the report, and the merge of a month's shards
 * says the same; the first month says nothing of logs.
 */
class ReturnedLogsRunTest {
  @TempDir Path tmp;

  @BeforeEach
  void samplesPresent() throws IOException {
    MonthlyRunTest.firstSampleClients(tmp.resolve("roster.csv"), 6);
  }

  /** What January's run prints, with {@code args}, from the test's roster into {@code out}; exit 0. */
  private String january(Path out, String... args) {
    return generate(out, "2027-01", args);
  }

  private String generate(Path out, String month, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("generate", "--month", month, "--roster",
        tmp.resolve("roster.csv").toString()));
    all.addAll(List.of(args));
    return run(out, all.toArray(String[]::new));
  }

  private static String run(Path out, String... args) {
    StringWriter console = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--out";
    all[args.length + 1] = out.toString();
    int exit = new Main(new PrintWriter(console), new PrintWriter(err)).run(all);
    assertThat(exit).as(console + "\n" + err).isZero();
    return console.toString();
  }

  /** The lines of {@code text} that start with {@code Logs:} or {@code Drills:}. */
  private static List<String> logLines(String text) {
    return text.lines().filter(l -> l.startsWith("Logs: ") || l.startsWith("Drills: ")).toList();
  }

  /**
   * December for the first six sample clients, then their logs: c001's comes back filled in at a
   * hard effort (RPE 9), c002's at an easy one with a note of pain on one drill, c004's is left as the
   * run wrote it (untouched), c005's is lost (no log or handout in the folder), c006's has every round
   * ticked but one drill's first.
   * c003's block runs six weeks: no new block in January, so its log is not counted.
   */
  private Path decemberWithLogsBack() throws IOException {
    Path out = tmp.resolve("out");
    String december = generate(out, "2026-12");
    assertThat(logLines(december)).as("a first month read no log").isEmpty();
    assertThat(logLines(Files.readString(out.resolve("2026-12/report.txt")))).isEmpty();
    Path dec = out.resolve("2026-12");
    FilledLogs.fill(dec.resolve("c001/log.xlsx"), 9);
    FilledLogs.fill(dec.resolve("c002/log.xlsx"));
    FilledLogs.type(dec.resolve("c002/log.xlsx"), 3, 2, 1, "foam-roll-lats", "Notes", "sharp pain in right shoulder");
    Files.delete(dec.resolve("c005/log.xlsx"));
    Files.delete(dec.resolve("c005/handout.pdf"));
    FilledLogs.tickWithOneNo(dec.resolve("c006/log.xlsx"), "seated-hip-rotation");
    return out;
  }

  @Test
  void monthTwoSaysWhatCameBackAndWhatItDecided() throws IOException {
    Path out = decemberWithLogsBack();
    String january = january(out);
    List<String> expected = List.of(
        "Logs: 3 of 5 came back filled in, 1 untouched, 1 missing",
        // c006's hip switch takes the extra step; of c001's 8 drills, the 3 with an add rule go one step
        // back for the hard effort, and the 5 with no rule are held where the last block started
        "Drills: 1 progressed, 13 as planned, 5 held, 4 eased back (1 for pain: c002; 3 for hard effort); 15"
            + " substitutes in the new blocks");
    assertThat(logLines(january)).isEqualTo(expected);
    // right under the counts of the clients, on the console and in the report
    assertThat(january).contains("0 failed; 0 errors, 1 warning (").contains(" s)\n" + expected.get(0) + "\n"
        + expected.get(1) + "\nHandouts and logs: ");
    String report = Files.readString(out.resolve("2027-01/report.txt"));
    assertThat(report).startsWith("CircuitPress report for 2027-01\n6 clients: 5 done, 0 kept a filled or changed"
        + " file, 1 skipped, 0 failed; 0 errors, 1 warning\n" + expected.get(0) + "\n" + expected.get(1) + "\n\n");
  }

  @Test
  void theMergeOfTheShardsSaysWhatTheWholeRunSays() throws IOException {
    Path out = decemberWithLogsBack();
    Path whole = tmp.resolve("whole");
    copy(out, whole);
    String single = january(whole);
    january(out, "--shard", "1/2");
    january(out, "--shard", "2/2");
    String merged = run(out, "merge-summaries", "--month", "2027-01");
    assertThat(logLines(merged)).isEqualTo(logLines(single)).hasSize(2)
        .startsWith("Logs: 3 of 5 came back filled in, 1 untouched, 1 missing");
    assertThat(merged).contains(" 1 warning\n" + String.join("\n", logLines(single)) + "\nSummary: ");
    assertThat(logLines(Files.readString(out.resolve("2027-01/report.txt"))))
        .isEqualTo(logLines(Files.readString(whole.resolve("2027-01/report.txt"))));

    // a shard file of layout 7 counted an untouched log as blank: it is merged, with no counts of the
    // logs rather than a wrong one, as a file of the layout before those counts is
    Path first = out.resolve("2027-01/summary-shard-1-of-2.csv");
    String written = Files.readString(first);
    assertThat(written).startsWith("circuitpress-shard-summary,8\n").contains(",untouched,");
    Files.writeString(first, written.replace("circuitpress-shard-summary,8\n", "circuitpress-shard-summary,7\n")
        .replace(",untouched,", ",blank,"));
    String seven = run(out, "merge-summaries", "--month", "2027-01");
    assertThat(seven).contains("merged 2 shards: 6 clients: 5 done");
    assertThat(logLines(seven)).isEmpty();
    assertThat(logLines(Files.readString(out.resolve("2027-01/report.txt")))).isEmpty();

    // nor one of the layout before (6), which has no logs lines, and no gym and trainer cells (empty here)
    // at the end of an outcome line
    Files.writeString(first, written);
    Path second = out.resolve("2027-01/summary-shard-2-of-2.csv");
    List<String> older = Files.readAllLines(second).stream().filter(l -> !l.startsWith("logs,"))
        .map(l -> l.equals("circuitpress-shard-summary,8") ? "circuitpress-shard-summary,6" : l)
        .map(l -> l.startsWith("outcome,") && l.endsWith(",,") ? l.substring(0, l.length() - 2) : l).toList();
    Files.write(second, older);
    assertThat(logLines(run(out, "merge-summaries", "--month", "2027-01"))).isEmpty();
    assertThat(logLines(Files.readString(out.resolve("2027-01/report.txt")))).isEmpty();
  }

  /**
   * Found in a gym chain's walk-through: month two said "108 blank" where one client had opened
   * their log and saved it with nothing in it, and 107 logs were still the files the run wrote,
   * never touched. Those are counted apart, whether or not the block's record let the run skip
   * opening them (c002's is deleted here).
   */
  @Test
  void aLogStillAsTheRunWroteItIsUntouchedAndOneSavedWithNothingInItIsBlank() throws IOException {
    Path out = tmp.resolve("out");
    generate(out, "2026-12");
    Path dec = out.resolve("2026-12");
    FilledLogs.saveBlank(dec.resolve("c001/log.xlsx"));
    Files.delete(dec.resolve("c002/.circuitpress-block.csv"));
    Files.delete(dec.resolve("c005/log.xlsx"));
    Files.delete(dec.resolve("c005/handout.pdf"));
    String january = january(out);
    String expected = "Logs: 0 of 5 came back filled in, 1 blank, 3 untouched, 1 missing";
    assertThat(logLines(january)).containsExactly(expected);
    assertThat(logLines(Files.readString(out.resolve("2027-01/report.txt")))).containsExactly(expected);
  }

  /**
   * Found in review of the untouched count: the Logs line said "3 untouched", but each of those
   * clients' own notes still said "log read from log.xlsx: nothing was filled in", which a trainer
   * reads as a client who opened the log and wrote nothing. Their notes now say that the log in the
   * folder is still the one the last run wrote, in the report, the summary's Detail cell and the
   * plan on screen, whether or not the block's record let the run skip opening it (c002's is
   * deleted here); c001's log, saved with nothing in it, keeps its words.
   */
  @Test
  void eachUntouchedLogsOwnNoteSaysNothingCameBackAndABlankOneThatNothingWasFilledIn() throws IOException {
    Path out = tmp.resolve("out");
    generate(out, "2026-12");
    Path dec = out.resolve("2026-12");
    FilledLogs.saveBlank(dec.resolve("c001/log.xlsx"));
    Files.delete(dec.resolve("c002/.circuitpress-block.csv"));
    january(out);
    String untouched = "log read from log.xlsx: still the one the last run wrote (nothing came back from the"
        + " client), so the block goes on as the template plans";
    String blank = "log read from log.xlsx: nothing was filled in, so the block goes on as the template plans";

    String report = Files.readString(out.resolve("2027-01/report.txt"));
    assertThat(own(report, "c001", "c002")).contains(
        "note: read the last block's log " + dec.resolve("c001/log.xlsx") + ": nothing was filled in\n",
        "(c001): " + blank);
    for (String[] id : new String[][] {{"c002", "c003"}, {"c004", "c005"}}) {
      assertThat(own(report, id[0], id[1])).as(id[0]).contains(
          "note: read the last block's log " + dec.resolve(id[0]).resolve("log.xlsx") + ": still the one the last run"
              + " wrote\n", "(" + id[0] + "): " + untouched).doesNotContain("nothing was filled in");
    }

    try (var in = Files.newInputStream(out.resolve("2027-01/summary.xlsx"));
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = wb.getSheetAt(0);
      int detail = 0;
      while (!sheet.getRow(0).getCell(detail).getStringCellValue().equals("Detail")) detail++;
      java.util.Map<String, String> cells = new java.util.HashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        cells.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r).getCell(detail).getStringCellValue());
      }
      assertThat(cells.get("c001")).startsWith(blank);
      assertThat(cells.get("c004")).startsWith(untouched).doesNotContain("read the last block's log");
    }

    assertThat(run(out, "plan", "--month", "2027-01", "--client", "c004", "--roster", tmp.resolve("roster.csv").toString()))
        .contains(untouched).doesNotContain("nothing was filled in");
  }

  /**
   * Found in review (a handout flattened by "Print to PDF"): the warning at the top of the report
   * said its boxes could not be read, but the client's own lines then said "nothing was filled in"
   * and the Logs line counted it blank, as if the client had written nothing. So did a handout with
   * only pen marks on it. Both now say what happened and what to do, and are counted apart.
   */
  @Test
  void aFlattenedOrHandwrittenHandoutIsNotSaidToHaveNothingFilledIn() throws IOException {
    Path out = tmp.resolve("out");
    generate(out, "2026-12");
    Path dec = out.resolve("2026-12");
    // read whole before saving over the file PDFBox would otherwise still be reading from
    try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(dec.resolve("c001/handout.pdf")))) {
      doc.getDocumentCatalog().getAcroForm().flatten();
      doc.save(dec.resolve("c001/handout.pdf").toFile());
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(dec.resolve("c002/handout.pdf")))) {
      var pen = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk();
      pen.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100, 40, 10));
      doc.getPage(3).getAnnotations().add(pen);
      doc.save(dec.resolve("c002/handout.pdf").toFile());
    }
    String january = january(out);
    String expected = "Logs: 0 of 5 came back filled in, 2 flattened or handwritten, 3 untouched";
    assertThat(logLines(january)).containsExactly(expected);
    String report = Files.readString(out.resolve("2027-01/report.txt"));
    assertThat(logLines(report)).containsExactly(expected);
    assertThat(own(report, "c001", "c002")).contains("note: read the last block's log " + dec.resolve("c001/log.xlsx")
        + ": handout.pdf came back without its boxes (printed to PDF, flattened or scanned), so what the client wrote"
        + " on it cannot be read; type what the client wrote into log.xlsx and run the month again\n",
        "(c001): log read from log.xlsx: handout.pdf came back without its boxes (printed to PDF, flattened or"
        + " scanned), so what the client wrote on it cannot be read; type what the client wrote into log.xlsx and run"
        + " the month again (until then the block goes on as the template plans)")
        .doesNotContain("nothing was filled in");
    assertThat(own(report, "c002", "c003")).contains("(c002): log read from log.xlsx: handout.pdf came back with"
        + " marks drawn with a pen and nothing typed in its boxes, and handwriting cannot be read; type what the client"
        + " wrote into log.xlsx and run the month again").doesNotContain("nothing was filled in");
  }

  /** {@code report}'s lines of client {@code id}, up to those of {@code next}. */
  private static String own(String report, String id, String next) {
    return report.substring(report.indexOf("\n" + id + "  "), report.indexOf("\n" + next + "  "));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
