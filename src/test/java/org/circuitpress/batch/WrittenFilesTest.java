package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun replaces a client's file only while it is exactly what a run wrote: found in fuzzing,
 * a handout with notes drawn on a tablet (no form field filled), a log with a sheet added, and a
 * filled-in log.new.xlsx were all replaced before.
 */
class WrittenFilesTest {
  @TempDir Path tmp;

  private static final String[] THREE = {
    "anna-k,Anna Kowalska,2026-12-07", "ben-o,Ben O'Neill,2026-11-16", "zoe,Zoë Núñez,2027-01-04"
  };

  private Run.Result run(String... args) throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    RunOptions o = ws.options();
    if (args.length > 0) o = o.withClients(List.of(args));
    return ws.run(new FakeStages()).generate(o);
  }

  /** A run after the program was changed (a template edited): every new file differs from the first run's. */
  private Run.Result runEdited() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    return ws.run(new FakeStages().edited("edited")).generate(ws.options());
  }

  private Path month() {
    return tmp.resolve("out/2026-11");
  }

  @Test
  void anUntouchedFileIsReplacedAndOneChangedWithoutEntriesIsKept() throws IOException {
    run();
    Path handout = month().resolve("anna-k/handout.pdf");
    Path log = month().resolve("ben-o/log.xlsx");
    // an incremental save adds bytes after the end, as a tablet's ink annotation does
    Files.writeString(handout, "\n% ink added on a tablet\n", StandardOpenOption.APPEND);
    String annotated = Workspace.read(handout);

    Run.Result r = runEdited();

    assertThat(Workspace.read(handout)).isEqualTo(annotated);
    assertThat(month().resolve("anna-k/handout.new.pdf")).exists();
    assertThat(log).exists();
    assertThat(month().resolve("ben-o/log.new.xlsx")).doesNotExist();
    assertThat(r.results().get(0).status()).isEqualTo("kept-filled-log");
    assertThat(r.results().get(1).status()).isEqualTo("done");
    assertThat(Workspace.read(month().resolve("report.txt"))).contains(
        "anna-k/handout.pdf: warning: was changed after CircuitPress wrote it, so it was kept; the new"
            + " handout.pdf is handout.new.pdf beside it");
  }

  /**
   * Found in review (a trainer typing a client's paper log into log.xlsx in Excel while running the
   * month again): the log, not saved yet and so still as the run wrote it, was replaced by the new
   * block's, which Excel's save then wrote over with the old block and the client's entries.
   */
  @Test
  void aLogOpenInExcelOrLibreOfficeIsKeptAndTheNewOneWrittenBesideIt() throws IOException {
    run();
    Path log = month().resolve("anna-k/log.xlsx");
    String asWritten = Workspace.read(log);
    Files.writeString(month().resolve("anna-k/~$log.xlsx"), "");
    Files.writeString(month().resolve("ben-o/.~lock.log.xlsx#"), "");

    Run.Result r = runEdited();

    assertThat(Workspace.read(log)).isEqualTo(asWritten);
    assertThat(month().resolve("anna-k/log.new.xlsx")).exists();
    assertThat(month().resolve("ben-o/log.new.xlsx")).exists();
    assertThat(r.results()).extracting(ClientResult::status)
        .containsExactly("kept-filled-log", "kept-filled-log", "done");
    assertThat(Workspace.read(month().resolve("report.txt"))).contains("anna-k/log.xlsx: warning: is open in Excel"
        + " or LibreOffice (the lock file ~$log.xlsx is beside it), where saving it would write over a new one; if no"
        + " program has it open, delete ~$log.xlsx, so it was kept; the new log.xlsx is log.new.xlsx beside it");
  }

  /**
   * Found in review (a lock file left behind by a program that stopped, the month run again for
   * another client): the log in place, as the run wrote it and exactly the file the run would write
   * again, was counted as "kept a filled or changed file" on every run, with a note that saving it
   * "would write over a new one" though no new one was written. A save from there writes the same
   * block, so the lock changes nothing: the client is done, as without it.
   */
  @Test
  void aLockBesideALogThatIsAlreadyTheNewOneKeepsNothing() throws IOException {
    run();
    Files.writeString(month().resolve("anna-k/~$log.xlsx"), "");

    Run.Result r = run();

    assertThat(r.results()).extracting(ClientResult::status).containsExactly("done", "done", "done");
    assertThat(month().resolve("anna-k/log.new.xlsx")).doesNotExist();
    assertThat(Workspace.read(month().resolve("report.txt"))).doesNotContain("would write over a new one")
        .contains("0 kept a filled or changed file");
  }

  /**
   * Found in review (the way back from a lock file left behind): the new pair a run wrote beside a
   * log kept for its lock file stayed in the folder after the trainer deleted the lock file, as the
   * warning says, and ran again, which put the new pair in place: two copies of one block, nobody's
   * entries in either, with no word of which to hand the client. A copy nobody changed goes once
   * the new file is in place, with or without --force.
   */
  @Test
  void theNewPairBesideALockedLogGoesOnceTheLockIsDeletedAndTheMonthRunAgain() throws IOException {
    run();
    Path lock = month().resolve("anna-k/~$log.xlsx");
    Files.writeString(lock, "");
    runEdited();
    assertThat(month().resolve("anna-k/log.new.xlsx")).exists();
    assertThat(month().resolve("anna-k/handout.new.pdf")).exists();
    String newLog = Workspace.read(month().resolve("anna-k/log.new.xlsx"));
    Files.delete(lock);

    Run.Result r = runEdited();

    assertThat(r.results().get(0).status()).isEqualTo("done");
    assertThat(Workspace.read(month().resolve("anna-k/log.xlsx"))).isEqualTo(newLog);
    assertThat(month().resolve("anna-k/log.new.xlsx")).doesNotExist();
    assertThat(month().resolve("anna-k/handout.new.pdf")).doesNotExist();
  }

  @Test
  void aChangedNewFileBesideAFilledOneIsKeptAndNothingIsWritten() throws IOException {
    run();
    Path log = month().resolve("anna-k/log.xlsx");
    Files.writeString(log, "LOG FILLED by the client");
    runEdited();
    Path beside = month().resolve("anna-k/log.new.xlsx");
    assertThat(beside).exists();
    Files.writeString(beside, "typed into the new log, which has no entry cells of ours", StandardOpenOption.APPEND);
    String typed = Workspace.read(beside);

    Run.Result r = runEdited();

    assertThat(Workspace.read(log)).isEqualTo("LOG FILLED by the client");
    assertThat(Workspace.read(beside)).isEqualTo(typed);
    assertThat(r.results().get(0).status()).isEqualTo("kept-filled-log");
    // the handout in place stays the filled log's block, and the new handout the kept new log's
    assertThat(r.results().get(0).outcome().files()).isEmpty();
    assertThat(Workspace.read(month().resolve("report.txt"))).contains(
        "anna-k/log.xlsx: warning: has the client's entries, and log.new.xlsx beside it was changed after"
            + " CircuitPress wrote it, so both were kept and no new log.xlsx was written",
        "anna-k/handout.pdf: warning: is not written in place: log.xlsx was kept, and the handout.pdf in place goes"
            + " with it (the same block), so it stays, and log.new.xlsx beside it has the client's entries or changes,"
            + " so no new handout.new.pdf was written either");
  }

  @Test
  void anUntouchedNewFileIsReplacedOnTheNextRun() throws IOException {
    run();
    Files.writeString(month().resolve("anna-k/log.xlsx"), "LOG FILLED by the client");
    runEdited();
    Run.Result r = runEdited();
    assertThat(r.results().get(0).status()).isEqualTo("kept-filled-log");
    assertThat(r.results().get(0).outcome().files()).containsExactly("anna-k/handout.new.pdf", "anna-k/log.new.xlsx");
  }

  @Test
  void aFileWithNoRecordIsJudgedByItsEntriesAsBefore() throws IOException {
    run();
    Files.delete(month().resolve(WrittenFiles.NAME));
    Path handout = month().resolve("anna-k/handout.pdf");
    Files.writeString(handout, "a handout from elsewhere, nothing filled in");

    Run.Result r = run();

    assertThat(Workspace.read(handout)).startsWith("HANDOUT\nanna-k");
    assertThat(r.results().get(0).status()).isEqualTo("done");
  }

  @Test
  void theRecordListsEveryFileOnceInRosterOrderAndSurvivesADamagedLine() throws IOException {
    run();
    Path record = month().resolve(WrittenFiles.NAME);
    List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("# ");
    // each handout's line is followed by the line of its words
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.startsWith(WrittenFiles.WORDS + "\t")
            ? "words of " + l.split("\t")[3] : l.split("\t")[2])
        .containsExactly("anna-k/handout.pdf", "words of anna-k/handout.pdf", "anna-k/log.xlsx", "ben-o/handout.pdf",
            "words of ben-o/handout.pdf", "ben-o/log.xlsx", "zoe/handout.pdf", "words of zoe/handout.pdf",
            "zoe/log.xlsx", "summary.xlsx", "report.txt");
    long size = Files.size(month().resolve("zoe/log.xlsx"));
    assertThat(lines.get(9)).endsWith("\t" + size + "\tzoe/log.xlsx");

    // a line cut short by a killed run is no record: that file is judged by its entries
    Files.writeString(record, "12AB\t", StandardOpenOption.APPEND);
    Files.writeString(month().resolve("zoe/handout.pdf"), "changed, no entries", StandardOpenOption.APPEND);
    Run.Result r = run();
    assertThat(r.results().get(2).status()).isEqualTo("kept-filled-log");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aRecordOfManyRerunsIsCutToTheLastLineOfEachPathExceptByAShard() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("month"));
    Path record = folder.resolve(WrittenFiles.NAME);
    StringBuilder sb = new StringBuilder("# header\n");
    for (int run = 1; run <= 40; run++) {
      sb.append(Integer.toHexString(run)).append("\t").append(run).append("\ta/log.xlsx\n");
      sb.append(Integer.toHexString(run)).append("\t").append(run).append("\tb/log.xlsx\n");
    }
    Files.writeString(record, sb);

    WrittenFiles.of(folder, false).close();
    assertThat(Files.readAllLines(record)).hasSize(81);

    WrittenFiles.of(folder, true).close();
    assertThat(Files.readAllLines(record)).hasSize(3).endsWith("28\t40\ta/log.xlsx", "28\t40\tb/log.xlsx");
    assertThat(Workspace.files(folder)).containsExactly(WrittenFiles.NAME);
  }

  /**
   * The columns a run read, which next month's run compares its own with ({@link LostColumns}):
   * the last line of each file counts, and a record cut to each path's last lines keeps them.
   */
  @Test
  void theColumnsReadSurviveTheRecordBeingCut() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("month"));
    Path record = folder.resolve(WrittenFiles.NAME);
    StringBuilder sb = new StringBuilder("# header\n");
    sb.append("columns\troster\tclient_id=3,limitations=1\ncolumns\tlibrary\texercise_id=9,contraindications=4\n");
    for (int run = 1; run <= 80; run++) sb.append(Integer.toHexString(run)).append("\t").append(run).append("\tc/log.xlsx\n");
    sb.append("columns\troster\tclient_id=3,equipment=2,limitations=2\n");
    Files.writeString(record, sb);

    WrittenFiles.of(folder, true).close();

    assertThat(Files.readAllLines(record)).hasSize(4).endsWith("columns\tlibrary\texercise_id=9,contraindications=4",
        "columns\troster\tclient_id=3,equipment=2,limitations=2", "50\t80\tc/log.xlsx");
    assertThat(WrittenFiles.columnsRead(folder, "roster")).contains(Map.of("client_id", 3, "equipment", 2,
        "limitations", 2));
    assertThat(WrittenFiles.columnsRead(folder, "library")).contains(Map.of("exercise_id", 9, "contraindications", 4));

    // a line cut short by a killed run would name columns gone that were not
    Files.writeString(record, "columns\troster\tclient_id=3,equ", StandardOpenOption.APPEND);
    assertThat(WrittenFiles.columnsRead(folder, "roster")).contains(Map.of("client_id", 3, "equipment", 2,
        "limitations", 2));
  }

  /**
   * Found in review (a disk that filled up while the record was appended to): the line the run left
   * cut short had the next run's first line glued to it, so that file's record, or the columns the
   * run read, was lost with it, and the file was taken for one no run had written.
   */
  @Test
  void aLineCutShortByAFullDiskDoesNotSwallowTheNextRunsFirstLine() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("month"));
    Path record = folder.resolve(WrittenFiles.NAME);
    Files.writeString(record, "# header\nA1\t100\ta/log.xlsx\nB2\t20");
    try (WrittenFiles w = WrittenFiles.of(folder, false)) {
      w.columnsRead(WrittenFiles.columnsLine("roster:roster", Map.of("client_id", 3)));
      w.wrote(0, "b/log.xlsx", WrittenFiles.pack(0xC3, 300));
      w.commit(0);
    }
    try (WrittenFiles w = WrittenFiles.of(folder, false)) {
      assertThat(w.lastWrote("a/log.xlsx", WrittenFiles.pack(0xA1, 100))).isTrue();
      assertThat(w.lastWrote("b/log.xlsx", WrittenFiles.pack(0xC3, 300))).isTrue();
    }
    assertThat(WrittenFiles.columnsRead(folder, "roster:roster")).contains(Map.of("client_id", 3));
  }

  /**
   * A handout's words describe the write on the line before them: a later line of the same path
   * without words (a release before them rewrote the file) leaves it without words, and the record
   * cut to each path's last lines keeps the words of those.
   */
  @Test
  void theWordsOfAHandoutGoWithItsLastLineAndSurviveTheRecordBeingCut() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("month"));
    Path record = folder.resolve(WrittenFiles.NAME);
    StringBuilder sb = new StringBuilder("# header\n");
    for (int run = 1; run <= 80; run++) sb.append(Integer.toHexString(run)).append("\t").append(run).append("\tc/log.xlsx\n");
    sb.append("A1\t100\ta/handout.pdf\nwords\tB2\t20\ta/handout.pdf\n");
    sb.append("C3\t300\tb/handout.pdf\nwords\tD4\t40\tb/handout.pdf\nE5\t500\tb/handout.pdf\n");
    Files.writeString(record, sb);

    try (WrittenFiles w = WrittenFiles.of(folder, false)) {
      assertThat(w.printed("a/handout.pdf", WrittenFiles.pack(0xB2, 20))).isEqualTo(WrittenFiles.Match.SAME);
      assertThat(w.printed("a/handout.pdf", WrittenFiles.pack(0xB2, 21))).isEqualTo(WrittenFiles.Match.CHANGED);
      assertThat(w.printed("b/handout.pdf", WrittenFiles.pack(0xD4, 40))).isEqualTo(WrittenFiles.Match.UNKNOWN);
      assertThat(w.lastWrote("b/handout.pdf", WrittenFiles.pack(0xE5, 500))).isTrue();
    }
    WrittenFiles.of(folder, true).close();
    assertThat(Files.readAllLines(record)).hasSize(5).endsWith("A1\t100\ta/handout.pdf", "words\tB2\t20\ta/handout.pdf",
        "E5\t500\tb/handout.pdf", "50\t80\tc/log.xlsx");
    try (WrittenFiles w = WrittenFiles.of(folder, false)) {
      assertThat(w.printed("a/handout.pdf", WrittenFiles.pack(0xB2, 20))).isEqualTo(WrittenFiles.Match.SAME);
    }
  }

  @Test
  void fingerprintsOfAStreamAndOfTheFileAgree() throws IOException {
    Path f = tmp.resolve("f.bin");
    byte[] bytes = "some bytes of a handout".getBytes(StandardCharsets.UTF_8);
    try (var out = new WrittenFiles.Counting(Files.newOutputStream(f))) {
      out.write(bytes, 0, 5);
      out.write(bytes[5]);
      out.write(bytes, 6, bytes.length - 6);
      out.flush();
      assertThat(out.fingerprint()).isEqualTo(WrittenFiles.fingerprint(f));
      assertThat(WrittenFiles.size(out.fingerprint())).isEqualTo(bytes.length);
    }
  }

  @Test
  void aRunOfAFewClientsLeavesTheMonthsSummaryAndReportAsTheyWere() throws IOException {
    run();
    String report = Workspace.read(month().resolve("report.txt"));
    byte[] summary = Files.readAllBytes(month().resolve("summary.xlsx"));

    Run.Result r = run("anna-k");

    assertThat(r.exitCode()).isZero();
    assertThat(Workspace.read(month().resolve("report.txt"))).isEqualTo(report);
    assertThat(Files.readAllBytes(month().resolve("summary.xlsx"))).isEqualTo(summary);
    assertThat(Workspace.read(month().resolve("report-clients.txt"))).contains("anna-k").doesNotContain("ben-o");
    assertThat(month().resolve("summary-clients.xlsx")).exists();
  }

  @Test
  void onlyUnknownIdsInClientsIsAUsageErrorThatWritesNothing() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("anna-q")));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(ws.err.toString()).contains("--clients: no client with id \"anna-q\" in the roster")
        .contains("no id given to --clients is in the roster; nothing was written");
  }
}
