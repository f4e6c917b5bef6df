package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a library whose drills were nearly all refused left a client with a program of
 * step headings and no drill, and the run wrote its handout and counted the client as done. Such a
 * client fails, saying why; a client whose program has some drills is still made, with warnings.
 */
class EmptyProgramRunTest {
  @TempDir Path tmp;

  @Test
  void aClientWhoseProgramHasNoDrillFailsAndNothingIsWrittenForThem() throws IOException {
    Path library = Files.writeString(tmp.resolve("exercises.csv"),
        "exercise_id,name,role,tags\nbreath-hold,Breath hold,breathing,ribs\n");
    RealRun.roster(tmp,
        "some,Some Drills,upper-back-mobility,2026-12-07,,,,,,,,,,",
        "none,No Drills,upper-back-mobility,2026-12-07,,,,,,breath-hold,,,,");
    StringWriter out = new StringWriter();

    Run.Result r = RealRun.run(out, RunOptions.of(tmp.resolve("roster.csv"), library, Path.of("templates"),
        tmp.resolve("out")).withThreads(2));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(out.toString()).contains("2 clients: 1 done, 0 kept a filled or changed file, 0 skipped, 1 failed;");
    Path month = tmp.resolve("out/2026-12");
    assertThat(month.resolve("some/handout.pdf")).exists();
    assertThat(month.resolve("none/handout.pdf")).doesNotExist();
    assertThat(month.resolve("none/log.xlsx")).doesNotExist();
    List<List<String>> summary = RealRun.summary(month.resolve("summary.xlsx"));
    List<String> none = summary.stream().filter(row -> row.get(RealRun.NAME).equals("No Drills")).findFirst()
        .orElseThrow();
    assertThat(none.get(RealRun.STATUS)).isEqualTo("failed");
    // the row names the client, so the cell does not begin with "No Drills (none): " as the report does
    assertThat(none.get(RealRun.DETAIL)).startsWith("no drill in the library suits this client for any of the");
    assertThat(Files.readString(month.resolve("report.txt"))).contains("slots of upper-back-mobility (",
        "so no handout or log is made. The first, breathe (breathing): Breath hold is excluded for this"
            + " client, and no other drill with the role breathing suits the client; the library has no drill"
            + " tagged fallback to use instead");
  }
}
