package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console shows first of a roster's problems, on the real stages. */
class RosterRowsConsoleTest {
  @TempDir Path tmp;

  /** No units or paper: those would settle the order of the dates (A4 and kg: day first). */
  static final String FILL = ",beginner,,,foam roller,,,,,,";

  /**
   * Found in review: with every start date of a UK CSV export ambiguous, the console was a column
   * of "could be day/month or month/day" errors; the one warning that says what to do about them
   * all comes first.
   */
  @Test
  void theWarningAboutStartDatesThatReadEitherWayComesBeforeTheirErrors() throws IOException {
    RealRun.roster(tmp, "c1,Ann,upper-back-mobility,01/12/2026" + FILL, "c2,Ben,upper-back-mobility,02/12/2026" + FILL,
        "c3,Cy,upper-bak-mobility,2026-12-03" + FILL);
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(out, RealRun.options(tmp).withFlags(true, false));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("roster.csv: warning: 2 start dates, such as \"01/12/2026\" (D2), could be"
        + " read day/month or month/day");
    assertThat(lines.get(1)).startsWith("roster.csv: D2 (start_date): the date \"01/12/2026\" could be");
    // no row could be read, so nothing was written
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
