package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review (month two after the trainer changed a template): a template's weeks raised from
 * 4 to 6 after December's blocks were printed dates every block by the new length, so a client who
 * did all of a 4-week December block was skipped in January ("still running" to 11 January) and
 * their log was read against six weeks, with only a note in the report. The trainer is now warned
 * on the screen, at the client's weeks cell, with the block as printed, as it counts now, and what
 * keeps the client's blocks where they were.
 */
class BlockLengthChangedTest {
  @TempDir Path tmp;

  @Test
  void aTemplateMadeLongerSinceTheBlockWasPrintedIsWarnedAboutAtTheClientsWeeksCell() throws IOException {
    RealRun.roster(tmp, "c001,Zoe Martin,upper-back-mobility,2026-12-01,beginner,,,foam roller,,,kg,A4,,");
    Path own = ownTemplate();
    Path templates = own.getParent();
    RunOptions options = RunOptions.of(tmp.resolve("roster.csv"), Path.of("input", "csv", "exercises.csv"), templates,
        tmp.resolve("out")).withThreads(2);
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(december, options).exitCode()).as(december.toString()).isZero();
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    Path settings = own.resolve("template.csv");
    List<String> lines = Files.readAllLines(settings, StandardCharsets.UTF_8).stream()
        .map(l -> l.equals("weeks,4") ? "weeks,6" : l).toList();
    Files.write(settings, lines, StandardCharsets.UTF_8);

    StringWriter january = new StringWriter();
    RealRun.run(january, options.withMonth(YearMonth.of(2027, 1)));

    assertThat(january.toString()).contains("roster.csv: F2 (weeks): warning: Zoe Martin (c001): block 1 was printed for"
        + " 2026-12-01 to 2026-12-28 (4 weeks), but upper-back-mobility and the roster now give this client's blocks"
        + " 6 weeks, so it counts as 2026-12-01 to 2027-01-11: its log is read against that block (weeks 5 to 6 as"
        + " not logged), and the next block is the one of 2027-02. To keep this client's blocks where they were,"
        + " write 4 in their weeks column");
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).doesNotContain("was not used");
  }

  /**
   * Found in review: the warning says to write the printed length in the client's weeks column, but
   * pointed at their row ("roster.csv: row 2") where the roster has that column, so the trainer had
   * to find the cell. It points at the cell; a roster without the column gets the row, as before.
   */
  @Test
  void aRosterWithoutAWeeksColumnIsWarnedAtTheClientsRow() throws IOException {
    Files.write(tmp.resolve("roster.csv"), List.of("client_id,name,program,start_date,equipment",
        "c001,Zoe Martin,upper-back-mobility,2026-12-01,foam roller"), StandardCharsets.UTF_8);
    Path own = ownTemplate();
    RunOptions options = RunOptions.of(tmp.resolve("roster.csv"), Path.of("input", "csv", "exercises.csv"),
        own.getParent(), tmp.resolve("out")).withThreads(2);
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(december, options).exitCode()).as(december.toString()).isZero();
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    Path settings = own.resolve("template.csv");
    Files.write(settings, Files.readAllLines(settings, StandardCharsets.UTF_8).stream()
        .map(l -> l.equals("weeks,4") ? "weeks,6" : l).toList(), StandardCharsets.UTF_8);

    StringWriter january = new StringWriter();
    RealRun.run(january, options.withMonth(YearMonth.of(2027, 1)));

    assertThat(january.toString()).contains("roster.csv: row 2: warning: Zoe Martin (c001): block 1 was printed for");
  }

  /** A copy of the shipped upper-back-mobility template under {@code tmp/templates}, to change. */
  private Path ownTemplate() throws IOException {
    Path own = Files.createDirectories(tmp.resolve("templates").resolve("upper-back-mobility"));
    try (var files = Files.list(Path.of("templates", "upper-back-mobility"))) {
      for (Path f : files.toList()) Files.copy(f, own.resolve(f.getFileName().toString()));
    }
    return own;
  }
}
