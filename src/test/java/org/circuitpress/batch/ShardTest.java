package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTest {
  @TempDir Path tmp;

  /** The fake stages with the real summary workbook, to compare merged and whole summaries byte by byte. */
  static final class RealSummary extends FakeStages {
    @Override
    public void writeSummary(Iterable<org.circuitpress.model.Outcome> rows, org.circuitpress.model.Paper paper,
        java.io.OutputStream out) throws IOException {
      Stages.standard().writeSummary(rows, paper, out);
    }
  }

  @Test
  void everyIdFallsInExactlyOneShardAndTheSplitIsStable() {
    for (int n = 1; n <= 7; n++) {
      for (int i = 0; i < 200; i++) {
        int owners = 0;
        for (int k = 1; k <= n; k++) owners += new Shard(k, n).contains("client-" + i) ? 1 : 0;
        assertThat(owners).isEqualTo(1);
      }
    }
    // Pinned so that a change of hash, which would move clients between machines, fails here: the
    // values are the first 8 bytes of SHA-256 over the UTF-8 id (sha256sum gives the same), an id
    // with a letter outside ASCII among them, and one whose hash is negative as a signed long.
    assertThat(Long.toHexString(Shard.stableHash(""))).isEqualTo("e3b0c44298fc1c14");
    assertThat(Long.toHexString(Shard.stableHash("anna-k"))).isEqualTo("1326ec66e98b6e6c");
    assertThat(Long.toHexString(Shard.stableHash("zo\u00eb"))).isEqualTo("2752b88686847fa5");
    assertThat(Long.toHexString(Shard.stableHash("client-7"))).isEqualTo("d2a753150e076f9b");
    assertThat(new Shard(5, 8).contains("anna-k")).isTrue();
    assertThat(new Shard(6, 8).contains("zo\u00eb")).isTrue();
    assertThat(new Shard(4, 8).contains("client-7")).isTrue();
    assertThat(new Shard(1, 3).contains("client-7")).as("the hash read as unsigned").isTrue();
  }

  @Test
  void parseNamesWhatIsWrong() {
    assertThat(Shard.parse("2/8")).isEqualTo(new Shard(2, 8));
    assertThatThrownBy(() -> Shard.parse("0/8")).hasMessage("the shard number must be between 1 and 8");
    assertThatThrownBy(() -> Shard.parse("9/8")).hasMessage("the shard number must be between 1 and 8");
    assertThatThrownBy(() -> Shard.parse("two")).hasMessage("expected K/N such as 2/8, got \"two\"");
  }

  @Test
  void theShardsTogetherWriteExactlyTheFilesOfTheWholeRunAndMergeIntoItsSummary() throws IOException {
    List<String> roster = new ArrayList<>();
    for (int i = 0; i < 30; i++) roster.add("c-" + i + ",Client " + i + ",2026-12-0" + (1 + i % 9));
    roster.add("bad,Bad,not-a-date");
    Workspace ws = new Workspace(tmp, roster.toArray(String[]::new));
    Path whole = tmp.resolve("whole");
    Path sharded = tmp.resolve("sharded");
    int wholeExit = ws.run(new RealSummary()).generate(ws.options().withOut(whole)).exitCode();
    for (int k = 1; k <= 3; k++) {
      ws.run(new RealSummary()).generate(ws.options().withOut(sharded).withShard(new Shard(k, 3)));
    }
    Workspace merging = new Workspace(tmp);
    Run.Result merged = merging.run(new RealSummary()).merge(sharded, null);

    assertThat(merged.exitCode()).isEqualTo(wholeExit).isEqualTo(1);
    List<String> clientFiles = Workspace.files(whole).stream().filter(f -> f.contains("/c-")).toList();
    assertThat(clientFiles).hasSize(90);
    assertThat(Workspace.files(sharded).stream().filter(f -> f.contains("/c-")).toList()).isEqualTo(clientFiles);
    for (String f : clientFiles) assertThat(Files.mismatch(whole.resolve(f), sharded.resolve(f))).isEqualTo(-1);
    for (String f : List.of("2026-12/summary.xlsx", "2026-12/report.txt")) {
      assertThat(Files.mismatch(sharded.resolve(f), whole.resolve(f))).as(f).isEqualTo(-1);
    }
    assertThat(Workspace.files(sharded.resolve("2026-12"))).contains("summary-shard-2-of-3.xlsx", "report-shard-2-of-3.txt");
  }

  /**
   * Found in review (a US trainer): summary.xlsx printed on A4 though every client was on Letter.
   * The trainer's workbooks print on the paper most of the roster's clients use, in a whole run,
   * in each shard and in their merge alike, and in a run of --clients.
   */
  @Test
  void theSummaryPrintsOnThePaperMostOfTheRostersClientsUse() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01,Letter", "b,B,2026-12-01,Letter", "c,C,2026-12-01,A4");
    Path whole = tmp.resolve("whole");
    Path sharded = tmp.resolve("sharded");
    ws.run(new RealSummary()).generate(ws.options().withOut(whole));
    for (int k = 1; k <= 2; k++) ws.run(new RealSummary()).generate(ws.options().withOut(sharded).withShard(new Shard(k, 2)));
    ws.run(new RealSummary()).generate(ws.options().withOut(whole).withClients(List.of("c")));
    new Workspace(tmp).run(new RealSummary()).merge(sharded, null);
    assertThat(paperSize(whole.resolve("2026-12/summary.xlsx"))).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
    assertThat(paperSize(whole.resolve("2026-12/summary-clients.xlsx"))).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
    assertThat(paperSize(sharded.resolve("2026-12/summary-shard-1-of-2.xlsx"))).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
    assertThat(Files.mismatch(sharded.resolve("2026-12/summary.xlsx"), whole.resolve("2026-12/summary.xlsx")))
        .isEqualTo(-1);

    // a tie is A4
    Path tie = tmp.resolve("tie");
    Workspace even = new Workspace(tmp, "a,A,2026-12-01,Letter", "c,C,2026-12-01,A4");
    even.run(new RealSummary()).generate(even.options().withOut(tie));
    assertThat(paperSize(tie.resolve("2026-12/summary.xlsx"))).isEqualTo(PrintSetup.A4_PAPERSIZE);
  }

  private static short paperSize(Path workbook) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
      return wb.getSheetAt(0).getPrintSetup().getPaperSize();
    }
  }

  @Test
  void mergeKeepsASummaryTheTrainerChangedAndRecordsItsOwn() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01");
    Path out = tmp.resolve("out");
    ws.run(new RealSummary()).generate(ws.options().withOut(out));
    Path summary = out.resolve("2026-12/summary.xlsx");
    Files.writeString(summary, "the trainer's notes");
    for (int k = 1; k <= 2; k++) ws.run(new RealSummary()).generate(ws.options().withOut(out).withShard(new Shard(k, 2)));

    new Workspace(tmp).run(new RealSummary()).merge(out, null);
    assertThat(Files.readString(out.resolve("2026-12/summary.replaced.xlsx"))).isEqualTo("the trainer's notes");
    assertThat(Files.readString(out.resolve("2026-12/report.txt"))).contains("summary.xlsx: warning: was changed"
        + " after CircuitPress wrote it, so it was kept as summary.replaced.xlsx");

    // the merged summary is the run's own: the next whole run replaces it without a copy
    Workspace again = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01");
    again.run(new RealSummary()).generate(again.options().withOut(out));
    assertThat(Workspace.files(out.resolve("2026-12"))).filteredOn(f -> f.startsWith("summary.replaced")).hasSize(1);
    assertThat(Files.readString(out.resolve("2026-12/report.txt"))).doesNotContain("summary.replaced");
  }

  /**
   * Found running a chain's roster in three shards: each shard ended on its own summary's name and
   * nothing said that the month's summary.xlsx comes only from merge-summaries, once all have ended.
   */
  @Test
  void aShardRunEndsOnTheCommandThatMergesTheShards() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01");
    Path out = tmp.resolve("Ops team/out");
    ws.run(new FakeStages()).generate(ws.options().withOut(out).withShard(new Shard(2, 3)));
    assertThat(ws.out.toString().lines()).last().isEqualTo("Shard 2 of 3: when all 3 shards have ended,"
        + " ./circuitpress merge-summaries --out \"" + out + "\" --month 2026-12 writes the month's summary.xlsx"
        + " and report.txt");

    Workspace whole = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01");
    whole.run(new FakeStages()).generate(whole.options());
    assertThat(whole.out.toString()).doesNotContain("merge-summaries");
  }

  @Test
  void mergeRefusesWhileAShardIsMissing() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01");
    ws.run(new FakeStages()).generate(ws.options().withShard(new Shard(1, 2)));
    Workspace merging = new Workspace(tmp);
    Run.Result r = merging.run(new FakeStages()).merge(tmp.resolve("out"), null);
    assertThat(r.exitCode()).as(merging.err.toString() + ws.err + Workspace.files(tmp)).isEqualTo(2);
    assertThat(merging.err.toString()).contains("missing shard 2 of 2 (summary-shard-2-of-2.csv): run that shard,"
        + " or wait until it has ended, then merge again");
    assertThat(tmp.resolve("out/2026-12/summary.xlsx")).doesNotExist();
  }

  @Test
  void mergeNamesEveryShardMissingInOneLine() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01");
    ws.run(new FakeStages()).generate(ws.options().withShard(new Shard(2, 3)));
    Workspace merging = new Workspace(tmp);
    assertThat(merging.run(new FakeStages()).merge(tmp.resolve("out"), null).exitCode()).isEqualTo(2);
    assertThat(merging.err.toString()).contains("missing shards 1 and 3 of 3 (summary-shard-1-of-3.csv,"
        + " summary-shard-3-of-3.csv): run those shards, or wait until they have ended, then merge again");
  }

  /** A month first split in 3 and then in 2 (one machine fewer): which files are which, in words. */
  @Test
  void mergeOfTwoSplitsNamesTheirFilesInWords() throws IOException {
    Path month = threeShards();
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01",
        "e,E,2026-12-01", "f,F,2026-12-01");
    assertThat(ws.run(new FakeStages()).generate(ws.options().withShard(new Shard(1, 2))).exitCode()).isZero();
    Workspace merging = new Workspace(tmp);
    assertThat(merging.run(new FakeStages()).merge(tmp.resolve("out"), null).exitCode()).isEqualTo(2);
    assertThat(merging.err.toString()).doesNotContain("[").contains(month + ": the shard summaries here come"
        + " from runs split in 2 and in 3 shards (summary-shard-K-of-2.csv, summary-shard-K-of-3.csv): remove the"
        + " files of the split you no longer run, then merge again");
  }

  /** Six clients run as three shards into {@code out/2026-12}; the month folder. */
  private Path threeShards() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01",
        "e,E,2026-12-01", "f,F,2026-12-01");
    for (int k = 1; k <= 3; k++) {
      assertThat(ws.run(new FakeStages()).generate(ws.options().withShard(new Shard(k, 3))).exitCode()).isZero();
    }
    return tmp.resolve("out/2026-12");
  }

  /** The shard file holding most clients, so that losing or copying it shows. */
  private static Path biggest(Path month) throws IOException {
    Path best = null;
    for (int k = 1; k <= 3; k++) {
      Path f = month.resolve("summary-shard-" + k + "-of-3.csv");
      if (best == null || Files.size(f) > Files.size(best)) best = f;
    }
    return best;
  }

  @Test
  void anEmptyShardFileIsRefusedNotMergedAsAShardWithoutClients() throws IOException {
    Path month = threeShards();
    Path cut = biggest(month);
    Files.write(cut, new byte[0]);
    Workspace merging = new Workspace(tmp);
    Run.Result r = merging.run(new FakeStages()).merge(tmp.resolve("out"), null);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(merging.err.toString()).contains(cut + ": the file is empty", "it was cut off; run its shard again",
        "circuitpress: nothing was merged");
    assertThat(month.resolve("summary.xlsx")).doesNotExist();
    assertThat(month.resolve("report.txt")).doesNotExist();
  }

  /** Found in review: a named pipe in a shard file's place made merge-summaries wait forever. */
  @Test
  void aShardFileThatIsAPipeIsRefusedNotWaitedFor() throws Exception {
    Path month = threeShards();
    Path pipe = biggest(month);
    Files.delete(pipe);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo makes a named pipe");
    Workspace merging = new Workspace(tmp);
    Run.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> merging.run(new FakeStages()).merge(tmp.resolve("out"), null));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(merging.err.toString()).contains(pipe + ": is not a file saved on disk; run that shard again");
  }

  @Test
  void aClientInTwoShardFilesIsRefusedNamingBothFiles() throws IOException {
    Path month = threeShards();
    Path original = biggest(month);
    Path other = month.resolve(original.getFileName().toString().equals("summary-shard-1-of-3.csv")
        ? "summary-shard-2-of-3.csv" : "summary-shard-1-of-3.csv");
    Files.copy(original, other, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Workspace merging = new Workspace(tmp);
    Run.Result r = merging.run(new FakeStages()).merge(tmp.resolve("out"), null);
    assertThat(r.exitCode()).isEqualTo(2);
    String err = merging.err.toString();
    assertThat(err).contains("is in two shard summaries, here and in ", "one of them is a stale copy",
        "circuitpress: nothing was merged");
    assertThat(err).containsPattern("summary-shard-[12]-of-3\\.csv: D[0-9]+ \\(client_id\\): client \"[a-f]\"");
    assertThat(month.resolve("summary.xlsx")).doesNotExist();
  }

  @Test
  void aClientInTheFileOfAnotherShardIsRefused() throws IOException {
    Path month = threeShards();
    Path one = month.resolve("summary-shard-1-of-3.csv");
    Path two = month.resolve("summary-shard-2-of-3.csv");
    // Shard 1's clients under shard 2's name, and shard 2's own file gone: no client twice.
    Files.move(one, two, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(one, ShardFile.HEADER + "\n");
    Workspace merging = new Workspace(tmp);
    Run.Result r = merging.run(new FakeStages()).merge(tmp.resolve("out"), null);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(merging.err.toString()).contains("belongs to shard 1 of 3, not to shard 2 of 3");
  }

  @Test
  void aFileNamedLikeAnImpossibleShardIsLeftOutWithAWarningAndTheMergeGoesOn() throws IOException {
    Path month = threeShards();
    Files.copy(biggest(month), month.resolve("summary-shard-99999999999-of-99999999999.csv"));
    Workspace merging = new Workspace(tmp);
    Run.Result r = merging.run(new FakeStages()).merge(tmp.resolve("out"), null);
    assertThat(r.exitCode()).as(merging.err.toString()).isZero();
    assertThat(merging.err.toString()).contains(month.resolve("summary-shard-99999999999-of-99999999999.csv")
        + ": warning: left out: shard 99999999999 of 99999999999 is more shards than a run can make")
        .doesNotContain("For input string");
    assertThat(merging.out.toString()).contains("merged 3 shards: 6 clients: 6 done", "1 warning");
    assertThat(Workspace.read(month.resolve("report.txt"))).contains("left out: shard 99999999999");
  }

  @Test
  void aDamagedShardFileIsNamedByRowAndCellNotByAnExceptionsText() throws IOException {
    Path month = threeShards();
    Path f = biggest(month);
    String text = Files.readString(f);
    Files.writeString(f, text.replaceFirst("\noutcome,([0-9]+),", "\noutcome,zz,"));
    Workspace merging = new Workspace(tmp);
    Run.Result r = merging.run(new FakeStages()).merge(tmp.resolve("out"), null);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(merging.err.toString()).contains(f + ": B2 (order): expected a whole number, got \"zz\"")
        .doesNotContain("For input string", "could not read the shard summaries");
  }

  @Test
  void aShardCleansOnlyItsOwnLeftoversNeverWhatAnotherShardIsWriting() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01");
    Shard one = new Shard(1, 2);
    String mine = List.of("a", "b", "c", "d").stream().filter(one::contains).findFirst().orElseThrow();
    String theirs = List.of("a", "b", "c", "d").stream().filter(x -> !one.contains(x)).findFirst().orElseThrow();
    Path month = Files.createDirectories(tmp.resolve("out/2026-12"));
    Path myLeftover = Files.createDirectories(month.resolve(mine)).resolve(".handout.pdf." + Workspace.deadPid() + "-1" + AtomicFiles.TEMP_SUFFIX);
    Path theirWork = Files.createDirectories(month.resolve(theirs)).resolve(".handout.pdf.2-1" + AtomicFiles.TEMP_SUFFIX);
    Path mySummary = month.resolve(".summary-shard-1-of-2.xlsx.1-2" + AtomicFiles.TEMP_SUFFIX);
    Path theirSummary = month.resolve(".summary-shard-2-of-2.xlsx.2-2" + AtomicFiles.TEMP_SUFFIX);
    for (Path p : List.of(myLeftover, theirWork, mySummary, theirSummary)) Files.writeString(p, "partial");

    assertThat(ws.run(new FakeStages()).generate(ws.options().withShard(one)).exitCode()).isZero();
    assertThat(myLeftover).doesNotExist();
    assertThat(mySummary).doesNotExist();
    assertThat(theirWork).exists();
    assertThat(theirSummary).exists();
  }
}
