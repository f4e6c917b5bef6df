package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk, a read-only folder and an input that vanishes: clear messages, nothing half-written. */
class FaultsTest {
  @TempDir Path tmp;

  private static final String[] FIVE = {
    "a1,A,2026-12-01", "a2,B,2026-12-01", "a3,C,2026-12-01", "a4,D,2026-12-01", "a5,E,2026-12-01"
  };

  /** Lets {@code budget} bytes through in all, then fails as a full disk does. */
  static OutputSink diskWithRoomFor(long budget) {
    AtomicLong left = new AtomicLong(budget);
    return file -> new FilterOutputStream(OutputSink.FILES.open(file)) {
      @Override
      public void write(int b) throws IOException {
        if (left.decrementAndGet() < 0) throw new IOException("No space left on device");
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) write(b[off + i]);
      }
    };
  }

  @Test
  void aFullDiskStopsTheRunWithAClearMessageAndLeavesNoPartialFile() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    Run.Result r = new Run(new FakeStages(), ws.screen(), diskWithRoomFor(2500)).keepingResults().generate(ws.options().withThreads(1));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(ws.err.toString()).contains("could not write: the disk is full");
    assertThat(ws.out.toString()).contains("The run stopped early");
    assertThat(r.results()).anyMatch(x -> x.outcome().detail().contains("the run stopped after an earlier failure (the disk is full)"));
    assertEveryVisibleFileComplete(tmp.resolve("out/2026-12"));
  }

  /**
   * Found in review (a chain's operator): on a full disk the run said "117 done ... 181 skipped",
   * but those 181 were never worked on, while "skipped" otherwise means a client with no block
   * this month.
   */
  @Test
  void theClientsAStoppedRunNeverGotToAreCountedAsNotReachedNotAsSkipped() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    OutputSink fullFromA2 = file -> {
      if (file.toString().contains("/a2/")) throw new IOException("No space left on device");
      return OutputSink.FILES.open(file);
    };
    FakeStages stages = new FakeStages();
    Run.Result r = new Run(stages, ws.screen(), fullFromA2).keepingResults().generate(ws.options().withThreads(1));

    assertThat(r.exitCode()).isEqualTo(1);
    String counts = "5 clients: 1 done, 0 kept a filled or changed file, 0 skipped, 3 not reached (the run stopped),"
        + " 1 failed; 1 error, 0 warnings";
    assertThat(ws.out.toString()).contains("2026-12: " + counts);
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.txt"))).contains("\n" + counts + "\n")
        .contains("\na3  not-reached  not written: the run stopped after an earlier failure (the disk is full) before"
            + " it got to this client; run the same command again to write their files\n");
    assertThat(stages.summaryRows).extracting(org.circuitpress.model.Outcome::status)
        .containsExactly("done", "failed", "not-reached", "not-reached", "not-reached");
  }

  @Test
  void aNewFileInPlaceWhoseRecordCouldNotBeWrittenLeavesNoOlderRecordBehind() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    java.util.function.Supplier<List<String>> records = () -> {
      try {
        return Workspace.files(tmp.resolve("out/2026-12")).stream().filter(f -> f.endsWith(BlockRecord.NAME)).toList();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    assertThat(records.get()).hasSize(5);
    OutputSink noRoomForRecords = file -> {
      if (file.getFileName().toString().contains(BlockRecord.NAME)) throw new IOException("No space left on device");
      return OutputSink.FILES.open(file);
    };

    Run.Result r = new Run(new FakeStages(), ws.screen(), noRoomForRecords).keepingResults()
        .generate(ws.options().withThreads(1));
    assertThat(r.exitCode()).isEqualTo(1);
    // the first client's handout and log were written again, but not its record: the old one,
    // of an earlier run, is gone; the clients the stopped run did not reach keep theirs
    assertThat(records.get()).hasSize(4);
  }

  @Test
  void aRerunAfterTheDiskWasFullCompletesTheMonth() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    new Run(new FakeStages(), ws.screen(), diskWithRoomFor(2500)).keepingResults().generate(ws.options());
    Run.Result again = ws.run(new FakeStages()).generate(ws.options());
    assertThat(again.exitCode()).isZero();
    assertThat(Workspace.files(tmp.resolve("out/2026-12"))).hasSize(18).contains(WrittenFiles.NAME);
  }

  @Test
  void aSpoolThatCannotBeWrittenCostsTheReportAndSummaryOnlyWithAClearMessage() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    OutputSink spoolDiskFull = file -> {
      OutputStream real = OutputSink.FILES.open(file);
      if (!file.getFileName().toString().contains("-spool")) return real;
      return new FilterOutputStream(real) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          throw new IOException("No space left on device");
        }
      };
    };
    Run.Result r = new Run(new FakeStages(), ws.screen(), spoolDiskFull).generate(ws.options());

    assertThat(r.exitCode()).isEqualTo(1);
    Path month = tmp.resolve("out/2026-12");
    assertThat(ws.err.toString()).contains(month.resolve("report.txt") + ": could not write: the disk is full",
        month.resolve("summary.xlsx") + ": could not write: the disk is full");
    assertThat(ws.out.toString()).contains("5 clients: 5 done", "Summary: not written (see above)",
        "Report:  not written (see above)");
    // found in review (a disk that filled up as the report was written): the screen said what failed, not what to do
    assertThat(ws.out.toString()).contains("The summary and report could not be written: fix the cause above (a full"
        + " disk: free some space) and run the same command again; the clients' files written so far stay as they are.");
    assertThat(Workspace.files(month)).hasSize(16).noneMatch(f -> f.startsWith("report") || f.startsWith("summary"));
    assertEveryVisibleFileComplete(month);
  }

  @Test
  void aReadOnlyOutputFolderIsExitTwoBeforeAnyClient() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    OutputSink readOnly = file -> {
      throw new AccessDeniedException(file.toString());
    };
    Run.Result r = new Run(new FakeStages(), ws.screen(), readOnly).keepingResults().generate(ws.options());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString()).contains(tmp.resolve("out/2026-12") + ": cannot write to the output folder: permission denied");
    assertThat(Workspace.files(tmp.resolve("out"))).isEmpty();
  }

  /** Files as they are, but the client folder {@code folder} refuses new ones, as a read-only folder does. */
  private static OutputSink readOnly(String folder) {
    return file -> {
      if (file.getParent().getFileName().toString().equals(folder)) throw new AccessDeniedException(file.toString());
      return OutputSink.FILES.open(file);
    };
  }

  /**
   * Found in review (a rerun of a month done, one client's folder made read-only): the client failed,
   * though their handout, log and record were already exactly what the run would write there.
   */
  @Test
  void aReadOnlyClientFolderWhoseFilesAreAlreadyTheseFailsNobody() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    List<String> before = Workspace.files(tmp.resolve("out/2026-12/a2"));
    OutputSink oneReadOnly = readOnly("a2");

    Run.Result r = new Run(new FakeStages(), ws.screen(), oneReadOnly).keepingResults().generate(ws.options().withThreads(1));

    assertThat(r.exitCode()).as(ws.err.toString()).isZero();
    assertThat(r.results()).extracting(x -> x.status()).containsExactly("done", "done", "done", "done", "done");
    assertThat(Workspace.files(tmp.resolve("out/2026-12/a2"))).isEqualTo(before);

    // a file that would change is still refused, and only that client fails
    Run.Result edited = new Run(new FakeStages().edited("edited"), ws.screen(), oneReadOnly).keepingResults()
        .generate(ws.options().withThreads(1));
    assertThat(edited.results()).extracting(x -> x.status()).containsExactly("done", "failed", "done", "done", "done");
  }

  /**
   * Found in review: the same rerun, with the client's log filled in since (the usual case in the
   * middle of a month), still failed the client, though the run would write nothing there: the
   * files in place are the block's, the filled log stays, and no copy goes beside it.
   */
  @Test
  void aReadOnlyClientFolderWithAFilledLogOfTheSameBlockFailsNobody() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    Files.writeString(tmp.resolve("out/2026-12/a2/log.xlsx"), "\nfilled in", StandardOpenOption.APPEND);
    List<String> before = Workspace.files(tmp.resolve("out/2026-12/a2"));
    OutputSink oneReadOnly = readOnly("a2");

    Run.Result r = new Run(new FakeStages(), ws.screen(), oneReadOnly).keepingResults().generate(ws.options().withThreads(1));

    assertThat(r.exitCode()).as(ws.err.toString()).isZero();
    assertThat(r.results()).extracting(x -> x.status())
        .containsExactly("done", "kept-filled-log", "done", "done", "done");
    assertThat(Workspace.files(tmp.resolve("out/2026-12/a2"))).isEqualTo(before);

    // a new block, whose copy would have to go beside the kept log, is still refused
    Run.Result edited = new Run(new FakeStages().edited("edited"), ws.screen(), oneReadOnly).keepingResults()
        .generate(ws.options().withThreads(1));
    assertThat(edited.results()).extracting(x -> x.status()).containsExactly("done", "failed", "done", "done", "done");
  }

  @Test
  void aClientFolderThatRefusesAFileFailsThatClientAndTheOthersGoOn() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    OutputSink oneReadOnly = readOnly("a2");
    Run.Result r = new Run(new FakeStages(), ws.screen(), oneReadOnly).keepingResults().generate(ws.options().withThreads(1));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(ws.err.toString()).contains("a2/handout.pdf: could not write: permission denied");
    assertThat(r.results()).extracting(x -> x.status()).containsExactly("done", "failed", "done", "done", "done");
    assertEveryVisibleFileComplete(tmp.resolve("out/2026-12"));
  }

  @Test
  void aRealReadOnlyFolderWhenNotRunningAsRoot() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    Path out = Files.createDirectories(tmp.resolve("out"));
    out.toFile().setWritable(false);
    try {
      // root (by whatever name) writes into read-only folders; the injected sink above covers this case
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out), "this user writes into read-only folders");
      Run.Result r = ws.run(new FakeStages()).generate(ws.options());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(ws.err.toString()).contains("cannot write to the output folder");
    } finally {
      out.toFile().setWritable(true);
    }
  }

  @Test
  void anInputThatDisappearsBeforeItIsReadIsExitTwoWithNothingWritten() throws IOException {
    Workspace ws = new Workspace(tmp, FIVE);
    FakeStages stages = new FakeStages();
    stages.beforeRoster = () -> {
      try {
        Files.delete(tmp.resolve("roster.csv"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    Run.Result r = ws.run(stages).generate(ws.options());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString()).contains("roster.csv: could not read the file: folder or file not found")
        .doesNotContain("Exception");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aWriterThatFailsHalfWayLeavesNeitherTheFileNorItsTemporary() throws IOException {
    AtomicFiles files = new AtomicFiles(OutputSink.FILES);
    Path target = tmp.resolve("handout.pdf");
    // the failure reaches the caller, which counts the client as failed, and nothing is left
    assertThatThrownBy(() -> files.write(target, out -> {
      out.write(new byte[1000]);
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(Workspace.files(tmp)).isEmpty();
  }

  /** Visible files are whole (the fake writes full texts); no temporary file is left. */
  static void assertEveryVisibleFileComplete(Path month) throws IOException {
    for (String f : Workspace.files(month)) {
      assertThat(f).doesNotEndWith(AtomicFiles.TEMP_SUFFIX);
      String text = Workspace.read(month.resolve(f));
      if (f.endsWith("handout.pdf") || f.endsWith("log.xlsx")) assertThat(text).endsWith("\n").contains("4 kb-windmill");
    }
  }
}
