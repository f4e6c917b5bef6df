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
}
