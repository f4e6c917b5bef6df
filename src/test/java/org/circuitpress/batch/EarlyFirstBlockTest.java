package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a run without --month makes every client's first block in the month of the
 * earliest start date, so a client who starts in January got block 1 in output/2026-12/ and a
 * second block 1 from the January run, and the trainer could not tell which one counted. A first
 * block is made once: it is made early and said so, the run of its own month points to it and
 * makes no second one, and the run after reads its log where it was made.
 */
class EarlyFirstBlockTest {
  @TempDir Path tmp;

  /** The client who sets the first run's month, 2026-12. */
  private static final String DECEMBER =
      "c001,Zoë Martin,upper-back-mobility,2026-12-01,beginner,,,foam roller; band light/medium/heavy,,,kg,A4,,";

  private static String starter(String id, String start) {
    return id + ",Starter " + id + ",upper-back-mobility," + start + ",beginner,,,foam roller; band light/medium/heavy,,,kg,A4,,";
  }

  /** A run of {@code month} (null: without --month) of the roster in {@code tmp}; its report. */
  private String run(String month) throws IOException {
    StringWriter out = new StringWriter();
    RunOptions o = RealRun.options(tmp);
    Run.Result r = RealRun.run(out, month == null ? o : o.withMonth(YearMonth.parse(month)));
    assertThat(r.exitCode()).as(out.toString()).isZero();
    return Workspace.read(r.monthFolder().resolve("report.txt"));
  }

  private Path folder(String month, String id) {
    return tmp.resolve("out").resolve(month).resolve(id);
  }

  @Test
  void aClientWhoStartsNextMonthGetsBlockOneOnceAndItsLogDrivesTheNextBlock() throws IOException {
    RealRun.roster(tmp, DECEMBER, starter("c015", "2027-01-04"));
    Path early = folder("2026-12", "c015");
    assertThat(run(null)).contains("c015  done  c015/handout.pdf, c015/log.xlsx\n  note: block 1 starts on"
        + " 2027-01-04, after 2026-12: it was made now, early, so that you can hand it out ahead; the 2027-01 run"
        + " makes no second one, and the 2027-02 run reads its log here for the next block\n");
    FilledLogs.fill(early.resolve("log.xlsx"));
    byte[] filled = Files.readAllBytes(early.resolve("log.xlsx"));

    String january = run("2027-01");

    assertThat(folder("2027-01", "c015")).doesNotExist();
    assertThat(january).contains("c015  skipped  Starter c015 (c015): block 1 (2027-01-04 to 2027-01-31) was made"
        + " early, by the 2026-12 run, in " + early + ": the client works from that handout and log until 2027-01-31,"
        + " so no second block 1 was made; the 2027-02 run reads that log for the next block\n");
    assertThat(Files.readAllBytes(early.resolve("log.xlsx"))).isEqualTo(filled);

    assertThat(run("2027-02")).contains("note: read the last block's log " + early.resolve("log.xlsx") + "\n",
        "Starter c015 (c015): log read from log.xlsx: the log earns one extra step");
  }

  @Test
  void aStartInTheMiddleOfNextMonthOrTwoMonthsAheadKeepsItsEarlyBlockUntilItEnds() throws IOException {
    RealRun.roster(tmp, DECEMBER, starter("c016", "2027-01-20"), starter("c017", "2027-02-05"));
    run(null);
    FilledLogs.fill(folder("2026-12", "c016").resolve("log.xlsx"));
    FilledLogs.fill(folder("2026-12", "c017").resolve("log.xlsx"));

    String january = run("2027-01");
    assertThat(january).contains("c016  skipped  Starter c016 (c016): block 1 (2027-01-20 to 2027-02-16) was made"
        + " early, by the 2026-12 run, in " + folder("2026-12", "c016") + ": the client works from that handout and"
        + " log until 2027-02-16, so no second block 1 was made; the 2027-02 run reads that log for the next block\n");
    // not started yet: nothing to make, and the report says their block is there already
    assertThat(january).contains("c017  skipped  Starter c017 (c017): starts on 2027-02-05, after 2027-01: no program"
        + " this month; block 1 (2027-02-05 to 2027-03-04) was made early, by the 2026-12 run, in "
        + folder("2026-12", "c017") + ", and the 2027-02 run makes no second one\n");
    assertThat(folder("2027-01", "c016")).doesNotExist();
    assertThat(folder("2027-01", "c017")).doesNotExist();

    String february = run("2027-02");
    assertThat(february).contains("note: read the last block's log " + folder("2026-12", "c016").resolve("log.xlsx"),
        "Starter c016 (c016): log read from log.xlsx: the log earns one extra step");
    assertThat(folder("2027-02", "c016").resolve("handout.pdf")).exists();
    assertThat(february).contains("c017  skipped  Starter c017 (c017): block 1 (2027-02-05 to 2027-03-04) was made"
        + " early, by the 2026-12 run, in " + folder("2026-12", "c017") + ": the client works from that handout and"
        + " log until 2027-03-04, so no second block 1 was made; the 2027-03 run reads that log for the next block\n");
    assertThat(folder("2027-02", "c017")).doesNotExist();

    assertThat(run("2027-03")).contains("note: read the last block's log " + folder("2026-12", "c017").resolve("log.xlsx"),
        "Starter c017 (c017): log read from log.xlsx: the log earns one extra step");
  }

  @Test
  void aFirstBlockTodaysRosterWouldMakeOtherwiseIsKeptWithAWarningSayingHowToReplaceIt() throws IOException {
    RealRun.roster(tmp, DECEMBER, starter("c015", "2027-01-04"));
    run(null);
    Path early = folder("2026-12", "c015");
    byte[] handout = Files.readAllBytes(early.resolve("handout.pdf"));
    // the client bought a kettlebell after the handout was made
    RealRun.roster(tmp, DECEMBER, starter("c015", "2027-01-04").replace("heavy,", "heavy; kettlebell 8/12 kg,"));

    String january = run("2027-01");

    assertThat(folder("2027-01", "c015")).doesNotExist();
    assertThat(Files.readAllBytes(early.resolve("handout.pdf"))).isEqualTo(handout);
    assertThat(january).contains(early + ": warning: block 1 of Starter c015 (c015) was made here by the 2026-12 run,"
        + " and today's roster, library or templates make it differently; it is kept, as the client may have it"
        + " already. To give them the new one instead, move this folder out of " + early.getParent() + " (what the"
        + " client wrote in it stays there) and run 2027-01 again\n");
  }

  /** Found in review: a named pipe in the place of the early block's record held the next run up forever. */
  @Test
  void aRecordThatIsAPipeIsPassedOverNotWaitedFor() throws Exception {
    RealRun.roster(tmp, DECEMBER, starter("c015", "2027-01-04"));
    run(null);
    Path record = folder("2026-12", "c015").resolve(BlockRecord.NAME);
    Files.delete(record);
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", record.toString()).start().waitFor() == 0,
        "mkfifo makes a named pipe");

    String january = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("2027-01"));

    // without its record the early folder holds no known copy of block 1, so January makes one
    assertThat(january).contains("c015  done");
  }

  @Test
  void aFirstBlockItsOwnMonthMadeAlreadyIsNotMadeEarlyAgain() throws IOException {
    RealRun.roster(tmp, DECEMBER, starter("c015", "2027-01-04"));
    run("2027-01");
    byte[] log = Files.readAllBytes(folder("2027-01", "c015").resolve("log.xlsx"));

    String december = run(null);

    assertThat(folder("2026-12", "c015")).doesNotExist();
    assertThat(december).contains("c015  skipped  Starter c015 (c015): block 1 (2027-01-04 to 2027-01-31) was already"
        + " made by the 2027-01 run, in " + folder("2027-01", "c015") + ": the client works from that handout and log"
        + " until 2027-01-31, so no second block 1 was made; the 2027-02 run reads that log for the next block\n");
    // and January's own run goes on with its own copy, as any rerun does
    assertThat(run("2027-01")).contains("c015  done");
    assertThat(Files.readAllBytes(folder("2027-01", "c015").resolve("log.xlsx"))).isEqualTo(log);
  }

  @Test
  void theExportOfTheFirstBlocksMonthReadsItsLogWhereTheBlockWasMade() throws IOException {
    RealRun.roster(tmp, DECEMBER, starter("c015", "2027-01-04"));
    run(null);
    FilledLogs.fill(folder("2026-12", "c015").resolve("log.xlsx"));
    run("2027-01");

    StringWriter out = new StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(out), OutputSink.FILES)
        .exportLogs(RealRun.options(tmp).withMonth(YearMonth.of(2027, 1)), null);

    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("Exported 2 clients (1 with logged entries)");
    List<String> lines = Files.readAllLines(tmp.resolve("out/2027-01/log-export.csv"));
    int rpe = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("rpe");
    List<String> rows = lines.stream().filter(l -> l.startsWith("c015,")).toList();
    assertThat(rows).as("every round logged at RPE 6").isNotEmpty().allMatch(l -> l.split(",", -1)[rpe].equals("6"));
  }
}
