package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: --month with a year typed wrong (2062-12 for 2026-12) on a roster of 300 gave
 * every client the warning that the month is a year or more after their last block, and the screen
 * filled with 50 lines of it. As a roster's repeated warnings are, the first clients' are listed,
 * one line says it for the others, naming how many and the first few, with the same advice; each
 * stays the client's own, under their line in report.txt and in their Detail cell.
 */
class FarMonthWarningsTest {
  @TempDir Path tmp;

  private static final YearMonth FAR = YearMonth.of(2028, 1);

  /** Eight clients whose December block was made (c1 to c8), and one with none made (c9), on rows 2 to 10. */
  private void roster() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      rows.add("c" + i + ",Client " + i + ",upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,,");
      if (i <= 8) Files.writeString(Files.createDirectories(tmp.resolve("out/2026-12/c" + i)).resolve("log.xlsx"), "");
    }
    RealRun.roster(tmp, rows.toArray(String[]::new));
  }

  private static String own(int i) {
    return "roster.csv: row " + (i + 1) + ": warning: Client " + i + " (c" + i + "): 2028-01 is 13 months after the"
        + " last block made for this client (2026-12, in ";
  }

  private static final String MORE = "roster.csv: row 7: warning: 2028-01 is a year or more after the last block made"
      + " for 3 more clients too (c6, c7, c8), so their blocks go on as if they had done every block between as the"
      + " template plans, with no log. Check the month given with --month; for a client back after a long break, a"
      + " new start_date starts them again at block 1";

  @Test
  void manyClientsWarningIsSaidOnceForAllButTheFirstAndStaysEachClientsOwn() throws IOException {
    roster();
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(FAR)).exitCode()).as(out.toString()).isZero();

    List<String> console = out.toString().lines().toList();
    List<String> far = console.stream().filter(l -> l.contains(" a year or more after ")
        || l.contains(" months after the last block made") || l.contains(" months after the start date")).toList();
    assertThat(far).hasSize(7);
    for (int i = 1; i <= 5; i++) assertThat(far.get(i - 1)).startsWith(own(i));
    assertThat(far.get(5)).isEqualTo(MORE);
    // the one client with no block made has the other warning, listed: no line counts one client
    assertThat(far.get(6)).startsWith("roster.csv: D10 (start_date): warning: Client 9 (c9): 2028-01 is 13 months"
        + " after the start date, 2026-12-01, and no earlier block of this client is in ");
    assertThat(console).anyMatch(l -> l.contains(": 9 clients: 9 done, ") && l.contains("; 0 errors, 9 warnings in 7"
        + " lines ("));

    String report = Files.readString(tmp.resolve("out/2028-01/report.txt"));
    assertThat(report).contains("0 errors, 9 warnings in 7 lines\n", "Problems (7)\n", "\n" + own(1), "\n" + MORE + "\n");
    List<String> lines = report.lines().toList();
    for (int i = 6; i <= 8; i++) {
      String id = "c" + i;
      int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(id + "  done-with-warnings  ")).findFirst()
          .orElseThrow());
      assertThat(lines.get(at + 1)).as(id).startsWith("  " + own(i));
      assertThat(report).as(id).doesNotContain("\n" + own(i));
    }

    List<List<String>> summary = RealRun.summary(tmp.resolve("out/2028-01/summary.xlsx"));
    for (int i = 1; i <= 9; i++) {
      assertThat(summary.get(i).get(RealRun.STATUS)).as("c" + i).isEqualTo("done, with warnings");
      assertThat(summary.get(i).get(RealRun.DETAIL)).as("c" + i).startsWith(i == 9
          ? "roster.csv: D10 (start_date): warning: 2028-01 is 13 months after the start date"
          : "roster.csv: row " + (i + 1) + ": warning: 2028-01 is 13 months after the last block made for this client");
    }
  }

  /** The merge of shards groups them as the run of the whole roster; validate and plan --all say it once too. */
  @Test
  void theMergeOfShardsValidateAndPlanGroupThemAlike() throws IOException {
    roster();
    StringWriter out = new StringWriter();
    Path whole = tmp.resolve("whole");
    Path sharded = tmp.resolve("sharded");
    for (Path p : List.of(whole, sharded)) {
      for (int i = 1; i <= 8; i++) {
        Files.writeString(Files.createDirectories(p.resolve("2026-12/c" + i)).resolve("log.xlsx"), "");
      }
    }
    RealRun.run(out, RealRun.options(tmp).withOut(whole).withMonth(FAR));
    for (int k = 1; k <= 3; k++) {
      RealRun.run(out, RealRun.options(tmp).withOut(sharded).withMonth(FAR).withShard(new Shard(k, 3)));
    }
    StringWriter merged = new StringWriter();
    new Run(Stages.standard(), RealRun.screen(merged), OutputSink.FILES).merge(sharded, null);
    String report = Files.readString(sharded.resolve("2028-01/report.txt"));
    assertThat(report.replace(sharded.toString(), whole.toString()))
        .isEqualTo(Files.readString(whole.resolve("2028-01/report.txt")));
    assertThat(merged.toString()).contains(MORE);

    StringWriter validate = new StringWriter();
    RealRun.run(validate, RealRun.options(tmp).withMonth(FAR).withFlags(true, false));
    assertThat(validate.toString()).contains(MORE).doesNotContain(own(6));

    StringWriter plan = new StringWriter();
    new Plans(Stages.standard(), RealRun.screen(plan), OutputSink.FILES).print(RealRun.options(tmp).withMonth(FAR),
        null, true);
    List<String> said = plan.toString().lines().filter(l -> l.startsWith("roster.csv: ")).toList();
    assertThat(said).filteredOn(l -> l.contains(" after the last block made")).hasSize(6).contains(MORE);
    assertThat(said).noneMatch(l -> l.startsWith(own(6)));
  }

  /**
   * A month the trainer forgot to run gives every client the block after their last one printed,
   * with a warning saying so: the first clients' are listed and one line says it for the others,
   * as the warning of a month far on is. A client whose January block was printed without a record
   * (by a version before them) is dated by today's length, as before, and is not told.
   */
  @Test
  void aMonthNotRunForManyClientsIsSaidOnceForAllButTheFirst() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) rows.add("c" + i + ",Client " + i + ",upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,,");
    RealRun.roster(tmp, rows.toArray(String[]::new));
    assertThat(RealRun.run(new StringWriter(), RealRun.options(tmp).withMonth(YearMonth.of(2026, 12))).exitCode()).isZero();
    RunOptions january = RealRun.options(tmp).withMonth(YearMonth.of(2027, 1)).withClients(List.of("c8"));
    assertThat(RealRun.run(new StringWriter(), january).exitCode()).isZero();
    Files.delete(tmp.resolve("out/2027-01/c8/" + BlockRecord.NAME));

    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, RealRun.options(tmp).withMonth(YearMonth.of(2027, 2))).exitCode()).isZero();
    List<String> said = out.toString().lines().filter(l -> l.startsWith("roster.csv: ")).toList();
    assertThat(said).hasSize(6);
    assertThat(said.get(0)).isEqualTo("roster.csv: row 2: warning: Client 1 (c1): block 2 of upper-back-mobility, the"
        + " one after the block printed for December 2026 (block 1, 2026-12-01 to 2026-12-28); no block was printed in"
        + " January 2027, so block 2 starts on 2027-02-01 and goes on from where block 1 ended. To start the client again"
        + " at block 1 instead, give them a new start_date");
    assertThat(said.get(5)).isEqualTo("roster.csv: row 7: warning: the block after the last one printed goes to 2 more"
        + " clients too (c6, c7), as no block of theirs was printed in the months between: each starts in February 2027"
        + " and goes on from where that block ended. To start a client again at block 1 instead, give them a new start_date");
    assertThat(out.toString()).contains("8 clients: 8 done, ", "; 0 errors, 7 warnings in 6 lines (");
    String report = Files.readString(tmp.resolve("out/2027-02/report.txt"));
    assertThat(report).contains("\nc7  done-with-warnings  c7/handout.pdf, c7/log.xlsx\n  roster.csv: row 8: warning:"
        + " Client 7 (c7): block 2 of upper-back-mobility, the one after");
    assertThat(Files.readString(tmp.resolve("out/2027-02/c1/" + BlockRecord.NAME))).contains("block,2\n");
    assertThat(Files.readString(tmp.resolve("out/2027-02/c8/" + BlockRecord.NAME))).contains("block,3\n");
  }
}
