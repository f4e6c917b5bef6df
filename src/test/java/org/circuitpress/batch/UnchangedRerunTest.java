package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun of the same month with the same program, after clients filled in their logs: found by
 * a gym's monthly loop, every returned log got a handout.new.pdf identical to the handout in
 * place and a log.new.xlsx that was the blank of the very same block, with two warnings each.
 * When the new files are exactly what the last run wrote there, the files in place already are
 * this block's: nothing is written beside them and nothing is warned about.
 */
class UnchangedRerunTest {
  @TempDir Path tmp;

  private static final String[] THREE = {
    "anna-k,Anna Kowalska,2026-12-07", "ben-o,Ben O'Neill,2026-11-16", "zoe,Zoë Núñez,2027-01-04"
  };

  private Run.Result run(FakeStages stages, boolean force) throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    return ws.run(stages).generate(ws.options().withFlags(false, force));
  }

  private Path folder(String client) {
    return tmp.resolve("out/2026-11/" + client);
  }

  private String report() throws IOException {
    return Workspace.read(tmp.resolve("out/2026-11/report.txt"));
  }

  @Test
  void aFilledLogAndAnInkedHandoutStayWithNoCopyBesideAndNoWarning() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    byte[] handout = Files.readAllBytes(anna.resolve("handout.pdf"));
    String record = Workspace.read(anna.resolve(BlockRecord.NAME));
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");
    // a handout changed otherwise (ink drawn on a tablet) is kept as well
    Path ben = folder("ben-o");
    Files.writeString(ben.resolve("handout.pdf"), "\n% ink added on a tablet\n", StandardOpenOption.APPEND);
    String inked = Workspace.read(ben.resolve("handout.pdf"));

    Run.Result r = run(new FakeStages(), false);

    assertThat(Workspace.files(anna)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
    assertThat(Workspace.read(anna.resolve("log.xlsx"))).isEqualTo("LOG FILLED by the client");
    assertThat(Files.readAllBytes(anna.resolve("handout.pdf"))).isEqualTo(handout);
    assertThat(Workspace.read(anna.resolve(BlockRecord.NAME))).isEqualTo(record);
    assertThat(Workspace.files(ben)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
    assertThat(Workspace.read(ben.resolve("handout.pdf"))).isEqualTo(inked);

    assertThat(r.exitCode()).isZero();
    assertThat(r.results().get(0).status()).isEqualTo("kept-filled-log");
    assertThat(r.results().get(0).outcome().files()).isEmpty();
    assertThat(r.results().get(0).problems()).isEmpty();
    assertThat(r.results().get(1).status()).isEqualTo("kept-filled-log");
    assertThat(r.results().get(1).problems()).isEmpty();
    assertThat(report()).contains("3 clients: 1 done, 2 kept a filled or changed file, 0 skipped, 0 failed;"
            + " 0 errors, 0 warnings")
        .contains("  note: the block is unchanged since the last run, so the new handout and log would be the"
            + " very files it wrote then: log.xlsx (has the client's entries) stays in place and no copy was written beside it\n")
        .contains("  note: the block is unchanged since the last run, so the new handout and log would be the"
            + " very files it wrote then: handout.pdf (was changed after CircuitPress wrote it) stays in place and no copy was written"
            + " beside it\n");

    // and the next run says the same again: nothing was recorded as written over them
    Run.Result again = run(new FakeStages(), false);
    assertThat(again.results().get(0).problems()).isEmpty();
    assertThat(Workspace.files(anna)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
  }

  @Test
  void theIdenticalCopiesEarlierRerunsLeftAreRemovedAndAChangedOneStays() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    Path ben = folder("ben-o");
    // what a rerun before this fix left: copies identical to the files in place, recorded as written
    Path record = tmp.resolve("out/2026-11/" + WrittenFiles.NAME);
    StringBuilder lines = new StringBuilder();
    for (String client : List.of("anna-k", "ben-o")) {
      for (String[] f : List.of(new String[] {"handout.pdf", "handout.new.pdf"}, new String[] {"log.xlsx", "log.new.xlsx"})) {
        Files.copy(folder(client).resolve(f[0]), folder(client).resolve(f[1]));
        String line = Files.readAllLines(record).stream().filter(l -> l.endsWith("\t" + client + "/" + f[0]))
            .findFirst().orElseThrow();
        lines.append(line, 0, line.lastIndexOf('\t') + 1).append(client).append('/').append(f[1]).append('\n');
      }
    }
    Files.writeString(record, lines, StandardOpenOption.APPEND);
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");
    Files.writeString(ben.resolve("log.xlsx"), "LOG FILLED by Ben");
    Files.writeString(ben.resolve("log.new.xlsx"), "LOG FILLED by Ben in the copy too");

    Run.Result r = run(new FakeStages(), false);

    assertThat(Workspace.files(anna)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
    assertThat(Workspace.files(ben)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.new.xlsx", "log.xlsx");
    assertThat(Workspace.read(ben.resolve("log.new.xlsx"))).isEqualTo("LOG FILLED by Ben in the copy too");
    assertThat(r.results().get(0).problems()).isEmpty();
    // the copy with entries stays, and the trainer is told next month will not read it
    assertThat(r.results().get(1).problems()).extracting(org.circuitpress.model.Diagnostic::message)
        .containsExactly("holds the client's entries, but next month's run reads only log.xlsx: if the client is"
            + " working from it, put it in place of log.xlsx (moving that one out)");
  }

  @Test
  void copiesOfAChangedProgramGoWhenTheProgramIsBackToTheOneInPlace() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");
    run(new FakeStages().edited("a template edited"), false);
    assertThat(Workspace.files(anna)).contains("handout.new.pdf", "log.new.xlsx");

    // the edit is undone: the files in place are this block's again, and the copies beside
    // them, of a block no run makes now, would only contradict them
    Run.Result r = run(new FakeStages(), false);
    assertThat(Workspace.files(anna)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
    assertThat(r.results().get(0).problems()).isEmpty();
  }

  /**
   * Found in re-review: the new pair a run wrote beside a kept log, put in place by the trainer as
   * the README says, was taken for a handout "changed after CircuitPress wrote it", and a blank log
   * the client had not touched for one with their entries, so every rerun wrote the pair again.
   */
  @Test
  void theNewPairPutInPlaceByTheTrainerIsTheRunsOwnNotAChangedFile() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");
    FakeStages edited = new FakeStages().edited("a level raised");
    run(edited, false);
    Files.move(anna.resolve("log.xlsx"), tmp.resolve("anna-old-log.xlsx"));
    Files.move(anna.resolve("log.new.xlsx"), anna.resolve("log.xlsx"));
    Files.move(anna.resolve("handout.new.pdf"), anna.resolve("handout.pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    byte[] log = Files.readAllBytes(anna.resolve("log.xlsx"));

    Run.Result r = run(new FakeStages().edited("a level raised"), false);

    assertThat(Workspace.files(anna)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
    assertThat(Files.readAllBytes(anna.resolve("log.xlsx"))).isEqualTo(log);
    assertThat(r.results().get(0).status()).isEqualTo("done");
    assertThat(r.results().get(0).problems()).isEmpty();
  }

  /** Found in re-review: entries typed into log.new.xlsx went unmentioned until next month. */
  @Test
  void aFilledCopyBesideIsSaidToBeUnreadNextMonthUnlessPutInPlace() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");
    run(new FakeStages().edited("a level raised"), false);
    Files.writeString(anna.resolve("log.new.xlsx"), "LOG FILLED in the new one too");

    Run.Result r = run(new FakeStages(), false);

    assertThat(Workspace.read(anna.resolve("log.new.xlsx"))).isEqualTo("LOG FILLED in the new one too");
    assertThat(r.results().get(0).problems()).extracting(org.circuitpress.model.Diagnostic::format)
        .contains(anna.resolve("log.new.xlsx") + ": warning: holds the client's entries, but next month's run"
            + " reads only log.xlsx: if the client is working from it, put it in place of log.xlsx (moving that"
            + " one out)");
  }

  @Test
  void withForceAFilledLogOfTheSameBlockStaysInPlaceToo() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");

    Run.Result r = run(new FakeStages(), true);

    // moving the entries aside for a blank copy of the very same log would only take them out of
    // next month's reading
    assertThat(Workspace.files(anna)).containsExactly(BlockRecord.NAME, "handout.pdf", "log.xlsx");
    assertThat(Workspace.read(anna.resolve("log.xlsx"))).isEqualTo("LOG FILLED by the client");
    assertThat(r.results().get(0).status()).isEqualTo("kept-filled-log");
    assertThat(r.results().get(0).problems()).isEmpty();
    assertThat(report()).contains("then: log.xlsx (has the client's entries) stays in place and no copy was written"
        + " beside it; --force does not move it aside for a blank copy of the same block: to give the client a"
        + " fresh one, move log.xlsx out of the folder and run again\n");

    // with a changed program --force replaces it as before
    run(new FakeStages().edited("a template edited"), true);
    assertThat(Workspace.read(anna.resolve("log.replaced.xlsx"))).isEqualTo("LOG FILLED by the client");
    assertThat(Workspace.read(anna.resolve("log.xlsx"))).startsWith("LOG\nanna-k").endsWith("a template edited");
  }

  @Test
  void whenOnlyTheHandoutChangedTheFilesInPlaceStayOneBlocksAsBefore() throws IOException {
    run(new FakeStages(), false);
    Path anna = folder("anna-k");
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED by the client");
    // new branding: the handout differs, the log does not
    FakeStages rebranded = new FakeStages() {
      @Override
      public Handouts handouts(Branding branding, Library library, Diagnostics d) {
        return (p, out, dd) -> out.write(("HANDOUT\n" + describe(p) + "new logo").getBytes(StandardCharsets.UTF_8));
      }
    };

    Run.Result r = run(rebranded, false);

    assertThat(Workspace.read(anna.resolve("log.xlsx"))).isEqualTo("LOG FILLED by the client");
    assertThat(Workspace.read(anna.resolve("handout.pdf"))).doesNotContain("new logo");
    assertThat(Workspace.read(anna.resolve("handout.new.pdf"))).endsWith("new logo");
    assertThat(anna.resolve("log.new.xlsx")).exists();
    assertThat(r.results().get(0).outcome().files()).containsExactly("anna-k/handout.new.pdf", "anna-k/log.new.xlsx");
    assertThat(report()).contains("anna-k/log.xlsx: warning: has the client's entries, so it was kept");
  }

  @Test
  void aLogTooDamagedToBeReadStillGetsAFreshCopyBesideIt() throws IOException {
    FakeStages stages = new FakeStages() {
      @Override
      public boolean hasEntries(Path file) {
        if (super.hasEntries(file) && damaged(file)) throw new IllegalStateException("not a workbook");
        return super.hasEntries(file);
      }
    };
    run(stages, false);
    Path anna = folder("anna-k");
    Files.writeString(anna.resolve("log.xlsx"), "LOG FILLED, then DAMAGED");

    Run.Result r = run(stages, false);

    // it cannot be told to be the client's filled log of this block: the client needs a fresh one
    assertThat(Workspace.read(anna.resolve("log.xlsx"))).isEqualTo("LOG FILLED, then DAMAGED");
    assertThat(r.results().get(0).outcome().files()).containsExactly("anna-k/handout.new.pdf", "anna-k/log.new.xlsx");
    assertThat(report()).contains("anna-k/log.xlsx: warning: could not be read to check for the client's entries,"
        + " so it was kept; the new log.xlsx is log.new.xlsx beside it");
  }

  @Test
  void aFileWrittenAheadIsMovedOrDroppedAndNoTemporaryIsLeft() throws IOException {
    AtomicFiles files = new AtomicFiles(OutputSink.FILES);
    Path dir = Files.createDirectories(tmp.resolve("c"));
    try (AtomicFiles.Pending p = files.prepare(dir.resolve("log.xlsx"), out -> out.write("LOG".getBytes()))) {
      assertThat(p.moveTo(dir.resolve("log.new.xlsx"))).isEqualTo(p.fingerprint());
      assertThat(p.fingerprint()).isEqualTo(WrittenFiles.fingerprint(dir.resolve("log.new.xlsx")));
    }
    try (AtomicFiles.Pending p = files.prepare(dir.resolve("handout.pdf"), out -> out.write("HANDOUT".getBytes()))) {
      assertThat(Workspace.files(dir)).hasSize(2);
    }
    assertThat(Workspace.files(dir)).containsExactly("log.new.xlsx");
    assertThat(Workspace.read(dir.resolve("log.new.xlsx"))).isEqualTo("LOG");
  }

  private static boolean damaged(Path file) {
    try {
      return Workspace.read(file).contains("DAMAGED");
    } catch (IOException e) {
      return true;
    }
  }
}
