package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of a run: nothing truncated is visible, and a rerun completes the month. */
class KilledRunTest {
  @TempDir Path tmp;

  @Test
  void aRunKilledMidwayLeavesOnlyWholeFilesAndARerunCompletesTheMonth() throws Exception {
    Workspace ws = sixteenClients();
    Path month = tmp.resolve("out/2026-12");
    Process p = untilThreeHandouts(child(ws).start(), month);
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    int before = count(month, "handout.pdf");
    assertThat(before).as("killed before the end").isBetween(1, 15);
    assertWhole(month);

    Process again = child(ws).start();
    String err = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(err).isZero();
    assertThat(count(month, "handout.pdf")).isEqualTo(16);
    assertThat(count(month, "log.xlsx")).isEqualTo(16);
    assertThat(Workspace.files(month)).noneMatch(f -> f.endsWith(AtomicFiles.TEMP_SUFFIX));
    assertWhole(month);
  }

  @Test
  void aRunStoppedMidwaySaysSoAndLeavesNoTemporaryFile() throws Exception {
    Workspace ws = sixteenClients();
    Path month = tmp.resolve("out/2026-12");
    Path err = tmp.resolve("stderr.txt");
    Process p = untilThreeHandouts(child(ws).redirectError(err.toFile()).start(), month);
    p.destroy(); // SIGTERM, as Ctrl-C or a stopped job sends: the shutdown hooks run
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(count(month, "handout.pdf")).as("stopped before the end").isBetween(1, 15);
    assertThat(Files.readString(err)).contains("circuitpress: stopped before the end. Every file written so far"
        + " is whole and nothing half-written is left; run the same command again to complete the month.");
    assertThat(Workspace.files(month)).noneMatch(f -> f.endsWith(AtomicFiles.TEMP_SUFFIX));
    assertWhole(month);
  }

  /** Found in review (a chain's operator): Ctrl-C left 12 empty client folders, the ones being written. */
  @Test
  void aRunStoppedMidwayLeavesNoEmptyClientFolderAndNoLock() throws Exception {
    Workspace ws = sixteenClients();
    Path month = tmp.resolve("out/2026-12");
    Process p = child(ws, "-Dcircuitpress.test.hang=c5").start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!begun(month.resolve("c5")) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
    assertThat(begun(month.resolve("c5"))).as("c5's handout was begun").isTrue();
    p.destroy(); // SIGTERM, as Ctrl-C or a stopped job sends: the shutdown hooks run
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(month.resolve("c5")).doesNotExist();
    try (Stream<Path> folders = Files.list(month)) {
      assertThat(folders.filter(Files::isDirectory)).allSatisfy(f -> assertThat(f).isNotEmptyDirectory());
    }
    assertThat(month.resolve(".circuitpress-run.lock")).doesNotExist();
  }

  /** Whether a temporary file is being written in {@code folder}. */
  private static boolean begun(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX));
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
  }

  private Workspace sixteenClients() throws IOException {
    String[] rows = new String[16];
    for (int i = 0; i < rows.length; i++) rows[i] = "c" + i + ",Client " + i + ",2026-12-0" + (1 + i % 9);
    return new Workspace(tmp, rows);
  }

  /** {@code p} once it has written three handouts (or ended, or a minute passed). */
  private static Process untilThreeHandouts(Process p, Path month) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (countWhileRunning(month, "handout.pdf") < 3 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
    return p;
  }

  private ProcessBuilder child(Workspace ws) {
    return child(ws, "-XX:-UsePerfData");
  }

  private ProcessBuilder child(Workspace ws, String jvmOption) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-XX:-UsePerfData", jvmOption, "-cp", System.getProperty("java.class.path"),
        ChildRun.class.getName(), "generate", "--threads", "2", "--roster", tmp.resolve("roster.csv").toString(),
        "--library", tmp.resolve("exercises.csv").toString(), "--templates", tmp.resolve("templates").toString(),
        "--out", tmp.resolve("out").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static int count(Path month, String name) throws IOException {
    return (int) Workspace.files(month).stream().filter(f -> f.endsWith("/" + name)).count();
  }

  /** As {@link #count}, while the child writes: a temporary file may vanish as the folder is walked. */
  private static int countWhileRunning(Path month, String name) throws IOException {
    try {
      return count(month, name);
    } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
      return 0; // looked at again on the next poll
    }
  }

  /** Visible PDFs end with their trailer and visible workbooks open as whole zips. */
  private static void assertWhole(Path month) throws IOException {
    List<String> files = Workspace.files(month).stream().filter(f -> !f.endsWith(AtomicFiles.TEMP_SUFFIX)).toList();
    for (String f : files) {
      Path file = month.resolve(f);
      if (f.endsWith(".pdf")) {
        byte[] b = Files.readAllBytes(file);
        assertThat(new String(b, Math.max(0, b.length - 32), Math.min(32, b.length), StandardCharsets.ISO_8859_1))
            .as(f).contains("%%EOF");
      } else if (f.endsWith("log.xlsx")) {
        try (ZipFile z = new ZipFile(file.toFile())) {
          assertThat(z.getEntry("[Content_Types].xml")).as(f).isNotNull();
        }
      }
    }
  }
}
