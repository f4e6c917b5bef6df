package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review (month two): the notes about a drill deleted from the library, a slot taken out of
 * a template and a client moved to another template were said for clients whose block was still
 * running too, for whom nothing was decided ("the new block gives its slot a drill of today's
 * library" with no new block), and a moved client got two notes of the same move. Each is said
 * once, and only for a client given a new block.
 */
class NotesWhereDecidedTest {
  @TempDir Path tmp;

  /** c001 is on 4-week blocks, so January starts a new one; c002's 8-week block runs into February. */
  private static final String ROW =
      "%s,%s,%s,2026-12-01,beginner,%s,,foam roller; band light/medium/heavy,,,kg,A4,,";

  private static String row(String id, String name, String program, String weeks) {
    return String.format(ROW, id, name, program, weeks);
  }

  @Test
  void aDrillDeletedFromTheLibraryIsNotedOnlyForTheClientGivenANewBlock() throws IOException {
    RealRun.roster(tmp, row("c001", "Zoe Martin", "upper-back-mobility", ""),
        row("c002", "Ana Ruiz", "upper-back-mobility", "8"));
    Path library = Files.copy(Path.of("input", "csv", "exercises.csv"), tmp.resolve("exercises.csv"));
    RunOptions options = RunOptions.of(tmp.resolve("roster.csv"), library, Path.of("templates"), tmp.resolve("out"))
        .withThreads(2);
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(december, options).exitCode()).as(december.toString()).isZero();
    Files.write(library, Files.readAllLines(library, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("band-straight-arm-pulldown,")).toList(), StandardCharsets.UTF_8);

    StringWriter january = new StringWriter();
    RealRun.run(january, options.withMonth(YearMonth.of(2027, 1)));

    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).as(report).contains("Zoe Martin (c001): the last block gave the drill band-straight-arm-pulldown")
        .doesNotContain("Ana Ruiz (c002): the last block gave");
  }

  @Test
  void aMoveToAnotherTemplateIsNotedOnceAndOnlyForTheClientGivenANewBlock() throws IOException {
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(tmp, december, List.of(), row("c001", "Zoe Martin", "upper-back-mobility", ""),
        row("c002", "Ana Ruiz", "upper-back-mobility", "8")).exitCode()).as(december.toString()).isZero();
    RealRun.roster(tmp, row("c001", "Zoe Martin", "shoulder-health", ""),
        row("c002", "Ana Ruiz", "shoulder-health", "8"));

    StringWriter january = new StringWriter();
    RealRun.run(january, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1)));

    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    String moved = "the last block here was of upper-back-mobility, but the client's program is now shoulder-health";
    assertThat(report.split(java.util.regex.Pattern.quote(moved), -1)).as(report).hasSize(2);
    assertThat(report.substring(0, report.indexOf("c002  skipped"))).as(report).contains(moved);
    assertThat(report).as(report).doesNotContain("was not used");
  }
}
