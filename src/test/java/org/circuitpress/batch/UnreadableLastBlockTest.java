package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
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

    assertThat(screen).contains(month + ": warning: could not look in " + month + " (", "), the month folder of the last"
        + " block of 1 client (c001), so no log was read and their block goes on as the template plans; if a client"
        + " filled one in, make that folder readable").doesNotContain("no folder of this client's last block", folder
        + ":");
  }

  /**
   * Found in review: a last month's folder that could not be looked in gave every client of it a
   * warning of their own folder, 300 lines for 300 clients. It is said once, at the month folder,
   * with how many clients it concerns, in the same words and place whatever the threads, for shards
   * merged, in a dry run and in plan; each client's line in report.txt says it shortly. (export-logs
   * of that month stops at the folder, once, above.)
   */
  @Test
  void aLastMonthFolderThatCannotBeLookedInIsSaidOnceForAllItsClients() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 7; i++) rows.add("c" + i + ",Client " + i + ",upper-back-mobility,2026-12-01,beginner,,,,,,kg,A4,,");
    RealRun.roster(tmp, rows.toArray(String[]::new));
    List<Path> outs = List.of(tmp.resolve("out"), tmp.resolve("threads"), tmp.resolve("sharded"));
    for (Path out : outs) {
      Path month = Files.createDirectories(out).resolve("2026-12");
      Files.createSymbolicLink(month, month);
    }
    Path out = outs.get(0);
    Path month = out.resolve("2026-12");
    RunOptions january = RealRun.options(tmp).withMonth(YearMonth.of(2027, 1));
    String once = month + ": warning: could not look in " + month + " (";
    String forAll = "), the month folder of the last block of 7 clients (c1, c2, c3, c4, c5, c6, c7), so no log was"
        + " read and their blocks go on as the template plans; if a client filled one in, make that folder readable"
        + " (or let a synced folder finish downloading it) and run again";

    StringWriter screen = new StringWriter();
    assertThat(RealRun.run(screen, january.withThreads(1)).exitCode()).as(screen.toString()).isZero();
    List<String> said = screen.toString().lines().filter(l -> l.contains("could not look in")).toList();
    assertThat(said).hasSize(1);
    assertThat(said.get(0)).startsWith(once).endsWith(forAll);
    String report = Files.readString(out.resolve("2027-01/report.txt"));
    assertThat(report.lines().filter(l -> l.contains("could not look in"))).hasSize(8);
    assertThat(report).contains("\n" + said.get(0) + "\n", "\nc7  done-with-warnings  c7/handout.pdf, c7/log.xlsx\n  "
        + once).contains("), the month folder of this client's last block, so no log was read and this block goes on"
        + " as the template plans\n").doesNotContain(month + "/c");

    Path threads = outs.get(1);
    StringWriter screen4 = new StringWriter();
    RealRun.run(screen4, january.withOut(threads).withThreads(4));
    assertThat(Files.readString(threads.resolve("2027-01/report.txt")).replace(threads.toString(), out.toString()))
        .isEqualTo(report);
    Path sharded = outs.get(2);
    for (int k = 1; k <= 3; k++) RealRun.run(new StringWriter(), january.withOut(sharded).withShard(new Shard(k, 3)));
    StringWriter merged = new StringWriter();
    assertThat(new Run(Stages.standard(), RealRun.screen(merged), OutputSink.FILES).merge(sharded, YearMonth.of(2027, 1))
        .exitCode())
        .as(merged.toString()).isZero();
    assertThat(Files.readString(sharded.resolve("2027-01/report.txt")).replace(sharded.toString(), out.toString()))
        .isEqualTo(report);

    StringWriter dry = new StringWriter();
    RealRun.run(dry, january.withFlags(true, false));
    StringWriter plan = new StringWriter();
    new Plans(Stages.standard(), RealRun.screen(plan), OutputSink.FILES).print(january, null, true);
    for (StringWriter w : List.of(dry, plan)) {
      assertThat(w.toString().lines().filter(l -> l.contains("could not look in")).toList()).as(w.toString())
          .singleElement().asString().startsWith(once).endsWith(forAll);
    }
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
