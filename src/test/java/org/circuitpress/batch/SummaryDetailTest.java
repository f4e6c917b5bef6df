package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's Detail cell, read back from a real run's summary.xlsx. */
class SummaryDetailTest {
  @TempDir Path tmp;

  /**
   * Found in review of a bulk run: a client with several long warnings and planner notes got a
   * Detail cell of about 600 characters, cut in the middle of a word.
   */
  @Test
  void aClientWithManyLongWarningsGetsTheFirstInFullThenHowManyMoreTheReportHas() throws IOException {
    StringWriter out = new StringWriter();
    RealRun.run(tmp, out, List.of(),
        "c1,\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF,upper-back-mobility,2026-12-01,beginner,,,dumbells; KB 16kg,"
            + "bad shoulder,,kg,A4,\u0623\u0644\u0645 \u0641\u064A \u0627\u0644\u0643\u062A\u0641,",
        "c2,Ben,upper-back-mobility,2026-12-01,beginner,,,foam roller,,,kg,A4,,");
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    List<List<String>> rows = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    List<String> c1 = rows.get(1);
    assertThat(c1.get(RealRun.STATUS)).isEqualTo("done, with warnings");
    String detail = c1.get(RealRun.DETAIL);
    assertThat(detail.length()).as(detail).isLessThanOrEqualTo(400);
    // the first warning whole, as the report has it, then a count of the rest and where they are
    String first = report.lines().filter(l -> l.contains(": warning: ")).findFirst().orElseThrow();
    assertThat(detail).startsWith(first + "; ");
    assertThat(detail).containsPattern("; and \\d+ more warnings in report\\.txt")
        .doesNotContain("...");
    int warnings = Integer.parseInt(c1.get(RealRun.WARNINGS));
    assertThat(warnings).isGreaterThanOrEqualTo(4);
    assertThat(report.lines().filter(l -> l.contains(": warning: ")).count()).isEqualTo(warnings);
  }
}
