package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster row left out for its errors is a row of the summary under the name and program typed
 * on it, as a done client's are: a trainer looking down the summary for who got no program sees
 * who, not an id alone. Read back from real runs' summary.xlsx.
 */
class LeftOutRowsSummaryTest {
  @TempDir Path tmp;

  private static final String KIT = ",beginner,,,foam roller,,,kg,A4,,";

  /** A good row, a row with an unreadable start date, one that also has no name, a label row. */
  private static final String[] ROSTER = {
    "c1,Ann Lee,upper-back-mobility,2026-12-01" + KIT,
    "c2,Bea Byrne,hip-mobility,someday" + KIT,
    "Online clients,,,,,,,,,,,,,",
    "c3,,upper-back-mobility,2026-13-40" + KIT,
  };

  /** Client, name, program and status of each row of a summary, the header left out. */
  private static List<List<String>> rows(Path summary) throws IOException {
    List<List<String>> all = RealRun.summary(summary);
    return all.subList(1, all.size()).stream()
        .map(r -> List.of(r.get(0), r.get(RealRun.NAME), r.get(RealRun.PROGRAM), r.get(RealRun.STATUS)))
        .toList();
  }

  private static final List<List<String>> EXPECTED = List.of(
      List.of("c1", "Ann Lee", "upper-back-mobility", "done"),
      List.of("c2", "Bea Byrne", "hip-mobility", "failed"),
      // the name cell is empty: that is one of its errors, and the program still shows
      List.of("c3", "", "upper-back-mobility", "failed"));

  @Test
  void aRowLeftOutForItsErrorsShowsItsNameAndProgramAndALabelRowIsNoRowOfTheSummary() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(tmp, out, List.of(), ROSTER);
    assertThat(r.exitCode()).as(out.toString()).isEqualTo(1);
    assertThat(rows(tmp.resolve("out/2026-12/summary.xlsx"))).isEqualTo(EXPECTED);

    // a run of the client asked for names it the same way
    RealRun.run(tmp, out, List.of("C2"), ROSTER);
    assertThat(rows(tmp.resolve("out/2026-12/summary-clients.xlsx"))).containsExactly(EXPECTED.get(1));
  }

  @Test
  void theShardsSummariesAndTheirMergeShowTheNameAndProgramOfARowLeftOut() throws IOException {
    RealRun.roster(tmp, ROSTER);
    StringWriter out = new StringWriter();
    for (int k = 1; k <= 2; k++) RealRun.run(out, RealRun.options(tmp).withShard(new Shard(k, 2)));
    Path month = tmp.resolve("out/2026-12");
    // each shard's own summary has the rows left out of its clients, named
    List<List<String>> shardRows = new java.util.ArrayList<>();
    for (int k = 1; k <= 2; k++) shardRows.addAll(rows(month.resolve("summary-shard-" + k + "-of-2.xlsx")));
    assertThat(shardRows).containsExactlyInAnyOrderElementsOf(EXPECTED);

    Run.Result merged = new Run(Stages.standard(), RealRun.screen(out), OutputSink.FILES)
        .merge(tmp.resolve("out"), YearMonth.of(2026, 12));
    assertThat(merged.exitCode()).as(out.toString()).isEqualTo(1);
    assertThat(rows(month.resolve("summary.xlsx"))).isEqualTo(EXPECTED);
  }
}
