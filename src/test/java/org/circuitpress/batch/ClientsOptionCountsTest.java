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
 * Found in review: a {@code --clients} run counted one client asked for as two when its id is on
 * two roster rows, and counted a line saying the client's row has errors as one more error.
 */
class ClientsOptionCountsTest {
  @TempDir Path tmp;

  static final String ANN = "c1,Ann Kowalska,upper-back-mobility,2026-12-01,beginner,,,foam roller,,,kg,A4,,";
  static final String BEN = "c2,Ben O'Neill,upper-back-mobility,2026-12-02,beginner,,,foam roller,,,kg,A4,,";
  /** Ann's id again, with another name and start date: not a row repeated cell for cell, so an error. */
  static final String ANN_AGAIN = "C1,Ann K,upper-back-mobility,2026-12-08,beginner,,,foam roller,,,kg,A4,,";
  /** Two cells wrong: the program and the start date. */
  static final String BAD = "c3,Cy Núñez,upper-bak-mobility,31.13.2026,beginner,,,foam roller,,,kg,A4,,";

  private String report() throws IOException {
    return Files.readString(tmp.resolve("out/2026-12/report-clients.txt"));
  }

  @Test
  void aChosenIdOnTwoRowsIsOneClientWithTheSecondRowsError() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(tmp, out, List.of("c1"), ANN, BEN, ANN_AGAIN);
    String counts = "1 client: 1 done, 0 kept a filled or changed file, 0 skipped, 0 failed; 1 error, 0 warnings";
    assertThat(out.toString()).contains("2026-12: " + counts)
        .contains("roster.csv: A4 (client_id): client_id \"C1\" is already used on row 2");
    assertThat(r.exitCode()).isEqualTo(1);
    // the row left out is said once, at its own cell, naming the row whose client was made
    assertThat(report()).contains("\n" + counts + "\n").doesNotContain("\nFailed (")
        .contains("roster.csv: A4 (client_id): client_id \"C1\" is already used on row 2 as \"c1\" (ids that differ"
            + " only in capitals or spaces are one client), whose client is the one read; this row differs in name and"
            + " start_date, and is skipped");
    // one row, the client made, who has no warning of their own for it (found in review: a warning at
    // their row said the same again)
    List<List<String>> rows = RealRun.summary(tmp.resolve("out/2026-12/summary-clients.xlsx"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(RealRun.STATUS)).isEqualTo("done");
  }

  /**
   * Since the id on two rows is one error, at the row skipped, a run of {@code --clients} for that id
   * ended "1 error" while its summary showed the client done with nothing about the row skipped. The
   * client's Detail there names it, and why; the month's summary, where that row is a failed row of its
   * own, is as it was.
   */
  @Test
  void aChosenIdOnTwoRowsSaysTheRowSkippedInTheClientsDetail() throws IOException {
    String skipped = "roster.csv: A4 (client_id): client_id \"C1\" is already used on row 2 as \"c1\" (ids that"
        + " differ only in capitals or spaces are one client), whose client is the one read; this row differs in name"
        + " and start_date, and is skipped";
    RealRun.run(tmp, new StringWriter(), List.of("c1"), ANN, BEN, ANN_AGAIN);
    List<List<String>> rows = RealRun.summary(tmp.resolve("out/2026-12/summary-clients.xlsx"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(0)).isEqualTo("c1");
    assertThat(rows.get(1).get(RealRun.STATUS)).isEqualTo("done");
    assertThat(rows.get(1).get(RealRun.DETAIL)).startsWith(skipped + "; ");

    // the whole roster: the row skipped is a failed row of its own, and Ann's Detail does not say it again
    RealRun.run(tmp, new StringWriter(), List.of(), ANN, BEN, ANN_AGAIN);
    rows = RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).get(0)).isEqualTo("c1");
    assertThat(rows.get(1).get(RealRun.DETAIL)).doesNotContain("A4").startsWith("slot pulldown: ");
    assertThat(rows.get(3).get(0)).isEqualTo("C1");
    assertThat(rows.get(3).get(RealRun.STATUS)).isEqualTo("failed");
    assertThat(rows.get(3).get(RealRun.DETAIL)).isEqualTo("not made (roster row 4): " + skipped);
  }

  /**
   * Left from review: the report of a {@code --clients} run said the row skipped for the client's id
   * under Problems only, while the summary's Detail and the month's report say it with the client. A
   * trainer reading the client's line sees it there now.
   */
  @Test
  void aChosenIdOnTwoRowsSaysTheRowSkippedUnderTheClientsLineOfTheReport() throws IOException {
    RealRun.run(tmp, new StringWriter(), List.of("c1"), ANN, BEN, ANN_AGAIN);
    String report = report();
    String clients = report.substring(report.indexOf("\nClients\n"));
    assertThat(clients).containsPattern("\nc1  done  [^\n]*\n  roster.csv: A4 \\(client_id\\): client_id \"C1\" is"
        + " already used on row 2 as \"c1\"");
  }

  @Test
  void aChosenRowWithTwoCellErrorsCountsTwoErrorsAndSaysWhyItHasNoProgram() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(tmp, out, List.of("c3"), ANN, BAD);
    String counts = "1 client: 0 done, 0 kept a filled or changed file, 0 skipped, 1 failed; 2 errors, 0 warnings";
    assertThat(out.toString()).contains("2026-12: " + counts)
        .contains("roster.csv: C3 (program): unknown program \"upper-bak-mobility\"")
        .contains("roster.csv: D3 (start_date): ")
        // still said, as a note after the errors it points at, and not counted
        .contains("--clients: note: client \"c3\" is in the roster, but its row has errors (above)");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(report()).contains("\n" + counts + "\n").contains("\nProblems (2)\n");
    List<List<String>> rows = RealRun.summary(tmp.resolve("out/2026-12/summary-clients.xlsx"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(0)).isEqualTo("c3");
  }

  @Test
  void aChosenIdWhoseTwoRowsBothHaveErrorsIsOneClientThatFailed() throws IOException {
    StringWriter out = new StringWriter();
    String badAgain = "c3,Cy N,upper-back-mobility,2026-12-09,beginner,,,foam roller,,,kg,A4,,";
    RealRun.run(tmp, out, List.of("C3"), ANN, BAD, badAgain);
    String counts = "1 client: 0 done, 0 kept a filled or changed file, 0 skipped, 1 failed; 3 errors, 0 warnings";
    assertThat(out.toString()).contains("2026-12: " + counts);
    assertThat(report()).contains("\nFailed (1)\nc3  not made (roster row 3): ");
    List<List<String>> rows = RealRun.summary(tmp.resolve("out/2026-12/summary-clients.xlsx"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(RealRun.DETAIL)).startsWith("not made (roster row 3): ")
        .endsWith("and 1 more error in report-clients.txt");
  }

  /**
   * Found in review: when the row of the id asked for had errors of its own, the report's line for
   * the client named that row's first error alone; the later row of the same id, skipped too, was
   * only under Problems, where a client made has it under their line.
   */
  @Test
  void aChosenIdWhoseFirstRowHasErrorsSaysTheOtherRowSkippedUnderItsLine() throws IOException {
    String badAgain = "c3,Cy N,upper-back-mobility,2026-12-09,beginner,,,foam roller,,,kg,A4,,";
    RealRun.run(tmp, new StringWriter(), List.of("c3"), ANN, BAD, badAgain);
    String report = report();
    String clients = report.substring(report.indexOf("\nClients\n"));
    assertThat(clients).containsPattern("\nc3  failed  not made \\(roster row 3\\): [^\n]*\n  roster.csv: A4"
        + " \\(client_id\\): client_id \"c3\" is already used on row 3");
  }

  @Test
  void aRunOfTheWholeRosterStillCountsEachRowWithErrors() throws IOException {
    StringWriter out = new StringWriter();
    RealRun.run(tmp, out, List.of(), ANN, BEN, ANN_AGAIN, BAD);
    assertThat(out.toString())
        .contains("4 clients: 2 done, 0 kept a filled or changed file, 0 skipped, 2 failed; 3 errors, 0 warnings");
  }
}
