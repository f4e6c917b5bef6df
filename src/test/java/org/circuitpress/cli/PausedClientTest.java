package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a client who got their December block (block 1), was marked paused for January's
 * run and is active again in February got block 3 in February, "planned as if the blocks in between
 * had been done", with a warning that no log was read that spoke of a changed client id. Block 2
 * was never printed. The same happened when the trainer forgot to run January. They now pick up
 * where they stopped: block 2, from the 1st of February (their start date's day), progressed from
 * block 1's log, with their track's template for block 2, and a warning saying so.
 */
class PausedClientTest {
  @TempDir Path tmp;

  /** c001 (upper-back-mobility, from 2026-12-01) and c012 (upper-back-track, from 2026-12-15), with a status column. */
  @BeforeEach
  void roster() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("input/csv/roster.csv")), "the sample inputs are in input/");
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>(List.of(lines.get(0) + ",status"));
    for (String l : lines) if (l.startsWith("c001,") || l.startsWith("c012,")) rows.add(l + ",active");
    assertThat(rows).hasSize(3);
    Files.write(tmp.resolve("roster.csv"), rows, StandardCharsets.UTF_8);
  }

  private void status(String status) throws IOException {
    Path roster = tmp.resolve("roster.csv");
    List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8).stream()
        .map(l -> l.startsWith("client_id") ? l : l.substring(0, l.lastIndexOf(',') + 1) + status).toList();
    Files.write(roster, lines, StandardCharsets.UTF_8);
  }

  private String run(int exit, String... args) {
    String[] base = {"--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + base.length);
    System.arraycopy(base, 0, all, args.length, base.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(new Main(new PrintWriter(out), new PrintWriter(err)).run(all)).as(out + "" + err).isEqualTo(exit);
    return out + "" + err;
  }

  private String record(String month, String id) throws IOException {
    return Files.readString(tmp.resolve("out").resolve(month).resolve(id).resolve(".circuitpress-block.csv"));
  }

  private static final String TOM = "roster.csv: row 2: warning: Zoë Martin (c001): block 2 of upper-back-mobility,"
      + " the one after the block printed for December 2026 (block 1, 2026-12-01 to 2026-12-28); no block was printed"
      + " in January 2027, so block 2 starts on 2027-02-01 and goes on from where block 1 ended. To start the client"
      + " again at block 1 instead, give them a new start_date";
  private static final String TRACK = "roster.csv: row 3: warning: Olu Adeyemi (c012): block 2 of upper-back-track"
      + " (upper-back-mobility), the one after the block printed for December 2026 (block 1, 2026-12-15 to 2027-01-11);"
      + " no block was printed in January 2027, so block 2 starts on 2027-02-15";

  @Test
  void aClientPausedForJanuaryPicksUpWithBlockTwoInFebruary() throws IOException {
    run(0, "generate", "--month", "2026-12");
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    status("paused");
    run(0, "generate", "--month", "2027-01");
    assertThat(tmp.resolve("out/2027-01/c001")).doesNotExist();
    status("active");

    String february = run(0, "generate", "--month", "2027-02");
    assertThat(february).contains(TOM, TRACK).doesNotContain("client's id changed", "was not run here");
    assertThat(record("2027-02", "c001")).contains("template,upper-back-mobility\n", "block,2\ndates,2027-02-01,2027-02-28\n");
    assertThat(record("2027-02", "c012")).contains("template,upper-back-mobility\ntrack,upper-back-track\nblock,2\n"
        + "dates,2027-02-15,2027-03-14\n");
    String report = Files.readString(tmp.resolve("out/2027-02/report.txt"));
    assertThat(report).contains("\n" + TOM + "\n", "read the last block's log " + tmp.resolve("out/2026-12/c001/log.xlsx"),
        "log read from log.xlsx: the log earns one extra step");

    // the month run again writes the same bytes, and says the same
    Path folder = tmp.resolve("out/2027-02/c001");
    byte[] handout = Files.readAllBytes(folder.resolve("handout.pdf"));
    byte[] log = Files.readAllBytes(folder.resolve("log.xlsx"));
    assertThat(run(0, "generate", "--month", "2027-02")).contains(TOM);
    assertThat(Files.readAllBytes(folder.resolve("handout.pdf"))).isEqualTo(handout);
    assertThat(Files.readAllBytes(folder.resolve("log.xlsx"))).isEqualTo(log);
    assertThat(folder.resolve("log.new.xlsx")).doesNotExist();

    // plan and export-logs see the block the run made
    assertThat(run(0, "plan", "--month", "2027-02", "--client", "c001"))
        .contains("block 2", "2027-02-01 to 2027-02-28, 4 weeks").doesNotContain("differ from the program above");
    assertThat(run(0, "export-logs", "--month", "2027-02")).contains("Exported 2 clients");

    // March goes on from February's block 2, with nothing to say of it
    String march = run(0, "generate", "--month", "2027-03");
    assertThat(march).doesNotContain("the one after the block printed");
    assertThat(record("2027-03", "c001")).contains("block,3\ndates,2027-03-01,2027-03-28\n");
    assertThat(record("2027-03", "c012")).contains("template,upper-back-perform\n", "block,3\n");
  }

  /**
   * Found in review: a paused client's start date nudged by a day (or a month) while they were away
   * no longer fits their block record, so February gave block 3 (or 4) as if block 2 had been done,
   * the filled log of block 1 was not read, and only a note said so. The start date cell now warns,
   * with what the record printed, what the new date makes of it and what to do; a start date in the
   * month itself (a start again at block 1), and a client with no record, are not warned about.
   */
  @Test
  void aStartDateMovedSinceTheLastBlockWasPrintedIsWarnedAboutAtItsCell() throws IOException {
    run(0, "generate", "--month", "2026-12");
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    status("paused");
    run(0, "generate", "--month", "2027-01");
    status("active");
    startDate("c001", "2026-12-02");
    assertThat(run(0, "generate", "--month", "2027-02", "--dry-run")).contains("roster.csv: D2 (start_date): warning:"
        + " Zoë Martin (c001): the start date 2026-12-02 does not fit the latest block printed for this client, in"
        + " December 2026 (block 1, 2026-12-01 to 2026-12-28): by it, this month's block is block 3, from 2027-02-02,"
        + " dated and planned from the start date as if every block before it had been done as the template plans,"
        + " and the log of block 1 is not read. If the date was changed by mistake, put back the one block 1 was"
        + " printed from (2026-12-01) and run again; to start the client again at block 1, give them a new start_date"
        + " in February 2027, after block 1 ended");
    startDate("c001", "2026-11-01");
    assertThat(run(0, "plan", "--month", "2027-02", "--client", "c001")).contains("block 4",
        "the start date 2026-11-01 does not fit the latest block printed for this client", "this month's block is block 4");

    startDate("c001", "2027-02-03");
    assertThat(run(0, "generate", "--month", "2027-02", "--dry-run")).doesNotContain("does not fit");
    startDate("c001", "2026-12-02");
    Files.delete(tmp.resolve("out/2026-12/c001/.circuitpress-block.csv"));
    assertThat(run(0, "generate", "--month", "2027-02", "--dry-run")).doesNotContain("does not fit");
  }

  private void startDate(String id, String date) throws IOException {
    Path roster = tmp.resolve("roster.csv");
    List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8).stream().map(l -> {
      if (!l.startsWith(id + ",")) return l;
      String[] cells = l.split(",", -1);
      cells[3] = date;
      return String.join(",", cells);
    }).toList();
    Files.write(roster, lines, StandardCharsets.UTF_8);
  }

  /** A month the trainer forgot to run, for everyone: the same block 2, and the same warning. */
  @Test
  void aMonthNotRunGivesTheBlockAfterTheLastPrintedToo() throws IOException {
    run(0, "generate", "--month", "2026-12");
    String dry = run(0, "generate", "--month", "2027-02", "--dry-run");
    assertThat(dry).contains(TOM, TRACK);
    assertThat(run(0, "generate", "--month", "2027-02", "--clients", "c001")).contains(TOM).doesNotContain(TRACK);
    assertThat(record("2027-02", "c001")).contains("block,2\ndates,2027-02-01,2027-02-28\n");
    assertThat(run(0, "plan", "--month", "2027-02", "--client", "c012")).contains(TRACK, "block 2");
  }

  /** A client back after more than a year: the block after their last one, with the warning of a month far on. */
  @Test
  void aClientBackAfterAYearGetsTheNextBlockWithTheWarningToCheckTheMonth() throws IOException {
    run(0, "generate", "--month", "2026-12");
    String back = run(0, "generate", "--month", "2028-02", "--clients", "c001");
    assertThat(back).contains("roster.csv: row 2: warning: Zoë Martin (c001): 2028-02 is 14 months after the last"
        + " block made for this client (2026-12, in " + tmp.resolve("out/2026-12/c001") + "), so block 2, the one after"
        + " the block printed there, starts on 2028-02-01 and goes on from where block 1 ended. Check the month given"
        + " with --month; for a client back after a long break, a new start_date starts them again at block 1")
        .doesNotContain("no block was printed");
    assertThat(record("2028-02", "c001")).contains("block,2\ndates,2028-02-01,2028-02-28\n");
    run(0, "generate", "--month", "2028-03", "--clients", "c001");
    assertThat(record("2028-03", "c001")).contains("block,3\ndates,2028-03-01,2028-03-28\n");
  }

  /**
   * Found in review: January run late, after February's run had given block 2 (nothing of January's
   * was printed), gave block 2 again, from 2027-01-01, and said nothing: the client would be handed
   * block 2 twice, and February run again would go on from January's, as block 3.
   */
  @Test
  void aMonthRunAfterTheNextOneSaysTheBlockWasPrintedThereAlready() throws IOException {
    run(0, "generate", "--month", "2026-12");
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    assertThat(run(0, "generate", "--month", "2027-02")).contains(TOM);

    String january = run(0, "generate", "--month", "2027-01");
    assertThat(january).contains("roster.csv: row 2: warning: Zoë Martin (c001): February 2027's run, made before"
        + " this one, already printed block 2 for this client (2027-02-01 to 2027-02-28, in "
        + tmp.resolve("out/2027-02/c001") + "), so block 2 would be handed out twice. Hand them one of the two: the"
        + " months after February 2027 go on from its block, but February 2027 run again would go on from this one",
        "Olu Adeyemi (c012): February 2027's run, made before this one, already printed block 2");
    assertThat(record("2027-01", "c001")).contains("block,2\ndates,2027-01-01,2027-01-28\n");

    // March goes on from February's block 2, which the client was handed first
    FilledLogs.fill(tmp.resolve("out/2027-02/c001/log.xlsx"));
    assertThat(run(0, "generate", "--month", "2027-03")).doesNotContain("already printed block");
    assertThat(record("2027-03", "c001")).contains("block,3\ndates,2027-03-01,2027-03-28\n");
    // a month before the others run again is told nothing: its block comes before theirs
    assertThat(run(0, "generate", "--month", "2026-12")).doesNotContain("already printed block");
  }

  /**
   * Found in review: a client whose program was changed while they were away got block 2 of the new
   * program with a warning that it "goes on from where block 1 ended", though block 1's log, of the
   * other program, decides nothing of it (as the note beside it says).
   */
  @Test
  void aProgramChangedWhileAwayIsNotSaidToGoOnFromTheLastBlock() throws IOException {
    run(0, "generate", "--month", "2026-12");
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    Path roster = tmp.resolve("roster.csv");
    Files.writeString(roster, Files.readString(roster).replace("c001,Zoë Martin,upper-back-mobility,",
        "c001,Zoë Martin,hip-mobility,"));

    String february = run(0, "generate", "--month", "2027-02", "--clients", "c001");
    assertThat(february).contains("Zoë Martin (c001): block 2 of hip-mobility, the one after the block printed for"
        + " December 2026 (block 1, 2026-12-01 to 2026-12-28); no block was printed in January 2027, so block 2 starts"
        + " on 2027-02-01 and goes on as the client's new program plans, as block 1 was of another program. To start"
        + " the client again at block 1 instead, give them a new start_date")
        .doesNotContain("goes on from where block 1 ended");
    assertThat(record("2027-02", "c001")).contains("template,hip-mobility\n", "block,2\ndates,2027-02-01,");
  }
}
