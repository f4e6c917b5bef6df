package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.junit.jupiter.api.Test;

class ReportTest {
  @Test
  void controlCharactersFromACellNeverReachTheTerminalOrSplitALine() {
    Diagnostic d = Diagnostic.warning(Location.ofCell("roster.csv", null, 3, 1, "name"), "odd \u001b[31mred\u001b[0m\nname\u2028");
    assertThat(Report.line(d)).isEqualTo("roster.csv: B3 (name): warning: odd \\u001b[31mred\\u001b[0m\\u000aname\\u2028");
  }

  @Test
  void problemsComeFirstThenOneLinePerClientWithItsNotes() {
    Outcome done = new Outcome("anna-k", "Anna", "upper-back-mobility", 1, null, null,
        List.of("anna-k/handout.pdf", "anna-k/log.xlsx"), 0, 1, "done-with-warnings", "");
    Outcome skipped = new Outcome("zoe", "Zoë", "upper-back-mobility", 0, null, null, List.of(), 0, 0, "skipped",
        "starts on 2027-01-04, after 2026-12: no program this month");
    Diagnostic warning = Diagnostic.warning(Location.ofRow("roster.csv", null, 2), "client id looks odd").forClient("anna-k");
    Diagnostic note = Diagnostic.info(Location.ofRow("roster.csv", null, 3), skipped.detail()).forClient("zoe");
    String text = Report.text(YearMonth.of(2026, 12), null,
        List.of(Diagnostic.error(Location.ofCell("roster.csv", null, 4, 3, "start_date"), "expected a date")),
        List.of(new ClientResult(0, "anna-k", done, List.of(warning), List.of("read the last block's log x")),
            new ClientResult(2, "zoe", skipped, List.of(note), List.of())));
    assertThat(text).isEqualTo("""
        CircuitPress report for 2026-12
        2 clients: 1 done, 0 kept a filled or changed file, 1 skipped, 0 failed; 1 error, 1 warning

        Problems (2)
        roster.csv: D4 (start_date): expected a date
        roster.csv: row 2: warning: client id looks odd

        Clients
        anna-k  done-with-warnings  anna-k/handout.pdf, anna-k/log.xlsx
          note: read the last block's log x
        zoe  skipped  starts on 2027-01-04, after 2026-12: no program this month
        """);
  }

  /**
   * A note about one cell of a returned log (a load typed for a drill printed without one) was
   * printed under the client without its cell, so the trainer could not tell which round and drill
   * it was about; it is printed at its cell (or the handout's box), as a warning is.
   */
  @Test
  void aClientsNoteAboutOneCellOrBoxIsPrintedAtIt() {
    Outcome done = new Outcome("anna-k", "Anna", "upper-back-mobility", 2, null, null,
        List.of("anna-k/handout.pdf", "anna-k/log.xlsx"), 0, 0, "done", "");
    Diagnostic cell = Diagnostic.info(Location.ofCell("2026-12/anna-k/log.xlsx", "Week 1", 5, 14, "Actual load"),
        "Cat-cow is printed without a load").forClient("anna-k");
    Diagnostic box = Diagnostic.info(Location.ofField("2026-12/anna-k/handout.pdf", "w1.s1.r1.cat-cow.load"),
        "Cat-cow is printed without a load").forClient("anna-k");
    Diagnostic row = Diagnostic.info(Location.ofRow("roster.csv", null, 3), "a note of the row").forClient("anna-k");
    String text = Report.text(YearMonth.of(2027, 1), null, List.of(),
        List.of(new ClientResult(0, "anna-k", done, List.of(cell, box, row), List.of())));
    assertThat(text).endsWith("""
        anna-k  done  anna-k/handout.pdf, anna-k/log.xlsx
          2026-12/anna-k/log.xlsx: Week 1!O5 (Actual load): note: Cat-cow is printed without a load
          2026-12/anna-k/handout.pdf: field w1.s1.r1.cat-cow.load: note: Cat-cow is printed without a load
          note: a note of the row
        """);
  }

  @Test
  void aRosterRowLeftOutIsOneFailedOutcomeNamingItsRowAndFirstError() {
    Diagnostic first = Diagnostic.error(Location.ofCell("roster.csv", null, 701, 0, "client_id"),
        "client_id \"c9\" is already used on row 700; this row is skipped").forClient("c9");
    Diagnostic second = Diagnostic.error(Location.ofCell("roster.csv", null, 701, 3, "start_date"), "expected a date").forClient("c9");
    Diagnostic other = Diagnostic.error(Location.ofCell("roster.csv", null, 9, 3, "start_date"), "expected a date").forClient("x");
    List<Outcome> out = Report.leftOut(List.of(first, second, other), id -> id.equals("c9"));
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.clientId()).isEqualTo("c9");
      assertThat(o.status()).isEqualTo("failed");
      assertThat(o.detail()).isEqualTo("not made (roster row 701): roster.csv: A701 (client_id): "
          + "client_id \"c9\" is already used on row 700; this row is skipped");
    });
  }
  /** Found in review: the summary said "done, with warnings" but never what the warnings were. */
  @Test
  void aSummaryRowSaysWhatTheWarningsAreRowFirstThenTheRuns() {
    Outcome done = new Outcome("m63", "Mo", "upper-back-mobility", 1, null, null, List.of("m63/handout.pdf"), 1, 1,
        "done-with-warnings", "slot reach: Wall slide given because ...");
    Diagnostic own = Diagnostic.warning(Location.ofRow("roster.csv", null, 64), "few drills fit").forClient("m63");
    Diagnostic row = Diagnostic.warning(Location.ofCell("roster.csv", null, 64, 7, "equipment"),
        "\"KB 16kg\" is read as \"kettlebell 16 kg\"").forClient("m63");
    var rowWarnings = Report.rowWarnings(List.of(row));
    Outcome o = Report.forSummary(new ClientResult(0, "m63", done, List.of(own), List.of()), rowWarnings,
        "report.txt");
    assertThat(o.warnings()).isEqualTo(2);
    assertThat(o.detail()).isEqualTo("roster.csv: H64 (equipment): warning: \"KB 16kg\" is read as \"kettlebell 16 kg\";"
        + " roster.csv: row 64: warning: few drills fit; slot reach: Wall slide given because ...");

    Outcome clean = new Outcome("c1", "C", "p", 1, null, null, List.of(), 0, 0, "done", "a note");
    Diagnostic[] three = new Diagnostic[3];
    for (int i = 0; i < 3; i++) three[i] = Diagnostic.warning(Location.ofRow("roster.csv", null, 2), "w" + i).forClient("c1");
    Outcome warned = Report.forSummary(new ClientResult(0, "c1", clean, List.of(), List.of()),
        Report.rowWarnings(List.of(three)), "report.txt");
    assertThat(warned.status()).isEqualTo("done-with-warnings");
    assertThat(warned.detail()).isEqualTo("roster.csv: row 2: warning: w0; roster.csv: row 2: warning: w1;"
        + " and 1 more warning in report.txt; a note");
  }

  /**
   * Found in review: with a handout's warnings in front of it, the summary's Detail cell cut off
   * what the log decided ("log read from handout.pdf: repeating the last block because ...").
   */
  @Test
  void theLogsDecisionComesBeforeTheWarningsInTheSummary() {
    String read = "read the last block's log /srv/coach/output/2026-12/c014/handout.pdf";
    String decision = "Zhang Wei (c014): log read from handout.pdf: repeating the last block because 0 of 30 rounds"
        + " were done (0%), average RPE 5.0";
    String slot = "Zhang Wei (c014): slot roll-lats: Doorframe lat lean given because Foam roll lats needs foam"
        + " roller, not in the client's kit";
    List<String> notes = List.of(read, decision, slot);
    Outcome done = new Outcome("c014", "Zhang Wei", "upper-back-mobility", 2, null, null, List.of(), 7, 240,
        "done-with-warnings", String.join("; ", notes));
    List<Diagnostic> problems = new java.util.ArrayList<>();
    for (int i = 1; i <= 240; i++) {
      problems.add(Diagnostic.warning(Location.ofField("/srv/coach/output/2026-12/c014/handout.pdf",
          "c014.w1.s1.r" + i + ".breathing-90-90.amount (week 1, session 1, round " + i + ", 90/90 supine breathing:"
              + " amount done)"), "expected a number of breaths like 10, got \"ok-ish\"; left empty").forClient("c014"));
    }
    Outcome o = Report.forSummary(new ClientResult(0, "c014", done, problems, notes), java.util.Map.of(),
        "report.txt");
    // the row names the client: no part of its cell starts with "Zhang Wei (c014): "
    String undecided = decision.substring("Zhang Wei (c014): ".length());
    assertThat(o.detail()).startsWith(undecided + "; handout.pdf: field c014.w1.s1.r1.")
        .contains("; and 239 more warnings in report.txt").hasSizeLessThanOrEqualTo(DetailCell.MAX);
    // a client without warnings: the decision first too, then the other notes, but not again which log was read
    Outcome clean = new Outcome("c014", "Zhang Wei", "upper-back-mobility", 2, null, null, List.of(), 7, 0, "done",
        String.join("; ", notes));
    assertThat(Report.forSummary(new ClientResult(0, "c014", clean, List.of(), notes), java.util.Map.of(),
        "report.txt").detail()).startsWith(undecided + "; slot roll-lats").doesNotContain(read);
  }

  /**
   * Found in review of the second month (r02): the Detail cell ended "...; output/2026-12/r02/
   * log.xlsx: Week 2!Q8…", a location with nothing of what it is about. A file in the client's
   * folder, which the row names, is named alone; a warning with no room for its first words is
   * counted instead.
   */
  @Test
  void aWarningInTheSummaryNamesTheClientsFileAloneAndIsNeverCutToItsLocation() {
    Diagnostic rpe = Diagnostic.warning(Location.ofCell("output/2026-12/r02/log.xlsx", "Week 2", 8, 15, "RPE"),
        "expected an RPE from 1 to 10 like 7, got 12; left empty").forClient("r02");
    String fits = "Ben Carter (r02): log read from log.xlsx: progressed one extra step in 2 slots (squat, push)";
    assertThat(detail(rpe, fits)).isEqualTo("log read from log.xlsx: progressed one extra step in 2 slots (squat,"
        + " push); log.xlsx: Week 2!P8 (RPE): warning: expected an RPE from 1 to 10 like 7, got 12; left empty");
    // a decision that leaves the warning room for its location and a few words only
    String longer = fits + " because 30 of 30 rounds were done (100%), average RPE 7.0" + ", and so on".repeat(16);
    assertThat(detail(rpe, longer)).isEqualTo(longer.substring("Ben Carter (r02): ".length())
        + "; 1 warning in report.txt");
  }

  /** The Detail cell of client r02 done with the one warning {@code w}, their log having decided {@code decision}. */
  private static String detail(Diagnostic w, String decision) {
    Outcome done = new Outcome("r02", "Ben Carter", "full-body-strength", 2, null, null, List.of(), 0, 1,
        "done-with-warnings", decision);
    return Report.forSummary(new ClientResult(0, "r02", done, List.of(w), List.of(decision)), java.util.Map.of(),
        "report.txt").detail();
  }

  @Test
  void aRosterRowWithSeveralErrorsSpellsOutTwoInTheSummaryAndCountsTheRest() {
    List<Diagnostic> errors = List.of(
        Diagnostic.error(Location.ofCell("roster.csv", null, 9, 2, "program"), "unknown program \"x\"").forClient("x"),
        Diagnostic.error(Location.ofCell("roster.csv", null, 9, 3, "start_date"), "expected a date").forClient("x"),
        Diagnostic.error(Location.ofCell("roster.csv", null, 9, 5, "weeks"), "expected 1-16").forClient("x"));
    assertThat(Report.leftOutForSummary(errors, List.of(), Report.Scope.ALL, "report.txt")).singleElement()
        .satisfies(o -> assertThat(o.detail()).isEqualTo("not made (roster row 9): roster.csv: C9 (program): unknown"
            + " program \"x\"; roster.csv: D9 (start_date): expected a date; and 1 more error in report.txt"));
    // the report's line for the row names its first error
    assertThat(Report.leftOut(errors, id -> true)).singleElement().satisfies(o -> assertThat(o.detail())
        .isEqualTo("not made (roster row 9): roster.csv: C9 (program): unknown program \"x\""));
  }

  @Test
  void aFailedClientsSummaryDetailIsItsErrorThenTheOthersCounted() {
    Outcome failed = new Outcome("c1", "C", "p", 0, null, null, List.of(), 0, 0, "failed", "first error");
    List<Diagnostic> problems = List.of(
        Diagnostic.error(Location.ofRow("roster.csv", null, 2), "first error").forClient("c1"),
        Diagnostic.warning(Location.ofRow("roster.csv", null, 2), "a warning").forClient("c1"),
        Diagnostic.error(Location.ofRow("roster.csv", null, 2), "second error").forClient("c1"),
        Diagnostic.error(Location.ofRow("roster.csv", null, 2), "third error").forClient("c1"),
        Diagnostic.error(Location.ofRow("roster.csv", null, 2), "fourth error").forClient("c1"));
    Outcome o = Report.forSummary(new ClientResult(0, "c1", failed, problems, List.of()), java.util.Map.of(),
        "report-clients.txt");
    assertThat(o.detail())
        .isEqualTo("first error; roster.csv: row 2: second error; and 2 more errors in report-clients.txt");
  }

  @Test
  void aRunOfClientsAskedForHasOneOutcomePerIdWithoutAClient() {
    Diagnostic made = Diagnostic.error(Location.ofCell("roster.csv", null, 7, 0, "client_id"),
        "client_id \"C1\" is already used on row 2; this row is skipped").forClient("C1");
    Diagnostic first = Diagnostic.error(Location.ofCell("roster.csv", null, 3, 3, "start_date"), "expected a date")
        .forClient("c3");
    Diagnostic again = Diagnostic.error(Location.ofCell("roster.csv", null, 9, 0, "client_id"),
        "client_id \"c3\" is already used on row 3; this row is skipped").forClient("c3");
    List<Diagnostic> problems = List.of(first, made, again);
    Report.Scope asked = Report.Scope.asked(id -> true, java.util.Set.of("c1"));
    assertThat(Report.leftOutForSummary(problems, List.of(), asked, "report-clients.txt")).singleElement().satisfies(o -> {
      assertThat(o.clientId()).isEqualTo("c3");
      assertThat(o.detail()).startsWith("not made (roster row 3): roster.csv: D3 (start_date): expected a date; ")
          .contains("A9 (client_id)");
    });
    // the same rows in a run of the whole roster: each is a client that failed
    assertThat(Report.leftOut(problems, id -> true)).hasSize(3);
  }

  @Test
  void aRosterRowLeftOutCountsTheWarningsOnItsRow() {
    Diagnostic error = Diagnostic.error(Location.ofCell("roster.csv", null, 9, 3, "start_date"), "expected a date")
        .forClient("x");
    Diagnostic warning = Diagnostic.warning(Location.ofCell("roster.csv", null, 9, 7, "equipment"), "odd kit")
        .forClient("x");
    Diagnostic elsewhere = Diagnostic.warning(Location.ofCell("roster.csv", null, 10, 7, "equipment"), "odd kit")
        .forClient("x");
    assertThat(Report.leftOut(List.of(warning, error, elsewhere), id -> true)).singleElement()
        .satisfies(o -> assertThat(o.warnings()).isEqualTo(1));
  }

  /** A client done, with what came back of their last block. */
  private static ClientResult withLog(int order, String id, LogCount.Returned returned, DrillCounts drills) {
    Outcome o = new Outcome(id, id, "upper-back-mobility", 2, null, null, List.of(), order % 2, 0, "done", "");
    return new ClientResult(order, id, o, List.of(), List.of(), new LogCount(returned, drills));
  }

  /**
   * What came back of the logs and what it decided: a line each under the counts, none for a run
   * that read no log (a first month). The console names the first few clients eased back for a
   * note of pain and counts the others; the report names them all, in roster order.
   */
  @Test
  void theLogLinesNameTheFirstClientsWithPainOnScreenAndAllInTheReport() {
    DrillCounts pain = new DrillCounts(0, 5, 0, 1, 0, 0);
    List<ClientResult> rs = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) rs.add(withLog(i, "p" + i, LogCount.Returned.FILLED, pain));
    rs.add(withLog(7, "hard", LogCount.Returned.FILLED, new DrillCounts(2, 0, 1, 0, 3, 1)));
    rs.add(withLog(8, "blank", LogCount.Returned.BLANK, DrillCounts.NONE));
    rs.add(withLog(9, "gone", LogCount.Returned.MISSING, DrillCounts.NONE));
    rs.add(withLog(10, "new", LogCount.Returned.NONE, DrillCounts.NONE));
    Tally t = Tally.of(rs);
    String drills = "Drills: 2 progressed, 35 as planned, 1 held, 11 eased back (7 for pain: ";
    String rest = "; 3 for hard effort; 1 for lighter loads); 5 substitutes in the new blocks";
    assertThat(Report.logLines(t, 5, "report.txt")).containsExactly(
        "Logs: 8 of 10 came back filled in, 1 blank, 1 missing",
        drills + "p0, p1, p2, p3, p4 and 2 more in report.txt" + rest);
    assertThat(Report.logLines(t, Integer.MAX_VALUE, null)).containsExactly(
        "Logs: 8 of 10 came back filled in, 1 blank, 1 missing",
        drills + "p0, p1, p2, p3, p4, p5, p6" + rest);
    assertThat(Report.text(YearMonth.of(2027, 1), null, List.of(), rs))
        .startsWith("CircuitPress report for 2027-01\n11 clients: 11 done, 0 kept a filled or changed file, 0 skipped,"
            + " 0 failed; 0 errors, 0 warnings\nLogs: 8 of 10 came back filled in, 1 blank, 1 missing\n" + drills
            + "p0, p1, p2, p3, p4, p5, p6" + rest + "\n\nProblems (0)\n");

    // a client with two drills eased for pain: the drills are counted, and the clients named are counted too
    List<ClientResult> two = List.of(withLog(0, "c1", LogCount.Returned.FILLED, new DrillCounts(0, 3, 0, 2, 0, 0)),
        withLog(1, "c2", LogCount.Returned.FILLED, pain));
    assertThat(Report.logLines(Tally.of(two), 5, "report.txt")).last()
        .isEqualTo("Drills: 8 as planned, 3 eased back (3 for pain, of 2 clients: c1, c2); 1 substitute in the new blocks");

    // blank logs only: nothing was decided; a first month: nothing is said
    assertThat(Report.logLines(Tally.of(List.of(withLog(0, "b", LogCount.Returned.BLANK, DrillCounts.NONE),
        withLog(1, "m", LogCount.Returned.MISSING, DrillCounts.NONE))), 5, "report.txt"))
        .containsExactly("Logs: 0 of 2 came back filled in, 1 blank, 1 missing");
    assertThat(Report.logLines(Tally.of(List.of(withLog(0, "n", LogCount.Returned.NONE, DrillCounts.NONE),
        withLog(1, "m", LogCount.Returned.MISSING, DrillCounts.NONE))), 5, "report.txt")).isEmpty();
    // merged from shard files that do not say what came back: nothing, rather than counts short
    Tally merged = Tally.of(rs);
    merged.logsUnknown();
    assertThat(Report.logLines(merged, 5, "report.txt")).isEmpty();
  }

  /**
   * Found in a gym chain's walk-through: "Logs: 12 of 120 came back filled in, 108 blank", where one
   * client had opened their log and saved it blank and 107 logs were never touched. A trainer reads
   * "blank" as a client who opened the log and wrote nothing; the untouched ones are counted apart.
   */
  @Test
  void logsStillAsTheRunWroteThemAreCountedApartFromBlankOnes() {
    List<ClientResult> rs = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) rs.add(withLog(i, "f" + i, LogCount.Returned.FILLED, new DrillCounts(0, 1, 0, 0, 0, 0)));
    rs.add(withLog(12, "b", LogCount.Returned.BLANK, DrillCounts.NONE));
    for (int i = 13; i < 120; i++) rs.add(withLog(i, "u" + i, LogCount.Returned.UNTOUCHED, DrillCounts.NONE));
    assertThat(Report.logLines(Tally.of(rs), 5, "report.txt")).first()
        .isEqualTo("Logs: 12 of 120 came back filled in, 1 blank, 107 untouched");

    // none touched: the line still says so, as it said "2 blank" before
    assertThat(Report.logLines(Tally.of(List.of(withLog(0, "u", LogCount.Returned.UNTOUCHED, DrillCounts.NONE),
        withLog(1, "v", LogCount.Returned.UNTOUCHED, DrillCounts.NONE),
        withLog(2, "m", LogCount.Returned.MISSING, DrillCounts.NONE))), 5, "report.txt"))
        .containsExactly("Logs: 0 of 3 came back filled in, 2 untouched, 1 missing");
  }
}
