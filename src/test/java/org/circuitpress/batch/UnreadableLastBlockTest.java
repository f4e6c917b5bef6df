package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.List;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review (a trainer's laptop whose output folder is synced, month two): a client folder of
 * last month that the run could not look into (its permissions, a synced folder not on this computer)
 * was taken for one the client had sent nothing back to. The report said, as a note only, that
 * neither log.xlsx nor handout.pdf was there, which was untrue, and the client's filled log was passed
 * over without a word on the screen (and export-logs exported the client without their entries, with
 * exit code 0). Now a warning says the folder could not be looked in, and why; export-logs names it
 * as an error of that client.
 */
class UnreadableLastBlockTest {
  @TempDir Path tmp;

  private static final String ROW = "c001,Zoe Martin,upper-back-mobility,2026-12-01,beginner,,,foam roller; band"
      + " light/medium/heavy,,,kg,A4,,";

  private Path december() throws IOException {
    StringWriter screen = new StringWriter();
    assertThat(RealRun.run(tmp, screen, List.of(), ROW).exitCode()).as(screen.toString()).isZero();
    Path folder = tmp.resolve("out/2026-12/c001");
    FilledLogs.fill(folder.resolve("log.xlsx"));
    return folder;
  }

  private String january() throws IOException {
    StringWriter screen = new StringWriter();
    RealRun.run(screen, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1)));
    return screen.toString();
  }

  /** The log and handout in {@code folder} made links to themselves, which cannot be looked at. */
  private static void loopBack(Path folder) throws IOException {
    for (String name : List.of("log.xlsx", "handout.pdf")) {
      Files.move(folder.resolve(name), folder.resolve(name + ".kept"));
      Files.createSymbolicLink(folder.resolve(name), folder.resolve(name));
    }
  }

  /**
   * Runs as any user, root too (who reads every folder whatever its permissions): the client's
   * log and handout are links that lead nowhere but round in a loop, which the file system refuses
   * to follow, as it refuses a folder without permission: there is no telling whether they are there.
   */
  @Test
  void aLogThatCannotBeLookedAtIsWarnedAboutNotTakenForOneThatNeverCameBack() throws IOException {
    Path folder = december();
    loopBack(folder);

    String screen = january();

    assertThat(screen).contains(folder + ": warning: could not look in " + folder + " for the last block's log (")
        .contains("if the client filled one in, make that folder readable");
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("c001  done-with-warnings").doesNotContain("no log came back");
  }

  /** export-logs names it as an error of that client, as it names a log it cannot read, and ends with 1. */
  @Test
  void exportLogsNamesAFolderItCannotLookInAsThatClientsError() throws IOException {
    Path folder = december();
    loopBack(folder);
    StringWriter screen = new StringWriter();

    int exit = new Plans(Stages.standard(), RealRun.screen(screen), OutputSink.FILES)
        .exportLogs(RealRun.options(tmp).withMonth(YearMonth.of(2026, 12)), null);

    assertThat(exit).as(screen.toString()).isEqualTo(1);
    assertThat(screen.toString()).contains(folder + ": could not look in " + folder + " for the last block's log (");
  }

  /**
   * Found in review: export-logs of a month whose folder cannot be looked in said "folder not found:
   * run generate for 2026-12 first", sending the trainer to run a month already done.
   */
  @Test
  void exportLogsOfAMonthFolderThatCannotBeLookedInSaysSoNotThatItIsMissing() throws IOException {
    Path month = december().getParent();
    Files.move(month, tmp.resolve("out/2026-12.kept"));
    Files.createSymbolicLink(month, month);
    StringWriter screen = new StringWriter();

    int exit = new Plans(Stages.standard(), RealRun.screen(screen), OutputSink.FILES)
        .exportLogs(RealRun.options(tmp).withMonth(YearMonth.of(2026, 12)), null);

    assertThat(exit).isEqualTo(2);
    assertThat(screen.toString()).contains(month + ": could not look in " + month + " (")
        .contains("make that folder readable").doesNotContain("run generate for 2026-12 first");
  }

  /** The folder of last month itself cannot be looked in: said so, not that the client's folder is gone. */
  @Test
  void aLastMonthFolderThatCannotBeLookedInIsNotTakenForAClientFolderGone() throws IOException {
    Path folder = december();
    Path month = folder.getParent();
    Path moved = tmp.resolve("out/2026-12.kept");
    Files.move(month, moved);
    Files.createSymbolicLink(month, month);

    String screen = january();

    assertThat(screen).contains(folder + ": warning: could not look in " + folder + " for the last block's log (")
        .doesNotContain("no folder of this client's last block");
  }

  /** The case as a trainer meets it: a folder without permission to look in (not for root, who may). */
  @Test
  void aClientFolderWithoutPermissionIsWarnedAbout() throws IOException {
    Path folder = december();
    Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "no POSIX permissions here");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.exists(folder.resolve("log.xlsx")), "this user reads folders without permission");

      String screen = january();

      assertThat(screen).contains(folder + ": warning: could not look in " + folder + " for the last block's log"
          + " (permission denied)");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
