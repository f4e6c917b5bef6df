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
 * Found in review of a US roster: a warning that many rows repeat (a blank paper read as Letter, a
 * blank units read as the kit's lb, equipment no drill uses) is named on the console for the first
 * rows and counted for the rest, and only the first rows' clients were "done, with warnings" in the
 * report and the summary. Every such client is, whether their row was named or counted.
 */
class CountedRowWarningsTest {
  @TempDir Path tmp;

  /** Twelve clients in lb (read from their kit) who leave units and paper empty, on rows 2 to 13. */
  private static String[] usRoster(String equipment) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      rows.add(String.format("c%02d,Client %d,upper-back-mobility,2026-12-01,beginner,,,%s,,,,,,", i, i, equipment));
    }
    return rows.toArray(String[]::new);
  }

  private static final String PAPER = "(paper): warning: no paper size is given, and the client's loads are in lb,"
      + " as in the US, so the handout is made for Letter paper; write Letter or A4 here to be sure";

  @Test
  void everyClientOfAUsRosterWithoutPaperIsDoneWithWarningsNotOnlyTheFirstFive() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(tmp, out, List.of(), usRoster("kettlebell 18/26/35 lb; foam roller"));
    assertThat(r.exitCode()).isZero();

    // the console stays grouped: five rows named at their cell, then one line that counts the rest
    List<String> console = out.toString().lines().toList();
    assertThat(console).filteredOn(l -> l.contains("no paper size is given")).containsExactly(
        "roster.csv: L2 " + PAPER, "roster.csv: L3 " + PAPER, "roster.csv: L4 " + PAPER,
        "roster.csv: L5 " + PAPER, "roster.csv: L6 " + PAPER,
        "roster.csv: L7 (paper): warning: no paper size is given on 7 more rows (7, 8, 9, 10, 11, 12, 13)"
            + " either, and their clients' loads are in lb, so their handouts are made for Letter paper too; write"
            + " Letter or A4 there to be sure");
    assertThat(console).filteredOn(l -> l.contains("no units are given")).hasSize(6);
    // the header counts every client's warnings, and the lines they are listed in
    assertThat(console).anyMatch(l -> l.contains(": 12 clients: 12 done, ") && l.contains("; 0 errors, 24 warnings in 12"
        + " lines ("));

    // the report: every client is done with warnings, and their own row's warnings are in it
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    for (int i = 1; i <= 12; i++) {
      String id = String.format("c%02d", i);
      assertThat(report).as(id).containsPattern("(?m)^" + id + "  done-with-warnings  ");
      assertThat(report).as(id).contains("roster.csv: L" + (i + 1) + " " + PAPER, "roster.csv: K" + (i + 1)
          + " (units): warning: no units are given, and every weight in the client's equipment");
    }
    assertThat(report).contains("0 errors, 24 warnings in 12 lines\n", "Problems (12)");

    // the summary, read back: every client is done with warnings, with two warnings about their own
    // row, the first of them in the Detail cell (the other is in the report)
    List<List<String>> rows = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    assertThat(rows).hasSize(13);
    for (int i = 1; i <= 12; i++) {
      List<String> row = rows.get(i);
      assertThat(row.get(RealRun.STATUS)).as(row.get(0)).isEqualTo("done, with warnings");
      assertThat(row.get(RealRun.WARNINGS)).as(row.get(0)).isEqualTo("2");
      assertThat(row.get(RealRun.DETAIL)).as(row.get(0)).startsWith("roster.csv: K" + (i + 1) + " (units): warning:"
          + " no units are given, and every weight in the client's equipment").contains("1 more warning in report.txt");
    }
  }

  /**
   * Equipment no drill uses is one line at its first row that names the others (found in review: it
   * took two, the first row's and one that counted the rest): each of those clients has it.
   */
  @Test
  void everyClientWhoseRowRepeatsEquipmentNoDrillUsesHasTheWarning() throws IOException {
    StringWriter out = new StringWriter();
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      rows.add("c" + i + ",Client " + i + ",upper-back-mobility,2026-12-01,beginner,,,foam roller; trampoline,,,kg,A4,,");
    }
    RealRun.run(tmp, out, List.of(), rows.toArray(String[]::new));
    assertThat(out.toString().lines().filter(l -> l.contains("trampoline")).toList()).containsExactly(
        "roster.csv: H2 (equipment): warning: no exercise in the library uses \"trampoline\", so it is not read as"
            + " equipment on this row and on 3 more rows (3, 4, 5)");
    assertThat(out.toString()).contains("0 errors, 4 warnings in 1 line");
    List<List<String>> summary = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    for (int i = 1; i <= 4; i++) {
      assertThat(summary.get(i).get(RealRun.STATUS)).as("c" + i).isEqualTo("done, with warnings");
      assertThat(summary.get(i).get(RealRun.DETAIL)).as("c" + i)
          .startsWith("roster.csv: H" + (i + 1) + " (equipment): warning: no exercise in the library uses \"trampoline\"");
    }
    // a run of the first client shows its own warning at its cell, not the line about the other rows
    StringWriter one = new StringWriter();
    RealRun.run(one, RealRun.options(tmp).withClients(List.of("c1")));
    assertThat(one.toString().lines().filter(l -> l.contains("trampoline")).toList()).containsExactly(
        "roster.csv: H2 (equipment): warning: no exercise in the library uses \"trampoline\", so it is not read as"
            + " equipment");
  }

  /** A run of --clients for a client on a counted row, and the merge of shards, count it for them too. */
  @Test
  void aRunOfOneClientAndTheMergeOfShardsCountTheirRowsWarningToo() throws IOException {
    RealRun.roster(tmp, usRoster("kettlebell 18/26/35 lb"));
    StringWriter out = new StringWriter();
    RealRun.run(out, RealRun.options(tmp).withClients(List.of("c09")));
    List<List<String>> one = RealRun.summary(tmp.resolve("out/2026-12/summary-clients.xlsx"));
    assertThat(one.get(1).get(0)).isEqualTo("c09");
    assertThat(one.get(1).get(RealRun.STATUS)).isEqualTo("done, with warnings");

    Path whole = tmp.resolve("whole");
    Path sharded = tmp.resolve("sharded");
    RealRun.run(out, RealRun.options(tmp).withOut(whole));
    for (int k = 1; k <= 3; k++) RealRun.run(out, RealRun.options(tmp).withOut(sharded).withShard(new Shard(k, 3)));
    new Run(Stages.standard(), RealRun.screen(out), OutputSink.FILES).merge(sharded, null);
    for (String f : List.of("2026-12/summary.xlsx", "2026-12/report.txt")) {
      assertThat(Files.mismatch(sharded.resolve(f), whole.resolve(f))).as(f).isEqualTo(-1);
    }
    assertThat(RealRun.summary(sharded.resolve("2026-12/summary.xlsx")).subList(1, 13))
        .allSatisfy(row -> assertThat(row.get(RealRun.STATUS)).isEqualTo("done, with warnings"));
  }

  /**
   * Found in review: a run of one client whose row's warning was counted showed the line that
   * counts rows 7 to 13 (other clients, not run) and never the client's own. A run of some clients
   * shows each one's warning at their own cell, and no line about rows it did not run; so does plan.
   */
  @Test
  void aRunOfOneClientShowsTheirOwnWarningNotTheLineThatCountsOtherRows() throws IOException {
    RealRun.roster(tmp, usRoster("kettlebell 18/26/35 lb"));
    StringWriter out = new StringWriter();
    RealRun.run(out, RealRun.options(tmp).withClients(List.of("c09")));
    List<String> console = out.toString().lines().toList();
    assertThat(console).filteredOn(l -> l.contains("no paper size is given")).containsExactly("roster.csv: L10 " + PAPER);
    assertThat(console).filteredOn(l -> l.contains("no units are given")).singleElement().asString()
        .startsWith("roster.csv: K10 (units): warning: no units are given, and every weight in the client's equipment");
    assertThat(console).noneMatch(l -> l.contains("more rows"));
    assertThat(console).anyMatch(l -> l.contains("; 0 errors, 2 warnings ("));
    // and so in its report: the client's own lines, in the list of problems
    String report = Files.readString(tmp.resolve("out/2026-12/report-clients.txt"));
    assertThat(report).contains("Problems (2)\nroster.csv: K10 (units): warning: no units are given", "roster.csv: L10 " + PAPER)
        .doesNotContain("more rows");

    // a client among the first rows, named at their cell as before: still no line about the rows counted
    StringWriter second = new StringWriter();
    RealRun.run(second, RealRun.options(tmp).withClients(List.of("c02")));
    assertThat(second.toString().lines().filter(l -> l.contains("no paper size is given")).toList())
        .containsExactly("roster.csv: L3 " + PAPER);

    StringWriter plan = new StringWriter();
    new Plans(Stages.standard(), RealRun.screen(plan), OutputSink.FILES).print(RealRun.options(tmp), "c09", false);
    assertThat(plan.toString().lines().filter(l -> l.contains("no paper size is given")).toList())
        .containsExactly("roster.csv: L10 " + PAPER);
    assertThat(plan.toString()).doesNotContain("more rows");
  }

  /**
   * Found in review: a roster row left out for an error whose warning was counted had it in its
   * warning count, but the report did not list it under the row's line, as it does for a client made.
   */
  @Test
  void aRowLeftOutForAnErrorListsItsCountedWarningUnderItsLine() throws IOException {
    String[] rows = usRoster("kettlebell 18/26/35 lb");
    rows[8] = rows[8].replace("upper-back-mobility", "upper-back-mobilty");
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(tmp, out, List.of(), rows).exitCode()).isEqualTo(1);
    List<String> report = Files.readString(tmp.resolve("out/2026-12/report.txt")).lines().toList();
    int line = report.indexOf(report.stream().filter(l -> l.startsWith("c09  failed  not made (roster row 10): "))
        .findFirst().orElseThrow());
    assertThat(report.stream().skip(line + 1).limit(2)).containsExactly("  roster.csv: K10 (units): warning: no units are"
        + " given, and every weight in the client's equipment (\"kettlebell 18/26/35 lb\") is in lb, so their loads are"
        + " in lb; write lb or kg here to be sure", "  roster.csv: L10 " + PAPER);
  }
}
