package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shard file read back whole, and a damaged one named by file, row and cell in plain words. */
class ShardFileTest {
  @TempDir Path tmp;

  private static final Path FILE = Path.of("out/2026-12/summary-shard-1-of-3.csv");

  static String written() throws IOException {
    StringWriter w = new StringWriter();
    List<Diagnostic> inputs = List.of(Diagnostic.warning(Location.ofCell("roster.csv", null, 4, 1, "name"), "odd"));
    ShardFile.write(new ShardFile.Content(inputs, List.of(), SpoolTest.results()), w);
    return w.toString();
  }

  private static List<String> problems(String text) {
    Diagnostics d = new Diagnostics();
    assertThat(ShardFile.read(new StringReader(text), FILE, d)).isNull();
    return d.all().stream().map(Report::line).toList();
  }

  @Test
  void whatIsWrittenIsReadBackWithTheRowOfEachClient() throws IOException {
    Diagnostics d = new Diagnostics();
    ShardFile.Parsed p = ShardFile.read(new StringReader(written()), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(p.content().results()).isEqualTo(SpoolTest.results());
    assertThat(p.content().inputProblems()).hasSize(1);
    assertThat(p.rows()).hasSize(5).startsWith(3);
    assertThat(written()).startsWith(ShardFile.HEADER + "\n");
  }

  /**
   * A warning on a roster row that another line counts is its client's in the merged summary too:
   * it is written as a line of its own kind and read back as counted, and so is the line that
   * counts it, which the merged counts leave out of the warnings. A file of the layouts before
   * (4, 5), which have no such lines, is still read.
   */
  @Test
  void aCountedWarningIsReadBackCountedAndAFileOfTheLayoutBeforeIsStillRead() throws IOException {
    Diagnostic counted = Diagnostic.warning(Location.ofCell("roster.csv", null, 9, 11, "paper"), "no paper size")
        .asCounted().forClient("c08");
    Diagnostic listed = Diagnostic.warning(Location.ofCell("roster.csv", null, 2, 11, "paper"), "no paper size")
        .forClient("c01");
    Diagnostic counting = Diagnostic.warning(Location.ofCell("roster.csv", null, 9, 11, "paper"), "1 more row")
        .asCounting();
    StringWriter w = new StringWriter();
    ShardFile.write(new ShardFile.Content(List.of(listed, counted, counting), List.of(), List.of()), w);
    assertThat(w.toString()).contains("\ncounted,'-1,WARNING,roster.csv,,9,11,paper,no paper size,c08\n",
        "\ncounting,'-1,WARNING,roster.csv,,9,11,paper,1 more row,\n");
    Diagnostics d = new Diagnostics();
    assertThat(ShardFile.read(new StringReader(w.toString()), FILE, d).content().inputProblems())
        .containsExactly(listed, counted, counting);
    assertThat(d.all()).isEmpty();

    String before = "circuitpress-shard-summary,4\nproblem,'-1,WARNING,roster.csv,,2,11,paper,no paper size,c01\nend,0\n";
    assertThat(ShardFile.read(new StringReader(before), FILE, d).content().inputProblems()).containsExactly(listed);
    String five = before.replace(",4\n", ",5\n").replace("end,0", "counted,'-1,WARNING,roster.csv,,9,11,paper,no paper"
        + " size,c08\nend,0");
    assertThat(ShardFile.read(new StringReader(five), FILE, d).content().inputProblems()).containsExactly(listed, counted);
    assertThat(d.all()).isEmpty();
  }

  @Test
  void aShardWithoutClientsIsItsHeaderAndLastLineAloneAndReadsAsEmpty() throws IOException {
    StringWriter w = new StringWriter();
    ShardFile.write(new ShardFile.Content(List.of(), List.of(), List.of()), w);
    assertThat(w.toString()).isEqualTo(ShardFile.HEADER + "\nend,0\n");
    Diagnostics d = new Diagnostics();
    assertThat(ShardFile.read(new StringReader(w.toString()), FILE, d).content().results()).isEmpty();
    assertThat(d.all()).isEmpty();
  }

  @Test
  void anEmptyOrHeaderlessFileWasCutOff() throws IOException {
    assertThat(problems("")).containsExactly(FILE + ": the file is empty, but a shard summary starts with the line "
        + ShardFile.HEADER + " even when the shard has no clients: it was cut off; run its shard again");
    String headerless = written().substring(ShardFile.HEADER.length() + 1);
    assertThat(problems(headerless)).singleElement().asString()
        .startsWith(FILE + ": A1 (kind): expected the line " + ShardFile.HEADER + " that starts a shard summary, got \"problem\"");
    assertThat(problems("circuitpress-shard-summary,9\n")).singleElement().asString()
        .startsWith(FILE + ": B1 (order): expected layout version 8 (or 7, 6, 5, 4, 3 or 2), got \"9\"");
    // the layout before the last line was added
    assertThat(problems("circuitpress-shard-summary,1\n")).singleElement().asString()
        .startsWith(FILE + ": B1 (order): expected layout version 8 (or 7, 6, 5, 4, 3 or 2), got \"1\": it was written by another version");
  }

  @Test
  void aDamagedCellIsNamedByRowAndColumnWithWhatWasExpected() throws IOException {
    String[] lines = written().split("\n", -1);
    // Row 3 is the first client's outcome line.
    assertThat(lines[2]).startsWith("outcome,0,");
    lines[2] = lines[2].replaceFirst("^outcome,0,", "outcome,zz,");
    assertThat(problems(String.join("\n", lines)))
        .containsExactly(FILE + ": B3 (order): expected a whole number, got \"zz\"");

    assertThat(problems(ShardFile.HEADER + "\noutcome,0,c0,c0,N,P,-4,,,,0,0,done,,,\n"))
        .containsExactly(FILE + ": G2 (block): expected 0 or more, got -4");
    assertThat(problems(ShardFile.HEADER + "\noutcome,0,c0,c0,N,P,1,2026-13-01,,,0,0,done,,,\n"))
        .containsExactly(FILE + ": H2 (start): expected a date like 2026-12-01 or an empty cell, got \"2026-13-01\"");
    assertThat(problems(ShardFile.HEADER + "\noutcome,0,c0,,N,P,1,,,,0,0,done,,,\n"))
        .containsExactly(FILE + ": D2 (client_id): expected the client's id, got an empty cell");

    // Rows as a spreadsheet shows them: the header, an input problem and 9 records of clients (a
    // quoted name spans two lines of text but is one row).
    String beforeEnd = written().substring(0, written().indexOf("end,"));
    assertThat(problems(beforeEnd + "some line\nof garbage\n")).containsExactly(
        FILE + ": A12 (kind): expected outcome, problem, counted, counting, note, logs, left-out, paper or end, got \"some line\"",
        FILE + ": A13 (kind): expected outcome, problem, counted, counting, note, logs, left-out, paper or end, got \"of garbage\"");

    assertThat(problems(ShardFile.HEADER + "\nproblem,-1,LOUD,roster.csv,,1,0,,m,\n"))
        .containsExactly(FILE + ": C2 (severity): expected ERROR, WARNING or INFO, got \"LOUD\"");
    assertThat(problems(ShardFile.HEADER + "\nnote,4,hello\n"))
        .containsExactly(FILE + ": B2 (order): no client with the order 4 comes before this line");
  }

  @Test
  void theRosterRowsLeftOutAreWrittenAndReadBackWithTheirNameAndProgram() throws IOException {
    List<LeftOutRow> leftOut = List.of(
        new LeftOutRow(Location.ofRow("roster.xlsx", "Clients", 7), "c7", "=Bea, \"B\" Byrne", "hip-mobility"),
        new LeftOutRow(Location.ofRow("roster.csv", null, 9), "(row 9, no client_id)", "", ""));
    StringWriter w = new StringWriter();
    ShardFile.write(new ShardFile.Content(List.of(), leftOut, SpoolTest.results()), w);
    Diagnostics d = new Diagnostics();
    ShardFile.Parsed p = ShardFile.read(new StringReader(w.toString()), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(p.content().leftOut()).isEqualTo(leftOut);
    assertThat(p.content().results()).isEqualTo(SpoolTest.results());
    // a cell a spreadsheet would run as a formula is not written as one
    assertThat(w.toString()).contains("\nleft-out,roster.xlsx,Clients,7,c7,\"'=Bea, \"\"B\"\" Byrne\",hip-mobility,,\n");

    assertThat(problems(ShardFile.HEADER + "\nleft-out,roster.csv,,0,c1,Ann,p,,\nend,0\n"))
        .containsExactly(FILE + ": D2 (row): expected 1 or more, got 0");
    assertThat(problems(ShardFile.HEADER + "\nleft-out,roster.csv,,4,c1,Ann\nend,0\n"))
        .containsExactly(FILE + ": row 2: expected 9 cells in a left-out line, got 6: the line was cut off or"
            + " edited; run its shard again");
  }

  @Test
  void thePaperOfTheTrainersWorkbooksIsWrittenAndReadBackAndA4NeedsNoLine() throws IOException {
    StringWriter w = new StringWriter();
    ShardFile.write(new ShardFile.Content(List.of(), List.of(), SpoolTest.results(), Paper.LETTER), w);
    assertThat(w.toString()).startsWith(ShardFile.HEADER + "\npaper,Letter\n");
    Diagnostics d = new Diagnostics();
    assertThat(ShardFile.read(new StringReader(w.toString()), FILE, d).content().paper()).isEqualTo(Paper.LETTER);
    assertThat(d.all()).isEmpty();
    assertThat(written()).doesNotContain("paper,");
    assertThat(ShardFile.read(new StringReader(written()), FILE, d).content().paper()).isEqualTo(Paper.A4);
    assertThat(problems(ShardFile.HEADER + "\npaper,Legal\nend,0\n"))
        .containsExactly(FILE + ": B2 (paper): expected A4 or Letter, got \"Legal\": the file was edited; run its shard"
            + " again");
  }

  /**
   * A shard written before the paper had a line (layout 3) is still merged, into a summary on A4;
   * one written before rows left out had lines of their own (layout 2), without their names too.
   */
  @Test
  void shardFilesOfTheLayoutsBeforeAreStillRead() throws IOException {
    for (String version : List.of("6", "3", "2")) {
      // before layout 7 an outcome line ended at the detail, without the gym and trainer
      String older = written().replace(ShardFile.HEADER + "\n", "circuitpress-shard-summary," + version + "\n")
          .replaceAll("(,done,[^\\n]*),,\\n", "$1\n");
      Diagnostics d = new Diagnostics();
      ShardFile.Parsed p = ShardFile.read(new StringReader(older), FILE, d);
      assertThat(d.all()).isEmpty();
      assertThat(p.content().results()).isEqualTo(SpoolTest.results());
      assertThat(p.content().inputProblems()).hasSize(1);
      assertThat(p.content().leftOut()).isEmpty();
      assertThat(p.content().paper()).isEqualTo(Paper.A4);
    }
  }

  @Test
  void aFileCutOffMidLineSaysSoInsteadOfAnIndexOutOfBounds() throws IOException {
    String text = written();
    String firstOutcome = text.substring(0, text.indexOf("\noutcome,") + 1) + "outcome,0,c0,c0";
    assertThat(problems(firstOutcome)).containsExactly(
        FILE + ": row 3: expected 16 cells in an outcome line, got 4: the line was cut off or edited; run its shard again");
    // Cut inside the quoted name of a client.
    String inQuote = text.substring(0, text.indexOf("\"Zoë") + 5);
    assertThat(problems(inQuote)).singleElement().asString()
        .isEqualTo(FILE + ": row 3: the file ends inside a quoted cell: it was cut off; run its shard again");
  }

  @Test
  void aFileCutOffOrShortenedBetweenLinesIsToldByItsLastLine() throws IOException {
    String text = written();
    assertThat(text).endsWith("\nend,5\n");
    String withoutEnd = text.substring(0, text.indexOf("end,"));
    assertThat(problems(withoutEnd)).containsExactly(FILE + ": the file ends without its last line (end, then"
        + " the number of clients): it was cut off; run its shard again");
    // the header alone, as when the file was cut off right after it
    assertThat(problems(ShardFile.HEADER + "\n")).containsExactly(FILE + ": the file ends without its last line"
        + " (end, then the number of clients): it was cut off; run its shard again");

    // one client's lines taken out of the middle
    int second = text.indexOf("\noutcome,", text.indexOf("\noutcome,") + 1) + 1;
    int third = text.indexOf("\noutcome,", second) + 1;
    assertThat(problems(text.substring(0, second) + text.substring(third))).containsExactly(
        FILE + ": B9 (clients): the file says it holds 5 clients, but 4 come before this line: lines are"
            + " missing or were added; run its shard again");

    // two shard files joined into one
    assertThat(problems(text + text.substring(text.indexOf('\n') + 1))).first().asString().isEqualTo(
        FILE + ": row 13: a line after the last line (row 12, \"end\"): the file was edited or joined with another;"
            + " run its shard again");
    assertThat(problems(ShardFile.HEADER + "\nend,x\n"))
        .containsExactly(FILE + ": B2 (clients): expected a whole number, got \"x\"");
  }

  @Test
  void bytesThatAreNotUtf8AndAFolderInsteadOfAFileAreSaidPlainly() throws IOException {
    Path bad = tmp.resolve("summary-shard-1-of-1.csv");
    byte[] head = (ShardFile.HEADER + "\noutcome,0,").getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(head, head.length + 4);
    all[head.length] = (byte) 0xff;
    all[head.length + 1] = (byte) 0xfe;
    Files.write(bad, all);
    Diagnostics d = new Diagnostics();
    try (var r = Files.newBufferedReader(bad, StandardCharsets.UTF_8)) {
      assertThat(ShardFile.read(r, bad, d)).isNull();
    }
    assertThat(d.all()).singleElement().extracting(Report::line).asString()
        .isEqualTo(bad + ": it is not all UTF-8 text: the file is damaged or is not a shard summary; run its shard again");
  }

  @Test
  void namesThatOnlyLookLikeShardFilesAreLeftOutWithAWarning() throws IOException {
    for (String name : List.of("summary-shard-99999999999-of-99999999999.csv", "summary-shard-4-of-3.csv",
        "summary-shard-0-of-3.csv", "summary-shard-01-of-3.csv", "summary-shard-x.csv", "summary-shard-2-of-3.csv")) {
      Files.writeString(tmp.resolve(name), ShardFile.HEADER + "\n");
    }
    Diagnostics d = new Diagnostics();
    assertThat(ShardFile.find(tmp, d)).containsExactly(new ShardFile.Found(2, 3, tmp.resolve("summary-shard-2-of-3.csv")));
    assertThat(d.all()).hasSize(5).allMatch(x -> x.severity() == org.circuitpress.model.Severity.WARNING);
    assertThat(d.all().stream().map(Report::line).toList()).contains(
        tmp.resolve("summary-shard-99999999999-of-99999999999.csv") + ": warning: left out: shard 99999999999 of"
            + " 99999999999 is more shards than a run can make; no run writes such a file",
        tmp.resolve("summary-shard-4-of-3.csv") + ": warning: left out: there is no shard 4 of 3, a shard number goes"
            + " from 1 to the number of shards; no run writes such a file");
    assertThat(ShardFile.find(tmp)).hasSize(1);
  }

  /**
   * What came back of each client's last block is a line of its own after the client's outcome,
   * read back as written, so that the merge counts the logs as the whole run did; a file of layout 7,
   * whose "blank" took in the logs never touched, and one of the layout before logs lines (6) are
   * still read, and say that they do not count them.
   */
  @Test
  void whatCameBackOfTheLogsIsReadBackAndAFileOfTheLayoutBeforeDoesNotCountThem() throws IOException {
    List<ClientResult> rs = new java.util.ArrayList<>();
    LogCount[] logs = {LogCount.NONE, new LogCount(LogCount.Returned.FILLED, new org.circuitpress.model.DrillCounts(1, 5,
        0, 1, 0, 0)), new LogCount(LogCount.Returned.BLANK, org.circuitpress.model.DrillCounts.NONE),
        new LogCount(LogCount.Returned.UNTOUCHED, org.circuitpress.model.DrillCounts.NONE),
        new LogCount(LogCount.Returned.MISSING, org.circuitpress.model.DrillCounts.NONE)};
    List<ClientResult> plain = SpoolTest.results();
    for (int i = 0; i < plain.size(); i++) {
      ClientResult r = plain.get(i);
      rs.add(new ClientResult(r.order(), r.folder(), r.outcome(), r.problems(), r.notes(), logs[i]));
    }
    StringWriter w = new StringWriter();
    ShardFile.write(new ShardFile.Content(List.of(), List.of(), rs), w);
    String text = w.toString();
    assertThat(text).contains("\nlogs,3,filled,1,5,0,1,0,0\n", "\nlogs,6,blank,0,0,0,0,0,0\n",
        "\nlogs,9,untouched,0,0,0,0,0,0\n", "\nlogs,12,missing,0,0,0,0,0,0\n").doesNotContain("logs,0,");
    Diagnostics d = new Diagnostics();
    ShardFile.Parsed p = ShardFile.read(new StringReader(text), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(p.content().results()).isEqualTo(rs);
    assertThat(p.content().logsCounted()).isTrue();

    String seven = text.replace(ShardFile.HEADER + "\n", "circuitpress-shard-summary,7\n")
        .replace(",untouched,", ",blank,");
    ShardFile.Parsed counted = ShardFile.read(new StringReader(seven), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(counted.content().results()).hasSameSizeAs(rs);
    assertThat(counted.content().logsCounted()).isFalse();

    // layout 6 has no gym and trainer cells (empty here) at the end of an outcome line
    String six = written().replace(ShardFile.HEADER + "\n", "circuitpress-shard-summary,6\n").replace(",,\n", "\n");
    ShardFile.Parsed older = ShardFile.read(new StringReader(six), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(older.content().results()).isEqualTo(SpoolTest.results());
    assertThat(older.content().logsCounted()).isFalse();

    assertThat(problems(text.replace("logs,3,filled,", "logs,3,full,"))).containsExactly(
        FILE + ": C4 (returned): expected filled, blank, unreadable, untouched or missing, got \"full\"");
    assertThat(problems(text.replace("logs,6,blank,0,0,0,0", "logs,6,blank,0,0,3,0"))).containsExactly(
        FILE + ": D8 (progressed): a log that came back blank decided no drill, but this line counts some: the"
            + " file was edited; run its shard again");
  }
}
