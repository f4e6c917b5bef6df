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
 * Found in a review of trainers' mistakes: a roster's status column saying "inactive" was ignored
 * as an unknown column, so clients who had left or paused got programs.
 */
class InactiveClientsTest {
  @TempDir Path tmp;

  static final String HEADER = RealRun.HEADER + ",status";
  static final String ANN = "c1,Ann,upper-back-mobility,2026-12-01,beginner,,,foam roller,,,kg,A4,,,active";
  static final String BEN = "c2,Ben,upper-back-mobility,2026-12-02,beginner,,,foam roller,,,kg,A4,,,Paused";
  /** Marked inactive, and with an error in its row: neither counts unless the client is named. */
  static final String CY = "c3,Cy,upper-back-mobility,31.13.2026,beginner,,,foam roller,,,kg,A4,,,on hold";
  static final String DI = "c4,Di,upper-back-mobility,2026-12-03,beginner,,,foam roller,,,kg,A4,,,VIP";

  private Run.Result run(StringWriter out, List<String> clients) throws IOException {
    Files.write(tmp.resolve("roster.csv"), List.of(HEADER, ANN, BEN, CY, DI), StandardCharsets.UTF_8);
    return RealRun.run(out, RealRun.options(tmp).withClients(clients));
  }

  @Test
  void clientsMarkedInactiveGetNoProgramAndOneNoteNamesTheirRows() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = run(out, List.of());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.exists(tmp.resolve("out/2026-12/c2"))).isFalse();
    assertThat(Files.exists(tmp.resolve("out/2026-12/c3"))).isFalse();
    assertThat(out.toString())
        .contains("2026-12: 2 clients: 2 done, 0 kept a filled or changed file, 0 skipped, 0 failed; 0 errors,"
            + " 1 warning")
        .contains("roster.csv: O5 (status): warning: expected active (or yes, trial, new) or inactive (or no, paused,"
            + " on hold, cancelled, left, former, lapsed, frozen, quit, ended, expired, suspended), got \"VIP\"; the client's program is made")
        .contains("roster.csv: note: rows 3 (c2) and 4 (c3) are marked inactive in the status column, so no program"
            + " is made for those clients; to make one anyway, give --clients with the client's id")
        .doesNotContain("31.13.2026");
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains("rows 3 (c2) and 4 (c3) are"
        + " marked inactive");
    assertThat(RealRun.summary(tmp.resolve("out/2026-12/summary.xlsx"))).extracting(row -> row.get(0))
        .containsExactly("Client", "c1", "c4");
  }

  /** Found in review: a dry run (validate) printed the note of the rows passed over twice, above and below the counts. */
  @Test
  void aDryRunSaysOnceWhichRowsArePassedOver() throws IOException {
    Files.write(tmp.resolve("roster.csv"), List.of(HEADER, ANN, BEN), StandardCharsets.UTF_8);
    RunOptions o = RealRun.options(tmp);
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(out, new RunOptions(o.roster(), o.library(), o.templates(), o.branding(), o.out(),
        o.month(), o.threads(), o.clients(), true, false, null));
    assertThat(r.exitCode()).isZero();
    String note = "roster.csv: note: row 3 (c2) is marked inactive in the status column";
    assertThat(out.toString()).contains("Dry run: nothing was written.").containsOnlyOnce(note);
    // under the counts, where a client left out is looked for
    assertThat(out.toString().indexOf(note)).isGreaterThan(out.toString().indexOf("Dry run: nothing was written."));
  }

  @Test
  void aClientMarkedInactiveThatARunNamesIsMadeWithANote() throws IOException {
    StringWriter out = new StringWriter();
    Run.Result r = run(out, List.of("c2", "c3", "c1"));
    assertThat(out.toString()).contains("2026-12: 3 clients: 2 done, 0 kept a filled or changed file, 0 skipped,"
        + " 1 failed; 1 error, 0 warnings").contains("roster.csv: D4 (start_date): ");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(Files.exists(tmp.resolve("out/2026-12/c2/handout.pdf"))).isTrue();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report-clients.txt"))).contains("roster.csv: O3 (status):"
        + " note: the status \"Paused\" marks client \"c2\" inactive; their program is made because the run names"
        + " them").doesNotContain("are marked inactive in the status column");
    assertThat(RealRun.summary(tmp.resolve("out/2026-12/summary-clients.xlsx"))).extracting(row -> row.get(0))
        .containsExactly("Client", "c1", "c2", "c3");
  }

  /** plan --client names one client, as generate --clients does: one marked inactive is planned. */
  @Test
  void thePlanOfAClientMarkedInactiveIsPrintedWhenNamed() throws IOException {
    Files.write(tmp.resolve("roster.csv"), List.of(HEADER, ANN, BEN), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(out), OutputSink.FILES).print(RealRun.options(tmp), "c2",
        false);
    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("Ben (c2)\n").contains("roster.csv: O3 (status): note: the status"
        + " \"Paused\" marks client \"c2\" inactive");
  }

  /**
   * Every row marked inactive (in a column headed "Membership"): nothing is unreadable and nothing
   * failed, so the run says that every client is marked inactive, names the column, and exits 0.
   */
  @Test
  void aRosterWhoseEveryClientIsMarkedInactiveSaysSoAndExitsZero() throws IOException {
    String header = RealRun.HEADER + ",Membership";
    Files.write(tmp.resolve("roster.csv"), List.of(header, BEN, CY.replace("31.13.2026", "2026-12-03")),
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(out, RealRun.options(tmp));
    assertThat(r.exitCode()).isZero();
    assertThat(out.toString())
        .contains("roster.csv: note: every client of the roster is marked inactive in its column \"Membership\""
            + " (rows 2 (c2) and 3 (c3)), so no program is made; to make one anyway, give --clients with the"
            + " client's id")
        .contains("circuitpress: every client is marked inactive, so no program was made; nothing was written")
        .doesNotContain("no client that could be read");
    assertThat(Files.exists(tmp.resolve("out/2026-12"))).isFalse();

    StringWriter named = new StringWriter();
    Run.Result one = RealRun.run(named, RealRun.options(tmp).withClients(List.of("c2")));
    assertThat(one.exitCode()).isZero();
    assertThat(Files.exists(tmp.resolve("out/2026-12/c2/handout.pdf"))).isTrue();
    assertThat(Files.exists(tmp.resolve("out/2026-12/c3"))).isFalse();

    StringWriter export = new StringWriter();
    int exported = new Plans(Stages.standard(), RealRun.screen(export), OutputSink.FILES)
        .exportLogs(RealRun.options(tmp).withMonth(YearMonth.of(2026, 12)), null);
    assertThat(exported).as(export.toString()).isZero();
    assertThat(export.toString())
        .contains("circuitpress: every client is marked inactive, so no log was exported")
        .doesNotContain("no client that could be read");
  }
}
