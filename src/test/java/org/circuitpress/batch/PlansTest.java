package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlansTest {
  @TempDir java.nio.file.Path tmp;

  /**
   * Found in review: {@code plan --client C03} printed the warnings and errors of every other
   * client's row after the plan. It shows the chosen client's and the files', and counts the
   * others in a note, as {@code generate --clients} does.
   */
  @Test
  void planOfOneClientShowsItsOwnProblemsAndCountsTheOthers() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Ann?,2026-12-07", "ben-o,Ben?,2026-12-01", "cy,Cy,never",
        "dee,Dee?,2026-12-01");
    int exit = new Plans(new FakeStages(), ws.screen(), OutputSink.FILES).print(ws.options(), "BEN-O", false);

    assertThat(ws.out.toString()).startsWith("ben-o Ben? block 1\n");
    assertThat(ws.err.toString().lines().toList()).containsExactly(
        "roster.csv: B3 (name): warning: a question mark in a name",
        "--client: note: 3 problems on the roster rows of other clients are left out here; a run of the whole"
            + " roster lists them");
    // another client's row with errors does not fail the plan of this one
    assertThat(exit).isZero();
  }

  @Test
  void planOfEveryClientShowsEveryProblem() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Ann?,2026-12-07", "ben-o,Ben,2026-12-01");
    new Plans(new FakeStages(), ws.screen(), OutputSink.FILES).print(ws.options(), null, false);
    assertThat(ws.err.toString()).contains("B2 (name): warning: a question mark").doesNotContain("--client");
  }

  /**
   * Found running a chain's 2,000 clients: export-logs read every log for a minute and a half
   * without a word on the screen. It shows how far it is, as generate does.
   */
  @Test
  void exportLogsShowsHowFarItIs() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01");
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    Workspace exporting = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01");
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    int exit = new Plans(new FakeStages(), exporting.screen(), OutputSink.FILES, () -> now.addAndGet(3_000_000_000L))
        .exportLogs(exporting.options().withMonth(java.time.YearMonth.of(2026, 12)), null);
    assertThat(exit).as(exporting.err.toString()).isZero();
    assertThat(exporting.err.toString()).contains("2/4 clients (50%)");
    assertThat(exporting.out.toString()).startsWith("Exported 4 clients");
  }
}
