package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found when the sample library began to mark deep hip drills {@code hip}: "tight hips" on an
 * intermediate client of the hip-mobility template is read as the hip, and three of the eight drills
 * went to substitutes, the work the client came for, with a warning that named none of them. The
 * warning at the cell now says which drills the reading left out of that client's program.
 */
class TightLimitationCostTest {
  @TempDir Path tmp;

  private static String row(String id, String limitations) {
    return id + ",Zoe Martin,hip-mobility,2026-12-01,intermediate,,,foam roller; band light/medium/heavy," + limitations
        + ",,kg,A4,,";
  }

  private static final String READ_AS = " is read as \"hip\", the contraindication of the library for the same or a"
      + " related condition or part of the body; write the library's word to be sure";
  private static final String TIGHT = ". Tightness and stiffness are what mobility drills work on: if there is no"
      + " pain or injury, write it in notes, where it leaves every drill in";

  @Test
  void theWarningOnALimitationReadByARelatedWordNamesTheDrillsItLeftOut() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(tmp, out, List.of(), row("t1", "tight hips"), row("t2", "hip bursitis"),
        row("t3", "hip; tight hips"), row("t4", "stiff upper back"));
    assertThat(r.exitCode()).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    for (String text : List.of(out.toString(), report)) {
      assertThat(text.lines()).as(text).filteredOn(l -> l.contains("(limitations)")).containsExactly(
          "roster.csv: I2 (limitations): warning: the limitation \"tight hips\"" + READ_AS + ". For this client it"
              + " leaves out 3 drills: Child's pose breathing, 90/90 hip switch and Adductor rock-back" + TIGHT,
          // each client's own: without the limitation, this one would have had another breathing drill
          "roster.csv: I3 (limitations): warning: the limitation \"hip bursitis\"" + READ_AS + ". For this client it"
              + " leaves out 2 drills: 90/90 hip switch and Adductor rock-back",
          // "hip" itself leaves those drills out: the related word costs nothing more
          "roster.csv: I4 (limitations): warning: the limitation \"tight hips\"" + READ_AS + TIGHT,
          "roster.csv: I5 (limitations): warning: the limitation \"stiff upper back\" is not a contraindication of"
              + " any exercise, so it changes nothing: no drill is left out for it. Tightness and stiffness are what"
              + " mobility drills work on: if there is no pain or injury, write it in notes instead; if there is,"
              + " write one of the library's contraindications (hip, knee, low back, neck, osteoporosis, overhead,"
              + " pregnancy, rotation, shoulder, wrist), or name the drills in exclude");
    }
  }

  /** A roster-wide word stays one line for the rows after the first five; each client's own copy names their drills. */
  @Test
  void aRosterWideWordIsStillCountedInOneLine() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 9; i++) rows.add(row("t" + i, "tight hips"));
    StringWriter out = new StringWriter();
    RealRun.run(tmp, out, List.of(), rows.toArray(String[]::new));
    List<String> console = out.toString().lines().filter(l -> l.contains("(limitations)")).toList();
    assertThat(console).as(out.toString()).hasSize(6);
    assertThat(console.subList(0, 5)).allMatch(l -> l.contains(". For this client it leaves out "));
    assertThat(console.get(5)).startsWith("roster.csv: I7 (limitations): warning: the same again on 4 more rows");
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    assertThat(report).contains("roster.csv: I10 (limitations): warning: the limitation \"tight hips\"" + READ_AS
        + ". For this client it leaves out ");
  }

  /**
   * Only a client's own shard plans them, so only it knows what the reading left out: the merge
   * takes each such warning from that shard, as one run of the whole roster says it.
   */
  @Test
  void theMergeOfShardsNamesTheDrillsAsTheWholeRunDoes() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) rows.add(row("t" + i, i % 2 == 0 ? "tight hips" : "hip bursitis; stiff neck"));
    RealRun.roster(tmp, rows.toArray(String[]::new));
    StringWriter out = new StringWriter();
    RealRun.run(out, RealRun.options(tmp).withOut(tmp.resolve("whole")));
    for (int k = 1; k <= 3; k++) RealRun.run(out, RealRun.options(tmp).withOut(tmp.resolve("sharded")).withShard(new Shard(k, 3)));
    new Run(Stages.standard(), RealRun.screen(out), OutputSink.FILES).merge(tmp.resolve("sharded"), null);

    String report = Files.readString(tmp.resolve("whole/2026-12/report.txt"));
    assertThat(report.lines().filter(l -> l.contains(". For this client it leaves out "))).as(report).hasSize(8);
    assertThat(Files.mismatch(tmp.resolve("sharded/2026-12/report.txt"), tmp.resolve("whole/2026-12/report.txt")))
        .isEqualTo(-1);
  }

  /** A trainer checking one client with {@code plan} sees the same warning as the run gives. */
  @Test
  void planNamesTheDrillsAsTheRunDoes() throws IOException {
    RealRun.roster(tmp, row("t1", "tight hips"), row("t2", "hip bursitis"));
    StringWriter out = new StringWriter();
    new Plans(Stages.standard(), RealRun.screen(out), OutputSink.FILES).print(RealRun.options(tmp), "t1", false, null);
    assertThat(out.toString()).contains("roster.csv: I2 (limitations): warning: the limitation \"tight hips\"" + READ_AS
        + ". For this client it leaves out 3 drills: Child's pose breathing, 90/90 hip switch and Adductor rock-back"
        + TIGHT);
  }
}
