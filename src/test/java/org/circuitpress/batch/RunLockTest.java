package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of one month into one folder. Found in review (a chain's operators): a second run
 * started two seconds after the first removed every temporary file of the month's client folders
 * as it started, the first run's files in progress among them, and the first run then failed two
 * clients and its summary and report with "the folder ... does not exist", which it did.
 */
class RunLockTest {
  @TempDir Path tmp;

  private static final String[] THREE = {
    "anna-k,Anna Kowalska,2026-12-07", "ben-o,Ben O'Neill,2026-11-16", "zoe,Zoë Núñez,2027-01-04"
  };
  private static final String HOLDER = "process 4242 on gym-1, started 2026-11-30 14:02:11";

  @Test
  void aSecondRunOfTheSameMonthIsRefusedWithWhichRunHoldsTheFolderAndWritesNothing() throws Exception {
    Workspace ws = new Workspace(tmp, THREE);
    Path month = Files.createDirectories(tmp.resolve("out/2026-11"));
    try (LockHolder.Held other = LockHolder.hold(month.resolve(".circuitpress-run.lock"), HOLDER)) {
      Run.Result r = ws.run(new FakeStages()).generate(ws.options());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(ws.err.toString()).contains(month + ": another run of the whole roster is writing into this"
          + " folder now (" + HOLDER + "). Two such runs at once remove each other's files in progress: wait until"
          + " it has ended, or stop it, then run this command again")
          .contains("circuitpress: nothing was written");
      assertThat(Workspace.files(month)).containsExactly(".circuitpress-run.lock");
    }

    // The run that held it was killed: its file is left, and blocks nothing.
    assertThat(month.resolve(".circuitpress-run.lock")).exists();
    Workspace again = new Workspace(tmp, THREE);
    assertThat(again.run(new FakeStages()).generate(again.options()).exitCode()).as(again.err.toString()).isZero();
    assertThat(Workspace.files(month)).hasSize(12).doesNotContain(".circuitpress-run.lock");
  }

  @Test
  void aRunInThisSameProcessIsRefusedTooAndALockFileThatSaysNothingStillGetsAPlainMessage() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Path month = Files.createDirectories(tmp.resolve("out/2026-11"));
    try (FileChannel ch = FileChannel.open(month.resolve(".circuitpress-run.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = ch.lock()) {
      assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isEqualTo(2);
    }
    assertThat(ws.err.toString()).contains("another run of the whole roster is writing into this folder now (it does"
        + " not say which process it is: look for a CircuitPress command still running, in another window or as a"
        + " scheduled job)");
  }

  @Test
  void shardsOfOneMonthRunAtOnceButNotTwoRunsOfOneShard() throws Exception {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01");
    Path month = Files.createDirectories(tmp.resolve("out/2026-12"));
    try (LockHolder.Held two = LockHolder.hold(month.resolve(".circuitpress-run-shard-2-of-2.lock"), HOLDER)) {
      assertThat(ws.run(new FakeStages()).generate(ws.options().withShard(new Shard(1, 2))).exitCode()).isZero();
      Workspace again = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01");
      assertThat(again.run(new FakeStages()).generate(again.options().withShard(new Shard(2, 2))).exitCode())
          .isEqualTo(2);
      assertThat(again.err.toString()).contains("another run of shard 2 of 2 is writing into this folder now ("
          + HOLDER + ")");
    }
  }

  private static final String[] FOUR = {"a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01"};

  /**
   * Found in review: a run of the whole roster and a shard of the same month ran at once, neither
   * refused nor warned, both writing the shard's clients' handouts, logs and block records, and the
   * whole roster's compacting the record of files written that the shard appended to.
   */
  @Test
  void aRunOfTheWholeRosterAndAShardOfItsMonthAreNotRunAtOnce() throws Exception {
    Path month = Files.createDirectories(tmp.resolve("out/2026-12"));
    Workspace whole = new Workspace(tmp, FOUR);
    try (LockHolder.Held shard = LockHolder.hold(month.resolve(".circuitpress-run-shard-2-of-2.lock"), HOLDER)) {
      assertThat(whole.run(new FakeStages()).generate(whole.options()).exitCode()).isEqualTo(2);
      assertThat(whole.err.toString()).contains(month + ": a run of shard 2 of 2 is writing into this folder now ("
          + HOLDER + "). A run of the whole roster writes every client's files, those of that shard too, so the two"
          + " must not run at once: wait until it has ended, or stop it, then run this command again")
          .contains("circuitpress: nothing was written");
      assertThat(Workspace.files(month)).containsExactly(".circuitpress-run-shard-2-of-2.lock");
    }
    Workspace shard = new Workspace(tmp, FOUR);
    try (LockHolder.Held running = LockHolder.hold(month.resolve(".circuitpress-run.lock"), HOLDER)) {
      assertThat(shard.run(new FakeStages()).generate(shard.options().withShard(new Shard(1, 2))).exitCode())
          .isEqualTo(2);
      assertThat(shard.err.toString()).contains(month + ": a run of the whole roster is writing into this folder now ("
          + HOLDER + "). It writes every client's files, those of this shard too, so the two must not run at once:"
          + " wait until it has ended, or stop it, then run this command again");
      assertThat(Workspace.files(month)).containsExactly(".circuitpress-run-shard-2-of-2.lock", ".circuitpress-run.lock");
    }
    // Their holders were killed: the files they left block nothing.
    Workspace after = new Workspace(tmp, FOUR);
    assertThat(after.run(new FakeStages()).generate(after.options()).exitCode()).as(after.err.toString()).isZero();
  }

  @Test
  void shardsOfDifferentSplitsAreNotRunAtOnceButARunOfClientsStillIs() throws Exception {
    Path month = Files.createDirectories(tmp.resolve("out/2026-12"));
    try (LockHolder.Held three = LockHolder.hold(month.resolve(".circuitpress-run-shard-1-of-3.lock"), HOLDER)) {
      Workspace two = new Workspace(tmp, FOUR);
      assertThat(two.run(new FakeStages()).generate(two.options().withShard(new Shard(2, 2))).exitCode()).isEqualTo(2);
      assertThat(two.err.toString()).contains(month + ": a run of shard 1 of 3 is writing into this folder now ("
          + HOLDER + "). Shards of a split into 3 and of one into 2 share clients and would write the same files, so"
          + " run the shards of one split at a time: wait until it has ended, or stop it, then run this command again");
      Workspace sameSplit = new Workspace(tmp, FOUR);
      assertThat(sameSplit.run(new FakeStages()).generate(sameSplit.options().withShard(new Shard(2, 3))).exitCode())
          .as(sameSplit.err.toString()).isZero();
      Workspace clients = new Workspace(tmp, FOUR);
      assertThat(clients.run(new FakeStages()).generate(clients.options().withClients(List.of("a"))).exitCode())
          .as(clients.err.toString()).isZero();
    }
  }

  @Test
  void aRunOfOneClientBesideARunOfTheWholeRosterGoesAheadAndSaysWhatTheOtherWillDo() throws Exception {
    Workspace ws = new Workspace(tmp, THREE);
    Path month = Files.createDirectories(tmp.resolve("out/2026-11"));
    try (LockHolder.Held whole = LockHolder.hold(month.resolve(".circuitpress-run.lock"), HOLDER)) {
      Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("ben-o")));
      assertThat(r.exitCode()).isZero();
      assertThat(ws.err.toString()).contains(month + ": warning: a run of the whole roster is writing into this"
          + " folder at the same time (" + HOLDER + "): when it gets to these clients, if it has not yet, it leaves"
          + " the files this run writes as they are, as newer than its own, and its report says so; the files it"
          + " has written for them already, this run replaces");
      assertThat(month.resolve("ben-o/handout.pdf")).exists();
    }
  }

  /** As beside the whole roster: a shard that has the client writes their files too, one that has not does not. */
  @Test
  void aRunOfOneClientBesideTheShardThatHasThemSaysWhatTheShardWillDo() throws Exception {
    Path month = Files.createDirectories(tmp.resolve("out/2026-12"));
    Shard has = new Shard(1, 2).contains("a") ? new Shard(1, 2) : new Shard(2, 2);
    Shard hasNot = new Shard(3 - has.index(), 2);
    String warning = month + ": warning: a run of shard " + has.index() + " of 2 is writing into this folder at the same"
        + " time (" + HOLDER + "): when it gets to these clients, if it has not yet, it leaves the files this run"
        + " writes";
    try (LockHolder.Held shard = LockHolder.hold(month.resolve(".circuitpress-run-" + has.label() + ".lock"), HOLDER)) {
      Workspace one = new Workspace(tmp, FOUR);
      assertThat(one.run(new FakeStages()).generate(one.options().withClients(List.of("a"))).exitCode()).isZero();
      assertThat(one.err.toString()).contains(warning);
    }
    try (LockHolder.Held shard = LockHolder.hold(month.resolve(".circuitpress-run-" + hasNot.label() + ".lock"), HOLDER)) {
      Workspace one = new Workspace(tmp, FOUR);
      assertThat(one.run(new FakeStages()).generate(one.options().withClients(List.of("a"))).exitCode()).isZero();
      assertThat(one.err.toString()).doesNotContain("at the same time");
    }
  }

  /**
   * Found in review: merge-summaries took no lock, so it merged while a shard still ran (an earlier
   * run's file of that shard, or none of what it was doing), and two merges, or a merge and a run of
   * the whole roster, replaced each other's summary.xlsx and report.txt.
   */
  @Test
  void aMergeIsRefusedWhileAShardOfItsMonthRunsOrTheMonthsSummaryIsBeingWritten() throws Exception {
    Path out = tmp.resolve("out");
    Path month = out.resolve("2026-12");
    for (int k = 1; k <= 2; k++) {
      Workspace shard = new Workspace(tmp, FOUR);
      assertThat(shard.run(new FakeStages()).generate(shard.options().withShard(new Shard(k, 2))).exitCode()).isZero();
    }
    List<String> shardsDone = Workspace.files(month);
    Workspace merging = new Workspace(tmp, FOUR);
    try (LockHolder.Held shard = LockHolder.hold(month.resolve(".circuitpress-run-shard-2-of-2.lock"), HOLDER)) {
      assertThat(merging.run(new FakeStages()).merge(out, null).exitCode()).isEqualTo(2);
    }
    assertThat(merging.err.toString()).contains(month + ": a run of shard 2 of 2 is writing into this folder now ("
        + HOLDER + "). Its summary-shard-2-of-2.csv is not complete until it ends, so a merge now would leave out what"
        + " it does: wait until it has ended, or stop it, then run this command again", "circuitpress: nothing was merged");

    Workspace beside = new Workspace(tmp, FOUR);
    try (LockHolder.Held whole = LockHolder.hold(month.resolve(".circuitpress-run.lock"), HOLDER)) {
      assertThat(beside.run(new FakeStages()).merge(out, null).exitCode()).isEqualTo(2);
    }
    assertThat(beside.err.toString()).contains(month + ": a run of the whole roster is writing into this folder now ("
        + HOLDER + "). It writes the month's summary.xlsx and report.txt, which a merge writes too: wait until");

    Workspace second = new Workspace(tmp, FOUR);
    Workspace whole = new Workspace(tmp, FOUR);
    try (LockHolder.Held merge = LockHolder.hold(month.resolve(".circuitpress-run-merge.lock"), HOLDER)) {
      assertThat(second.run(new FakeStages()).merge(out, null).exitCode()).isEqualTo(2);
      assertThat(whole.run(new FakeStages()).generate(whole.options()).exitCode()).isEqualTo(2);
      // a shard may start: the merge reads its file whole, and the shard says to merge again
      Workspace shard = new Workspace(tmp, FOUR);
      assertThat(shard.run(new FakeStages()).generate(shard.options().withShard(new Shard(1, 2))).exitCode()).isZero();
    }
    assertThat(second.err.toString()).contains(month + ": another merge of the shard summaries is writing into this"
        + " folder now (" + HOLDER + "). Two merges at once replace each other's summary.xlsx and report.txt: wait"
        + " until it has ended, or stop it, then run this command again");
    assertThat(whole.err.toString()).contains(month + ": a merge of the shard summaries is writing into this folder"
        + " now (" + HOLDER + "). It writes the month's summary.xlsx and report.txt, which this run writes too:");
    assertThat(Workspace.files(month)).doesNotContain("summary.xlsx", "report.txt").containsAll(shardsDone);

    Workspace after = new Workspace(tmp, FOUR);
    assertThat(after.run(new FakeStages()).merge(out, null).exitCode()).as(after.err.toString()).isZero();
    assertThat(month.resolve("summary.xlsx")).exists();
  }

  /**
   * The record of files written is rewritten without its old lines now and then by a run of the
   * whole roster; a run of --clients at work beside it appends to the file that rewrite replaces,
   * so its lines would be lost (and its clients' files judged by their entries only next time).
   */
  @Test
  void aRunOfTheWholeRosterDoesNotRewriteTheRecordOfFilesWrittenWhileARunOfClientsAppendsToIt() throws Exception {
    Path month = Files.createDirectories(tmp.resolve("out/2026-11"));
    Path record = month.resolve(WrittenFiles.NAME);
    String old = "00000000\t1\tgone/handout.pdf\n";
    Files.writeString(record, "# record\n" + old.repeat(200));
    try (LockHolder.Held clients = LockHolder.hold(month.resolve(".circuitpress-run-clients.lock"), HOLDER)) {
      Workspace ws = new Workspace(tmp, THREE);
      assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).as(ws.err.toString()).isZero();
    }
    assertThat(Workspace.read(record)).contains(old.repeat(200));
    Workspace alone = new Workspace(tmp, THREE);
    assertThat(alone.run(new FakeStages()).generate(alone.options()).exitCode()).isZero();
    assertThat(Workspace.read(record)).as("compacted once no other run is at work").doesNotContain(old + old);
  }

  @Test
  void theCleanUpAtTheStartLeavesTheTemporaryFilesOfAProcessStillRunning() throws Exception {
    Workspace ws = new Workspace(tmp, THREE);
    Path anna = Files.createDirectories(tmp.resolve("out/2026-11/anna-k"));
    // any process that is running will do: its number is what the temporary file's name carries
    try (LockHolder.Held running = LockHolder.hold(tmp.resolve("other.lock"), "")) {
      Path inProgress = Files.writeString(anna.resolve(".handout.pdf." + running.pid() + "-7" + AtomicFiles.TEMP_SUFFIX),
          "half a PDF, still being written");
      Path leftOver = Workspace.leftOver(anna, "log.xlsx", null);

      assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
      assertThat(inProgress).exists();
      assertThat(leftOver).doesNotExist();
    }
  }

  @Test
  void aTemporaryFileRemovedWhileItWasWrittenIsSaidSoNotThatItsFolderIsMissing() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    FakeStages stages = new FakeStages();
    stages.beforeHandout = p -> {
      if (!p.client().id().equals("zoe")) return;
      try (var temps = Files.newDirectoryStream(tmp.resolve("out/2026-11/zoe"), "*" + AtomicFiles.TEMP_SUFFIX)) {
        for (Path t : temps) Files.delete(t);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    assertThat(ws.run(stages).generate(ws.options()).exitCode()).isEqualTo(1);
    assertThat(ws.err.toString()).contains(tmp.resolve("out/2026-11/zoe/handout.pdf") + ": could not write:"
        + " its temporary file was removed while it was being written; is another run using this folder?")
        .doesNotContain("does not exist");
  }
}
