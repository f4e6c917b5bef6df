package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.circuitpress.batch.FakeStages;
import org.circuitpress.batch.OutputSink;
import org.circuitpress.batch.Workspace;
import org.circuitpress.render.csv.LogExport;
import org.circuitpress.render.csv.PlanCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found walking through the README as a trainer who lives in Excel: {@code plan --all --file F} and
 * {@code export-logs --file F} replaced an earlier plan CSV or export without a word, also one the
 * trainer had opened in Excel, typed notes into and saved back as CSV, while the month folder's own
 * export is kept aside when changed. A file of the trainer's choosing has no record of what a run
 * wrote there, so an earlier one that differs from the new file at all is kept aside as
 * {@code plan.replaced.csv}; one with exactly the new bytes is left as it is.
 */
class ChosenFileKeptTest {
  private static final String PLAN_HEADER = PlanCsv.firstColumns() + "\n";
  private static final String EXPORT_HEADER = String.join(",", LogExport.HEADER) + "\n";
  private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String[] common;

  /** Fake stages that write each CSV's real first line, so that a file they wrote is known again as one. */
  private static final class Headed extends FakeStages {
    @Override
    public void planCsv(List<org.circuitpress.model.Program> programs, Appendable out) throws IOException {
      out.append(PLAN_HEADER);
      super.planCsv(programs, out);
    }

    @Override
    public void exportLogs(List<Logged> logs, Appendable out) throws IOException {
      out.append(EXPORT_HEADER);
      super.exportLogs(logs, out);
    }
  }

  @BeforeEach
  void roster() throws IOException {
    new Workspace(tmp, "anna-k,Anna,2026-12-07", "ben-o,Ben,2026-12-01");
    common = new String[] {"--roster", tmp.resolve("roster.csv").toString(), "--library",
        tmp.resolve("exercises.csv").toString(), "--templates", tmp.resolve("templates").toString(), "--out",
        tmp.resolve("out").toString()};
  }

  private int run(String... args) {
    return run(OutputSink.FILES, args);
  }

  private int run(OutputSink sink, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] all = Arrays.copyOf(args, args.length + common.length);
    System.arraycopy(common, 0, all, args.length, common.length);
    return new Main(new PrintWriter(out), new PrintWriter(err), new Headed(), sink).run(all);
  }

  private static final String PLAN = "\uFEFF" + PLAN_HEADER + "csv,anna-k\ncsv,ben-o\n";

  @Test
  void thePlanWrittenTwiceIsLeftAsItIsWithNoCopy() throws IOException {
    Path file = tmp.resolve("plan.csv");
    assertThat(run("plan", "--all", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(file)).isEqualTo(PLAN);
    Files.setLastModifiedTime(file, LONG_AGO);
    assertThat(run("plan", "--all", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(file)).isEqualTo(PLAN);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO); // not even written again
    assertThat(out.toString()).isEqualTo(file + " already holds the programs of 2 clients as they are now, so it was"
        + " left as it is\n");
    assertThat(err.toString()).isEmpty();
    assertThat(Workspace.files(tmp)).containsExactly("exercises.csv", "plan.csv", "roster.csv");
  }

  @Test
  void aPlanTheTrainerEditedIsKeptAsideWithAWarningThatNamesBothFiles() throws IOException {
    Path file = tmp.resolve("plan.csv");
    // opened in Excel, a notes column typed in and saved back as "CSV UTF-8"
    String edited = "\uFEFF" + PlanCsv.firstColumns() + ",notes\r\ncsv,anna-k,call on Monday\r\ncsv,ben-o,\r\n";
    Files.writeString(file, edited);
    assertThat(run("plan", "--all", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(file)).isEqualTo(PLAN);
    assertThat(Workspace.read(tmp.resolve("plan.replaced.csv"))).isEqualTo(edited);
    assertThat(out.toString()).isEqualTo("Wrote the programs of 2 clients to " + file + "\n");
    assertThat(err.toString()).isEqualTo(file + ": warning: differed from the new plan (it may hold what you typed in"
        + " it), so it was kept as plan.replaced.csv and the new plan took its place\n");
    assertThat(Workspace.files(tmp)).noneMatch(f -> f.contains("cptmp"));
  }

  @Test
  void anEarlierKeptCopyIsNeverOverwritten() throws IOException {
    Path file = tmp.resolve("plan.csv");
    String first = "\uFEFF" + PLAN_HEADER + "csv,anna-k\ncsv,ben-o 12 reps, not 10\n";
    String second = "\uFEFF" + PLAN_HEADER + "csv,anna-k moved to Tuesdays\ncsv,ben-o\n";
    Files.writeString(tmp.resolve("plan.replaced.csv"), first);
    Files.writeString(file, second);
    assertThat(run("plan", "--all", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(tmp.resolve("plan.replaced.csv"))).isEqualTo(first);
    assertThat(Workspace.read(tmp.resolve("plan.replaced-2.csv"))).isEqualTo(second);
    assertThat(Workspace.read(file)).isEqualTo(PLAN);
    assertThat(err.toString()).contains("so it was kept as plan.replaced-2.csv and the new plan took its place");
    // a name without an extension gets one kept beside it too
    Path bare = Files.writeString(tmp.resolve("plan"), second);
    assertThat(run("plan", "--all", "--file", bare.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(tmp.resolve("plan.replaced"))).isEqualTo(second);
  }

  @Test
  void aReadOnlyPlanIsNotReplaced() throws IOException {
    Path file = Files.writeString(tmp.resolve("plan.csv"), "\uFEFF" + PLAN_HEADER + "csv,anna-k,my note\n");
    makeReadOnly(file);
    try {
      assertThat(run("plan", "--all", "--file", file.toString())).isEqualTo(2);
      assertThat(Workspace.read(file)).isEqualTo("\uFEFF" + PLAN_HEADER + "csv,anna-k,my note\n");
      assertThat(err.toString()).isEqualTo(file + ": is read-only, so it was not replaced: clear its read-only setting"
          + " (Properties on Windows, Get Info on a Mac), or give another file name\n"
          + "circuitpress: nothing was written\n");
      assertThat(Workspace.files(tmp)).containsExactly("exercises.csv", "plan.csv", "roster.csv");
    } finally {
      file.toFile().setWritable(true);
    }
  }

  @Test
  void aPlanOpenInLibreOfficeOrExcelIsNotReplaced() throws IOException {
    String typed = "\uFEFF" + PLAN_HEADER + "csv,anna-k,my note\n";
    Path file = Files.writeString(tmp.resolve("plan.csv"), typed);
    Files.writeString(tmp.resolve(".~lock.plan.csv#"),
        "Ann Smith,ann,ANN-PC,26.11.2026 09:12,file:///home/ann/.config;");
    assertThat(run("plan", "--all", "--file", file.toString())).isEqualTo(2);
    assertThat(Workspace.read(file)).isEqualTo(typed);
    assertThat(err.toString()).isEqualTo(file + ": is open in Excel or LibreOffice, by Ann Smith on the computer"
        + " ANN-PC, as the lock file .~lock.plan.csv# beside it says, so it was not replaced: what is typed there and"
        + " not saved would be lost. Save and close it, then run again (if no program has it open, delete"
        + " .~lock.plan.csv#)\ncircuitpress: nothing was written\n");
    Files.delete(tmp.resolve(".~lock.plan.csv#"));
    Files.writeString(tmp.resolve("~$plan.csv"), "");
    assertThat(run("plan", "--all", "--file", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(file + ": is open in Excel or LibreOffice, as the lock file ~$plan.csv");
    assertThat(Workspace.read(file)).isEqualTo(typed);
  }

  /** A file that cannot be written once the work is done (a full disk) is as one refused before it: exit 2. */
  @Test
  void aPlanThatCannotBeWrittenLeavesTheEarlierOneAndNoCopy() throws IOException {
    String typed = "\uFEFF" + PLAN_HEADER + "csv,anna-k,my note\n";
    Path file = Files.writeString(tmp.resolve("plan.csv"), typed);
    OutputSink full = temp -> {
      throw new IOException("No space left on device");
    };
    assertThat(run(full, "plan", "--all", "--file", file.toString())).isEqualTo(2);
    assertThat(Workspace.read(file)).isEqualTo(typed);
    assertThat(err.toString()).isEqualTo(file + ": could not write: the disk is full; nothing was written\n");
    assertThat(out.toString()).isEmpty();
    assertThat(Workspace.files(tmp)).containsExactly("exercises.csv", "plan.csv", "roster.csv");
  }

  private static final String EXPORT = "\uFEFF" + EXPORT_HEADER + "anna-k,0\nben-o,0\n";

  @Test
  void anExportWrittenTwiceIsLeftAsItIsAndOneTheTrainerEditedIsKeptAside() throws IOException {
    assertThat(run("generate", "--month", "2026-12")).as(err.toString()).isZero();
    Path file = tmp.resolve("checked.csv");
    assertThat(run("export-logs", "--month", "2026-12", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(file)).isEqualTo(EXPORT);
    Files.setLastModifiedTime(file, LONG_AGO);
    assertThat(run("export-logs", "--month", "2026-12", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
    assertThat(out.toString()).endsWith("Exported 2 clients (0 with logged entries): " + file + " already held this"
        + " export, so it was left as it is\n");
    assertThat(tmp.resolve("checked.replaced.csv")).doesNotExist();
    // numbers corrected in Excel, saved back in the very format CircuitPress writes
    String corrected = EXPORT.replace("ben-o,0", "ben-o,3");
    Files.writeString(file, corrected);
    assertThat(run("export-logs", "--month", "2026-12", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(file)).isEqualTo(EXPORT);
    assertThat(Workspace.read(tmp.resolve("checked.replaced.csv"))).isEqualTo(corrected);
    assertThat(err.toString()).contains(file + ": warning: differed from the new export (it may hold what you typed in"
        + " it), so it was kept as checked.replaced.csv and the new export took its place");
    assertThat(out.toString()).endsWith("Exported 2 clients (0 with logged entries) to " + file + "\n");
  }

  @Test
  void aReadOnlyExportIsNotReplaced() throws IOException {
    assertThat(run("generate", "--month", "2026-12")).as(err.toString()).isZero();
    Path file = Files.writeString(tmp.resolve("checked.csv"), EXPORT_HEADER + "anna-k,0,checked\n");
    makeReadOnly(file);
    try {
      assertThat(run("export-logs", "--month", "2026-12", "--file", file.toString())).isEqualTo(2);
      assertThat(Workspace.read(file)).isEqualTo(EXPORT_HEADER + "anna-k,0,checked\n");
      assertThat(err.toString()).contains(file + ": is read-only, so it was not replaced")
          .contains("circuitpress: nothing was exported");
      assertThat(tmp.resolve("checked.replaced.csv")).doesNotExist();
    } finally {
      file.toFile().setWritable(true);
    }
  }

  /** Read-only as a file manager makes it: no one may write it, whoever runs the tests. */
  private static void makeReadOnly(Path file) throws IOException {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    } else {
      assertThat(file.toFile().setReadOnly()).isTrue();
    }
  }
}
