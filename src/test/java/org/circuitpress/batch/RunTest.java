package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.circuitpress.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTest {
  @TempDir Path tmp;

  private static final String[] THREE = {
    "anna-k,Anna Kowalska,2026-12-07", "ben-o,Ben O'Neill,2026-11-16", "zoe,Zoë Núñez,2027-01-04"
  };

  @Test
  void writesAHandoutAndALogPerClientUnderTheMonthOfTheEarliestStart() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Run.Result r = ws.run(new FakeStages()).generate(ws.options());

    assertThat(r.exitCode()).isZero();
    assertThat(r.month()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(Workspace.files(tmp.resolve("out"))).containsExactly(
        "2026-11/" + WrittenFiles.NAME, "2026-11/anna-k/" + BlockRecord.NAME, "2026-11/anna-k/handout.pdf",
        "2026-11/anna-k/log.xlsx", "2026-11/ben-o/" + BlockRecord.NAME, "2026-11/ben-o/handout.pdf",
        "2026-11/ben-o/log.xlsx", "2026-11/report.txt", "2026-11/summary.xlsx", "2026-11/zoe/" + BlockRecord.NAME,
        "2026-11/zoe/handout.pdf", "2026-11/zoe/log.xlsx");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/anna-k/handout.pdf"))).startsWith("HANDOUT\nanna-k Anna Kowalska");
    assertThat(ws.out.toString()).contains("3 clients: 3 done", "summary.xlsx", "report.txt");
  }

  /**
   * Found walking a trainer's first months without a branding file: every handout was headed
   * "CircuitPress", as if that were the gym's name, and the console said nothing of branding.
   */
  @Test
  void theConsoleSaysWhenTheHandoutsCarryNoBranding() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    assertThat(ws.out.toString()).contains("Branding: none (no input/branding.csv, nor --branding), so the"
        + " handouts are headed CircuitPress; to put your gym's name, logo and contact on them, write"
        + " input/branding.csv (README: Branding)");
  }

  @Test
  void aRosterOrLibraryInTheOtherFormatBesideTheOneReadByDefaultIsNamedAsNotRead() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    java.nio.file.Files.writeString(tmp.resolve("roster.xlsx"), "edited in Excel");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withInputsByDefault(true, true));

    assertThat(r.exitCode()).isZero();
    assertThat(ws.err.toString()).contains(tmp.resolve("roster.xlsx") + ": warning: not read: "
        + tmp.resolve("roster.csv") + " beside it is. Keep one of the two, or give --roster "
        + tmp.resolve("roster.xlsx") + " to read this one");
    assertThat(ws.err.toString()).doesNotContain("exercises.xlsx");

    // named with --roster and --library: the operator chose them, and is not told of the others
    java.nio.file.Files.writeString(tmp.resolve("exercises.xlsx"), "edited in Excel");
    Workspace named = new Workspace(tmp, THREE);
    named.run(new FakeStages()).generate(named.options());
    assertThat(named.err.toString()).doesNotContain("not read");
  }

  @Test
  void theSummaryCountsAClientsRosterRowWarningsWithTheirOwn() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna?,2026-12-07", "ben-o,Ben,2026-12-01");
    FakeStages stages = new FakeStages();
    ws.run(stages).generate(ws.options());
    assertThat(stages.summaryRows).extracting(Outcome::clientId, Outcome::warnings, Outcome::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("anna-k", 1, "done-with-warnings"),
            org.assertj.core.groups.Tuple.tuple("ben-o", 0, "done"));
    // and the report's client lines agree
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.txt"))).contains("\nanna-k  done-with-warnings  ")
        .contains("\nben-o  done  ");
  }

  @Test
  void anEarliestStartDateHalfAYearBeforeAllOthersIsWarnedAbout() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna,2026-12-07", "typo,Ty Po,2025-12-08", "ben-o,Ben,2026-12-01");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options());

    assertThat(r.exitCode()).isZero();
    assertThat(r.month()).isEqualTo(YearMonth.of(2025, 12));
    // at the start date's cell, the value to fix, not the whole row
    String line = "roster.csv: C3 (start_date): warning: client \"typo\" starts on 2025-12-08, 6 months or more before anyone"
        + " else (the next on 2026-12-01), and without --month the run is for the month of the earliest start"
        + " date, so every client's files go to 2025-12. If the year is a typo, fix it; else give --month";
    assertThat(ws.err.toString()).contains(line);

    Workspace spread = new Workspace(java.nio.file.Files.createDirectories(tmp.resolve("spread")), "anna-k,Anna,2026-12-07", "early,Early,2026-07-08",
        "ben-o,Ben,2026-12-01", "mid,Mid,2026-09-01");
    spread.run(new FakeStages()).generate(spread.options());
    assertThat(spread.err.toString()).doesNotContain("months or more before anyone else");
  }

  /**
   * Found in review: the warning that the library lists no contraindications came after 60 other
   * warnings, past the console's lines, and validate writes no report, so it was never seen while
   * every client got drills their limitations rule out.
   */
  @Test
  void aLibraryWithoutContraindicationsIsWarnedAboutFirstHoweverManyOtherWarnings() throws IOException {
    String[] rows = new String[60];
    for (int i = 0; i < rows.length; i++) {
      // each a warning of its own: the same words on every row would be counted in one line
      rows[i] = "c" + i + ",Client " + i + ",upper-back-mobility,2026-12-01,,,,,shoulder,,,,,not-an-email-" + i;
    }
    RealRun.roster(tmp, rows);
    // the sample library with its contraindications column under a name no reader knows
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("input", "csv", "exercises.csv")));
    lines.set(0, lines.get(0).replace("contraindications", "remarks"));
    Path lib = Files.write(tmp.resolve("exercises.csv"), lines);
    java.io.StringWriter out = new java.io.StringWriter();
    RealRun.run(out, RunOptions.of(tmp.resolve("roster.csv"), lib, Path.of("templates"), tmp.resolve("out"))
        .withThreads(2).withFlags(true, false));

    List<String> console = out.toString().lines().toList();
    assertThat(console.get(0)).contains("warning: the exercise library lists no contraindications, so no drill is"
        + " ruled out for any client's limitations");
    assertThat(console).anyMatch(l -> l.startsWith("... "));
  }

  @Test
  void reportAndSummaryFollowRosterOrderWhateverTheThreadCount() throws IOException {
    String[] many = new String[40];
    for (int i = 0; i < many.length; i++) many[i] = "c" + (40 - i) + ",Client " + i + ",2026-12-0" + (1 + i % 9);
    Workspace ws = new Workspace(tmp, many);
    ws.run(new FakeStages()).generate(ws.options().withThreads(1).withOut(tmp.resolve("one")));
    ws.run(new FakeStages()).generate(ws.options().withThreads(8).withOut(tmp.resolve("eight")));

    for (String f : List.of("2026-12/report.txt", "2026-12/summary.xlsx")) {
      assertThat(Workspace.read(tmp.resolve("eight").resolve(f))).isEqualTo(Workspace.read(tmp.resolve("one").resolve(f)));
    }
    String summary = Workspace.read(tmp.resolve("one/2026-12/summary.xlsx"));
    assertThat(summary.indexOf("c40,")).isLessThan(summary.indexOf("c39,"));
  }

  @Test
  void aBadRowSkipsThatClientOnlyAndExitsOne() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna,2026-12-07", "bad,Bad Date,31.13.2026", "ben-o,Ben,2026-12-01");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options());

    assertThat(r.exitCode()).isEqualTo(1);
    // the row that never became a client is counted as one that failed
    assertThat(ws.out.toString()).contains("3 clients: 2 done, 0 kept a filled or changed file, 0 skipped, 1 failed;");
    // and listed in the summary after the clients made, so the summary has a row for every row
    assertThat(Workspace.read(tmp.resolve("out/2026-12/summary.xlsx"))).endsWith("bad,failed,[]\n");
    // a run for other clients names the bad row but does not count it among its own
    Workspace one = new Workspace(Files.createDirectories(tmp.resolve("one")), "anna-k,Anna,2026-12-07",
        "bad,Bad Date,31.13.2026", "ben-o,Ben,2026-12-01");
    one.run(new FakeStages()).generate(one.options().withClients(List.of("ben-o")));
    assertThat(one.out.toString()).contains("1 client: 1 done, 0 kept a filled or changed file, 0 skipped, 0 failed;");
    assertThat(Workspace.read(tmp.resolve("one/out/2026-12/summary-clients.xlsx"))).doesNotContain("bad,");
    assertThat(Workspace.files(tmp.resolve("out/2026-12"))).contains("anna-k/handout.pdf", "ben-o/log.xlsx");
    String line = "roster.csv: C3 (start_date): expected a date like 2026-12-01, got \"31.13.2026\"";
    assertThat(ws.err.toString()).contains(line);
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.txt"))).contains(line);
  }

  @Test
  void anUnexpectedExceptionInOneClientBecomesItsDiagnosticAndTheRunGoesOn() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    FakeStages stages = new FakeStages();
    stages.beforeHandout = p -> {
      if (p.client().id().equals("ben-o")) throw new IllegalStateException("font has no glyph for U+1F600");
    };
    Run.Result r = ws.run(stages).generate(ws.options());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(ws.err.toString())
        .contains("roster.csv: row 3: internal error while rendering handout.pdf: font has no glyph for U+1F600")
        .doesNotContain("Exception", "\tat ");
    assertThat(Workspace.files(tmp.resolve("out/2026-11")))
        .contains("anna-k/handout.pdf", "zoe/log.xlsx")
        .noneMatch(f -> f.startsWith("ben-o/handout"))
        .noneMatch(f -> f.endsWith(AtomicFiles.TEMP_SUFFIX));
    assertThat(r.results().get(1).status()).isEqualTo("failed");
  }

  @Test
  void aRerunKeepsALogTheClientFilledInAndWritesTheNewOneBesideIt() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    ws.run(new FakeStages()).generate(ws.options());
    Path log = tmp.resolve("out/2026-11/anna-k/log.xlsx");
    Files.writeString(log, "LOG FILLED by the client");

    // the program was changed since (a template edited), so the new log is another file
    Workspace again = new Workspace(tmp, THREE);
    Run.Result r = again.run(new FakeStages().edited("edited")).generate(again.options());

    assertThat(Workspace.read(log)).isEqualTo("LOG FILLED by the client");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/anna-k/log.new.xlsx"))).startsWith("LOG\nanna-k");
    assertThat(r.results().get(0).status()).isEqualTo("kept-filled-log");
    assertThat(r.exitCode()).isZero();
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt")))
        .contains("anna-k/log.xlsx: warning: has the client's entries, so it was kept; the new log.xlsx is log.new.xlsx");

    Workspace forced = new Workspace(tmp, THREE);
    forced.run(new FakeStages().edited("edited")).generate(forced.options().withFlags(false, true));
    assertThat(Workspace.read(log)).startsWith("LOG\nanna-k");
    Path aside = tmp.resolve("out/2026-11/anna-k/log.replaced.xlsx");
    assertThat(Workspace.read(aside)).as("--force keeps what the client typed").isEqualTo("LOG FILLED by the client");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt")))
        .contains("anna-k/log.xlsx: warning: has the client's entries; --force replaced it, and the old one is"
            + " log.replaced.xlsx beside it, which no run reads. If the client is still filling it in, put it back"
            + " as log.xlsx, in place of the new one, before next month's run: that run then reads it against its"
            + " own block");
    assertThat(Workspace.files(tmp.resolve("out/2026-11/anna-k"))).as("the block is the same: one record")
        .doesNotContain(".circuitpress-block.replaced.csv");
    assertThat(tmp.resolve("out/2026-11/anna-k/log.new.xlsx")).as("the stale copy the last run wrote").doesNotExist();

    // a second forced run over a filled log keeps both earlier ones
    Files.writeString(log, "LOG FILLED again");
    Workspace twice = new Workspace(tmp, THREE);
    twice.run(new FakeStages().edited("edited again")).generate(twice.options().withFlags(false, true));
    assertThat(Workspace.read(aside)).isEqualTo("LOG FILLED by the client");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/anna-k/log.replaced-2.xlsx"))).isEqualTo("LOG FILLED again");

    // a file exactly as a run wrote it is replaced without a copy
    Workspace plain = new Workspace(tmp, THREE);
    plain.run(new FakeStages()).generate(plain.options().withFlags(false, true));
    assertThat(Workspace.files(tmp.resolve("out/2026-11/anna-k"))).filteredOn(f -> f.contains("replaced")).hasSize(2);
  }

  @Test
  void forceLeavesANewCopyTheClientFilledInBesideTheLog() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    ws.run(new FakeStages()).generate(ws.options());
    Path log = tmp.resolve("out/2026-11/anna-k/log.xlsx");
    Files.writeString(log, "LOG FILLED by the client");
    new Workspace(tmp, THREE).run(new FakeStages().edited("edited")).generate(ws.options());
    Path copy = tmp.resolve("out/2026-11/anna-k/log.new.xlsx");
    Files.writeString(copy, "LOG FILLED in the new copy too");

    new Workspace(tmp, THREE).run(new FakeStages().edited("edited")).generate(ws.options().withFlags(false, true));
    assertThat(Workspace.read(copy)).isEqualTo("LOG FILLED in the new copy too");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/anna-k/log.replaced.xlsx"))).isEqualTo("LOG FILLED by the client");
  }

  @Test
  void forceRemovesTheCopyAnEarlierRunWroteBesideTheKeptLogsPartnerToo() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    ws.run(new FakeStages()).generate(ws.options());
    Path folder = tmp.resolve("out/2026-11/anna-k");
    Files.writeString(folder.resolve("log.xlsx"), "LOG FILLED by the client");
    // the log is kept, so the untouched handout's new copy goes beside it as its partner (the
    // program was changed since, so the new files differ from those in place)
    new Workspace(tmp, THREE).run(new FakeStages().edited("edited")).generate(ws.options());
    assertThat(folder.resolve("handout.new.pdf")).exists();

    new Workspace(tmp, THREE).run(new FakeStages().edited("edited")).generate(ws.options().withFlags(false, true));
    assertThat(Workspace.files(folder)).as("no stale copy beside either file").containsExactly(
        BlockRecord.NAME, "handout.pdf", "log.replaced.xlsx", "log.xlsx");
    assertThat(Workspace.read(folder.resolve("log.replaced.xlsx"))).isEqualTo("LOG FILLED by the client");

    // a partner's copy someone changed stays, as any copy with changes does
    Files.writeString(folder.resolve("log.xlsx"), "LOG FILLED again");
    new Workspace(tmp, THREE).run(new FakeStages().edited("edited again")).generate(ws.options());
    Path copy = folder.resolve("handout.new.pdf");
    Files.writeString(copy, "\n% ink added on a tablet\n", java.nio.file.StandardOpenOption.APPEND);
    String inked = Workspace.read(copy);
    new Workspace(tmp, THREE).run(new FakeStages().edited("edited again")).generate(ws.options().withFlags(false, true));
    assertThat(Workspace.read(copy)).isEqualTo(inked);
    assertThat(folder.resolve("log.new.xlsx")).doesNotExist();
  }

  @Test
  void aSummaryTheTrainerChangedIsKeptAsideWhenTheMonthIsRunAgain() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    ws.run(new FakeStages()).generate(ws.options());
    Path summary = tmp.resolve("out/2026-11/summary.xlsx");
    String written = Workspace.read(summary);
    Files.writeString(summary, written + "my notes: call Ben on Friday\n");

    Workspace again = new Workspace(tmp, THREE);
    again.run(new FakeStages()).generate(again.options());
    Path aside = tmp.resolve("out/2026-11/summary.replaced.xlsx");
    assertThat(Workspace.read(aside)).endsWith("my notes: call Ben on Friday\n");
    assertThat(Workspace.read(summary)).isEqualTo(written);
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt")))
        .contains("summary.xlsx: warning: was changed after CircuitPress wrote it, so it was kept as"
            + " summary.replaced.xlsx and the new summary took its place");

    // one the last run wrote and nobody changed is simply replaced
    Workspace third = new Workspace(tmp, THREE);
    third.run(new FakeStages()).generate(third.options());
    assertThat(Workspace.files(tmp.resolve("out/2026-11"))).filteredOn(f -> f.startsWith("summary")).hasSize(2);
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt"))).doesNotContain("summary.replaced");
  }

  /**
   * Found following the README: a report.txt the trainer added a line to was kept aside, but only
   * the screen said where; the new report counted no warning and did not name its copy.
   */
  @Test
  void aReportTheTrainerChangedIsKeptAsideAndTheNewReportSaysWhere() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    ws.run(new FakeStages()).generate(ws.options());
    Path report = tmp.resolve("out/2026-11/report.txt");
    Files.writeString(report, Workspace.read(report) + "called Ben on Friday\n");

    Workspace again = new Workspace(tmp, THREE);
    again.run(new FakeStages()).generate(again.options());
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.replaced.txt"))).endsWith("called Ben on Friday\n");
    assertThat(Workspace.read(report))
        .contains("report.txt: warning: was changed after CircuitPress wrote it, so it was kept as"
            + " report.replaced.txt and the new report took its place")
        .contains("0 errors, 1 warning");
  }

  @Test
  void aRerunRemovesTheTemporaryFilesOfAKilledRunAndCompletesTheMonth() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Path anna = Files.createDirectories(tmp.resolve("out/2026-11/anna-k"));
    Files.writeString(anna.resolve(".handout.pdf." + Workspace.deadPid() + "-7" + AtomicFiles.TEMP_SUFFIX), "half a PDF");
    Files.writeString(tmp.resolve("out/2026-11/.summary.xlsx.1-1" + AtomicFiles.TEMP_SUFFIX), "half");

    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    assertThat(Workspace.files(tmp.resolve("out"))).hasSize(12).noneMatch(f -> f.contains(AtomicFiles.TEMP_SUFFIX));
  }

  /**
   * Found in review (a chain's operator): after a run of the whole roster was killed, a run of
   * --clients left its spool and the temporary files in the clients' folders; only the next run of
   * the whole roster removed them.
   */
  @Test
  void aRunOfSomeClientsRemovesWhatAKilledRunOfTheWholeRosterLeft() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Path month = tmp.resolve("out/2026-11");
    List<Path> left = List.of(Workspace.leftOver(month, "report.txt", "spool"),
        Workspace.leftOver(month, "summary.xlsx", null), Workspace.leftOver(month.resolve("anna-k"), "handout.pdf", null));

    assertThat(ws.run(new FakeStages()).generate(ws.options().withClients(List.of("anna-k"))).exitCode()).isZero();
    assertThat(left).allSatisfy(f -> assertThat(f).doesNotExist());
  }

  /** Found in review: a client who got no file kept an empty folder. */
  @Test
  void aClientWhoGotNoFileLeavesNoEmptyFolder() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    FakeStages stages = new FakeStages();
    stages.beforeHandout = p -> {
      if (p.client().id().equals("ben-o")) throw new IllegalStateException("a renderer's bug");
    };
    assertThat(ws.run(stages).generate(ws.options()).exitCode()).isEqualTo(1);
    assertThat(tmp.resolve("out/2026-11/ben-o")).doesNotExist();
    assertThat(tmp.resolve("out/2026-11/anna-k/handout.pdf")).exists();

    // a folder that was there stays, whatever happens to the client
    Files.createDirectories(tmp.resolve("out/2026-11/ben-o"));
    Workspace again = new Workspace(tmp, THREE);
    again.run(stages).generate(again.options());
    assertThat(tmp.resolve("out/2026-11/ben-o")).isEmptyDirectory();
  }

  @Test
  void aDryRunPlansEveryClientAndWritesNothing() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withFlags(true, false));
    assertThat(r.exitCode()).isZero();
    assertThat(r.results()).hasSize(3);
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(ws.out.toString()).contains("3 clients: 3 planned and checked, 0 skipped, 0 failed")
        .contains("Dry run: nothing was written.");
  }

  @Test
  void aDryRunShowsTheNotesAReportWouldHoldAndARunDoesNot() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna!,2026-12-07");
    ws.run(new FakeStages()).generate(ws.options().withFlags(true, false));
    assertThat(ws.err.toString()).contains("roster.csv: B2 (name): note: an exclamation mark in a name");

    Workspace real = new Workspace(java.nio.file.Files.createDirectories(tmp.resolve("real")), "anna-k,Anna!,2026-12-07");
    real.run(new FakeStages()).generate(real.options());
    assertThat(real.err.toString()).doesNotContain("exclamation");
    assertThat(Workspace.read(tmp.resolve("real/out/2026-12/report.txt"))).contains("note: an exclamation mark");
  }

  @Test
  void clientsOptionRunsOnlyThoseAndNamesAnUnknownId() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("zoe", "nobody")));
    assertThat(r.results()).extracting(x -> x.outcome().clientId()).containsExactly("zoe");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(ws.err.toString()).contains("--clients: no client with id \"nobody\" in the roster");
  }

  /**
   * Found in review: a one-word name given to --clients matched at spaces only, so "jane" did not
   * find Mary-Jane Smith, nor "neill" Ben O'Neill, and "zoe" did not find Zoë. An id still wins.
   */
  @Test
  void aNameIsMatchedAtHyphensAndApostrophesAndWithoutItsAccents() throws IOException {
    Workspace ws = new Workspace(tmp, "mj,Mary-Jane Smith,2026-12-07", "ben-o,Ben O'Neill,2026-11-16",
        "zoe n,Zoë Núñez,2027-01-04", "jan,Jan Novák,2026-12-07");
    Run.Result r = ws.run(new FakeStages())
        .generate(ws.options().withClients(List.of("jane", "NEILL", "oneill", "zoe", "novak", "jan")));
    assertThat(r.exitCode()).as("jan's program is made, the others are errors").isEqualTo(1);
    assertThat(ws.err.toString())
        .contains("--clients: no client with id \"jane\" in the roster; Mary-Jane Smith is client mj: give"
            + " --clients mj")
        .contains("--clients: no client with id \"NEILL\" in the roster; Ben O'Neill is client ben-o: give"
            + " --clients ben-o")
        .contains("--clients: no client with id \"oneill\" in the roster; Ben O'Neill is client ben-o")
        .contains("--clients: no client with id \"zoe\" in the roster; Zoë Núñez is client \"zoe n\"")
        .contains("--clients: no client with id \"novak\" in the roster; Jan Novák is client jan")
        .doesNotContain("id \"jan\"");
  }

  /**
   * Found walking through the README as a trainer: a client given to --clients by name ("Ben
   * O'Neill", or "zoë") was only "no client with id ...": the message now gives the id to use.
   */
  @Test
  void aClientGivenByNameIsToldTheIdToGive() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna Kowalska,2026-12-07", "anna-m,Anna Moreau,2026-12-07",
        "ben-o,Ben O'Neill,2026-11-16", "zoe n,Zoë Núñez,2027-01-04");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("ben o'neill", "ZOË", "anna")));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString())
        .contains("--clients: no client with id \"ben o'neill\" in the roster; Ben O'Neill is client ben-o: give"
            + " --clients ben-o")
        .contains("--clients: no client with id \"ZOË\" in the roster; Zoë Núñez is client \"zoe n\": give"
            + " --clients \"zoe n\"")
        .contains("--clients: no client with id \"anna\" in the roster; \"anna\" is in the names of 2 clients:"
            + " anna-k (Anna Kowalska), anna-m (Anna Moreau); give --clients with the id of the one you mean");
  }

  /**
   * Found in review: a name typed without its accents, as most keyboards type it ("zoe" for Zoë
   * Núñez, "lukasz kowalski"), was only "no client with id ...", the id to give not said.
   */
  @Test
  void aClientGivenByNameWithoutItsAccentsIsToldTheIdToGive() throws IOException {
    Workspace ws = new Workspace(tmp, "zoe n,Zoë Núñez,2027-01-04", "lk,Łukasz Kowalski,2026-12-07",
        "anna-k,Anna Kowalska,2026-12-07");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("zoe", "Lukasz Kowalski",
        "nunez")));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString())
        .contains("--clients: no client with id \"zoe\" in the roster; Zoë Núñez is client \"zoe n\": give"
            + " --clients \"zoe n\"")
        .contains("--clients: no client with id \"Lukasz Kowalski\" in the roster; Łukasz Kowalski is client lk:"
            + " give --clients lk")
        .contains("--clients: no client with id \"nunez\" in the roster; Zoë Núñez is client \"zoe n\"");
  }

  /**
   * Found in review: a --clients run that could not start (exit 2: here no row of the roster could
   * be read) listed the problems of every row, not those of the client asked for; a run that starts
   * leaves the others out and counts them.
   */
  @Test
  void aClientsRunThatCannotStartListsOnlyTheProblemsOfTheClientsAskedFor() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna,2026-13-07", "odd,Who?,2026-12-41", "bad,Bad,2026-13-01");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("anna-k")));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString()).contains("roster.csv: C2 (start_date): ").contains("\"2026-13-07\"")
        .doesNotContain("2026-12-41").doesNotContain("question mark").doesNotContain("2026-13-01")
        .contains("--clients: note: 2 problems on the roster rows of other clients are left out here; a run of the"
            + " whole roster lists them")
        .endsWith("circuitpress: the roster has no client that could be read; nothing was written\n");
  }

  /**
   * The same when the roster has an error about the whole file (header cells merged over a column
   * that holds values), in a run of --clients and in plan --client: the file's problems and those
   * of the client asked for are listed, the others counted.
   */
  @Test
  void aClientsRunOnARosterWithAnErrorOfTheWholeFileListsItAndTheClientsOwn() throws IOException {
    Path roster = tmp.resolve("roster.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(roster)) {
      var sheet = wb.createSheet("Clients");
      String[][] rows = {{"client_id", "name", "program", "start_date", "level", "notes"},
          {"c01", "Ann", "upper-back-mobility", "2026-12-41", "beginner", "", "x"},
          {"c02", "Ben", "upper-back-mobility", "2026-12-42", "beginner", "", "x"},
          {"c03", "Cy", "upper-back-mobility", "2026-12-43", "beginner", "", "x"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) if (!rows[r][c].isEmpty()) row.createCell(c).setCellValue(rows[r][c]);
      }
      sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("F1:G1"));
      wb.write(out);
    }
    RunOptions o = RunOptions.of(roster, Path.of("input", "csv", "exercises.csv"), Path.of("templates"),
        tmp.resolve("out")).withThreads(2);
    String header = "roster.xlsx: sheet Clients: the header cells F1:G1 are merged";
    java.io.StringWriter run = new java.io.StringWriter();
    assertThat(RealRun.run(run, o.withClients(List.of("c02"))).exitCode()).isEqualTo(2);
    assertThat(run.toString()).contains(header).contains("roster.xlsx: Clients!D3 (start_date): ")
        .doesNotContain("2026-12-41").doesNotContain("2026-12-43")
        .contains("--clients: note: 2 problems on the roster rows of other clients are left out here");

    java.io.StringWriter plan = new java.io.StringWriter();
    assertThat(new Plans(Stages.standard(), RealRun.screen(plan), OutputSink.FILES).print(o, "c02", false)).isEqualTo(2);
    assertThat(plan.toString()).contains(header).contains("roster.xlsx: Clients!D3 (start_date): ")
        .doesNotContain("2026-12-41").doesNotContain("2026-12-43")
        .contains("--client: note: 2 problems on the roster rows of other clients are left out here");
  }

  /** Found in review: a --clients run counted and listed every other row's problems as its own. */
  @Test
  void clientsOptionCountsOnlyTheProblemsOfTheClientsAskedFor() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna,2026-12-07", "odd,Who?,2026-12-01", "bad,Bad,2026-13-01");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("anna-k")));
    assertThat(r.exitCode()).isZero();
    assertThat(ws.err.toString()).doesNotContain("question mark").doesNotContain("2026-13-01");
    assertThat(ws.out.toString()).contains("1 client: 1 done, 0 kept a filled or changed file, 0 skipped, 0 failed;"
        + " 0 errors, 0 warnings");
    String report = Workspace.read(tmp.resolve("out/2026-12/report-clients.txt"));
    assertThat(report).contains("\nProblems (0)\n")
        .contains("--clients: note: 2 problems on the roster rows of other clients are left out of these counts;"
            + " a run of the whole roster lists them");
  }

  @Test
  void clientsOptionForARowWithErrorsPointsAtTheRowNotAMissingId() throws IOException {
    Workspace ws = new Workspace(tmp, "zoe,Zoë Núñez,2027-01-04", "bad,Bad,2026-13-01");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withClients(List.of("bad")));
    assertThat(r.results()).isEmpty();
    assertThat(r.exitCode()).isNotZero();
    assertThat(ws.err.toString())
        .contains("roster.csv: C3 (start_date): expected a date like 2026-12-01, got \"2026-13-01\"")
        .contains("--clients: note: client \"bad\" is in the roster, but its row has errors (above)")
        .doesNotContain("no client with id");
    // the note is not one more error: one client asked for, one error on its row
    assertThat(ws.out.toString())
        .contains("1 client: 0 done, 0 kept a filled or changed file, 0 skipped, 1 failed; 1 error, 0 warnings");
  }

  /**
   * The same date slip on eight roster rows is said on five and counted for three in one line; the
   * counts still give eight errors, one per client that failed, and the lines they take, as for
   * warnings: "8 failed; 6 errors" did not add up.
   */
  @Test
  void theSameErrorOnManyRowsCountsOncePerRowAndSaysItsLines() throws IOException {
    String[] rows = new String[9];
    for (int i = 0; i < 8; i++) rows[i] = "c" + i + ",Client " + i + ",upper-back-mobility,2026-13-01";
    rows[8] = "ok,Good,upper-back-mobility,2026-12-01";
    StringWriter out = new StringWriter();
    Run.Result r = RealRun.run(tmp, out, List.of(), rows);
    assertThat(r.exitCode()).isNotZero();
    assertThat(out.toString()).contains("D7 (start_date): the same again on 3 more rows (7, 8, 9)").contains("9 clients: 1 done, 0 kept a filled or changed file, 0 skipped, 8 failed;"
        + " 8 errors in 6 lines, ");
  }

  @Test
  void withAMonthEveryActiveClientGetsItsBlockAndTheNotYetStartedAreReported() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Run.Result r = ws.run(new FakeStages()).generate(ws.options().withMonth(YearMonth.of(2026, 12)));

    assertThat(r.exitCode()).isZero();
    assertThat(r.results()).extracting(x -> x.status()).containsExactly("done", "done", "skipped");
    assertThat(r.results().get(2).outcome().detail()).isEqualTo("starts on 2027-01-04, after 2026-12: no program this month");
    assertThat(r.results().get(1).outcome().block()).isEqualTo(2);
  }

  @Test
  void nextMonthReadsLastMonthsLogAndTheReportSaysWhichOne() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    ws.run(new FakeStages()).generate(ws.options().withMonth(YearMonth.of(2026, 12)));
    Files.writeString(tmp.resolve("out/2026-12/ben-o/log.xlsx"), "LOG FILLED");

    Workspace next = new Workspace(tmp, THREE);
    FakeStages stages = new FakeStages();
    Run.Result r = next.run(stages).generate(next.options().withMonth(YearMonth.of(2027, 1)));

    assertThat(r.exitCode()).isZero();
    String report = Workspace.read(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("read the last block's log " + tmp.resolve("out/2026-12/ben-o/log.xlsx"),
        "note: progressed: every round was logged",
        "read the last block's log " + tmp.resolve("out/2026-12/anna-k/log.xlsx") + ": still the one the last run wrote");
    assertThat(r.results().get(2).notes()).isEmpty();
  }

  @Test
  void aRosterThatIsADeviceIsNamedAsSuchNotAsMissing() throws IOException {
    Path device = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
    Workspace ws = new Workspace(tmp, THREE);
    RunOptions o = ws.options();
    RunOptions onDevice = new RunOptions(device, o.library(), o.templates(), o.branding(), o.out(),
        o.month(), o.threads(), o.clients(), o.dryRun(), o.force(), o.shard());
    Run.Result r = ws.run(new FakeStages()).generate(onDevice);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString()).contains(
        "/dev/null: expected a file saved on disk, found a device or pipe; give an .xlsx or .csv file");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingRosterIsExitTwoAndWritesNothing() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Files.delete(tmp.resolve("roster.csv"));
    Run.Result r = ws.run(new FakeStages()).generate(ws.options());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString()).contains(tmp.resolve("roster.csv") + ": file not found");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /**
   * Found in review: with many warnings, the errors of rows late in the roster and the warning
   * that said where every file went were cut from the console.
   */
  @Test
  void theConsoleShowsTheRunWideWarningAndErrorsBeforeWarnings() throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("typo,Ty Po,2025-12-08");
    for (int i = 0; i < 80; i++) rows.add("w" + i + ",Who?," + "2026-12-01");
    rows.add("late1,Late,never");
    rows.add("late2,Late,nope");
    Workspace ws = new Workspace(tmp, rows.toArray(String[]::new));
    ws.run(new FakeStages()).generate(ws.options());
    List<String> lines = ws.err.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("roster.csv: C2 (start_date): warning: client \"typo\" starts on 2025-12-08");
    assertThat(lines.get(1)).isEqualTo("roster.csv: C83 (start_date): expected a date like 2026-12-01, got \"never\"");
    assertThat(lines.get(2)).isEqualTo("roster.csv: C84 (start_date): expected a date like 2026-12-01, got \"nope\"");
    assertThat(lines.get(3)).isEqualTo("roster.csv: B3 (name): warning: a question mark in a name");
    assertThat(lines).hasSize(51);
    assertThat(lines.get(50)).isEqualTo("... 33 more in " + tmp.resolve("out/2025-12/report.txt"));

    // with more errors than the screen holds, the run-wide warning still counts in the fifty
    List<String> many = new ArrayList<>();
    many.add("typo,Ty Po,2025-12-08");
    many.add("w0,Who,2026-12-01");
    many.add("w1,Who,2026-12-01");
    for (int i = 0; i < 60; i++) many.add("bad" + i + ",Bad,never");
    Path other = java.nio.file.Files.createDirectories(tmp.resolve("many"));
    Workspace crowded = new Workspace(other, many.toArray(String[]::new));
    crowded.run(new FakeStages()).generate(crowded.options());
    List<String> shown = crowded.err.toString().lines().toList();
    assertThat(shown.get(0)).contains("starts on 2025-12-08");
    assertThat(shown).hasSize(51).filteredOn(l -> l.contains("expected a date")).hasSize(49);
    assertThat(shown.get(50)).isEqualTo("... 11 more (11 errors among them) in " + other.resolve("out/2025-12/report.txt"));
  }

  @Test
  void theConsoleShowsFiftyProblemsAndPointsAtTheReportForTheRest() throws IOException {
    String[] bad = new String[60];
    for (int i = 0; i < bad.length; i++) bad[i] = "c" + i + ",C,never";
    Workspace ws = new Workspace(tmp, bad);
    ws.run(new FakeStages()).generate(ws.options().withMonth(YearMonth.of(2026, 12)));
    List<String> lines = ws.err.toString().lines().toList();
    assertThat(lines).filteredOn(l -> l.contains("expected a date")).hasSize(50);
    assertThat(lines).contains("... 10 more (10 errors among them) in " + tmp.resolve("out/2026-12/report.txt"));
    String report = Workspace.read(tmp.resolve("out/2026-12/report.txt"));
    assertThat(report.lines().filter(l -> l.startsWith("roster.csv: ") && l.contains("expected a date"))).hasSize(60);
    // the failed come first, one line each (found in review: at the end, after every note)
    assertThat(report).contains("\n\nFailed (60)\nc0  not made (roster row 2): roster.csv: C2 (start_date): expected a"
        + " date like 2026-12-01, got \"never\"\nc1  ");
    assertThat(report.indexOf("Failed (60)")).isLessThan(report.indexOf("Problems ("));
    // and each row is listed among the clients as one that failed, as in the summary
    assertThat(report.lines().filter(l -> l.matches("c\\d+  failed  not made \\(roster row \\d+\\): .*")))
        .hasSize(60);
    assertThat(report).contains("\nc0  failed  not made (roster row 2): roster.csv: C2 (start_date): expected a"
        + " date like 2026-12-01, got \"never\"\n");
  }

  @Test
  void aReaderThatBreaksOnAnOddFileCostsThatFileOnlyWithoutAStackTrace() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    FakeStages stages = new FakeStages();
    stages.beforeRoster = () -> {
      throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
    };
    Run.Result r = ws.run(stages).generate(ws.options());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.err.toString())
        .contains("roster.csv: internal error while reading it: Index 3 out of bounds for length 3")
        .doesNotContain("\tat ");
  }

  @Test
  void reportAndSummaryStayInRosterOrderWhenTheFirstClientsFinishLast() throws IOException {
    String[] many = new String[30];
    for (int i = 0; i < many.length; i++) many[i] = "c" + i + ",Client " + i + ",2026-12-0" + (1 + i % 9);
    Workspace ws = new Workspace(tmp, many);
    ws.run(new FakeStages()).generate(ws.options().withThreads(1).withOut(tmp.resolve("one")));
    FakeStages slowStart = new FakeStages();
    List<String> finished = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    slowStart.beforeHandout = p -> {
      int n = Integer.parseInt(p.client().id().substring(1));
      if (n < 3) sleep(300 - 100 * n);
      finished.add(p.client().id());
    };
    Run.Result r = ws.run(slowStart).generate(ws.options().withThreads(4).withOut(tmp.resolve("four")));

    assertThat(finished.indexOf("c0")).as("c0 finished after later clients").isGreaterThan(3);
    assertThat(r.results()).extracting(x -> x.outcome().clientId()).startsWith("c0", "c1", "c2", "c3").hasSize(30);
    for (String f : List.of("2026-12/report.txt", "2026-12/summary.xlsx")) {
      assertThat(Workspace.read(tmp.resolve("four").resolve(f))).isEqualTo(Workspace.read(tmp.resolve("one").resolve(f)));
    }
    assertThat(Workspace.files(tmp.resolve("four"))).noneMatch(f -> f.contains(AtomicFiles.TEMP_SUFFIX));
  }

  @Test
  void aSlowClientHoldsBackOnlyAFewClientsPerThreadNotTheWholeRoster() throws Exception {
    String[] many = new String[100];
    for (int i = 0; i < many.length; i++) many[i] = "c" + i + ",Client " + i + ",2026-12-01";
    Workspace ws = new Workspace(tmp, many);
    FakeStages stages = new FakeStages();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    stages.beforeHandout = p -> {
      started.incrementAndGet();
      if (p.client().id().equals("c0")) {
        try {
          release.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    int threads = 2;
    java.util.concurrent.CompletableFuture<Run.Result> run = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> ws.run(stages).generate(ws.options().withThreads(threads)));
    int window = Run.IN_FLIGHT_PER_THREAD * threads;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (started.get() < window && System.nanoTime() < deadline) Thread.sleep(10);
    Thread.sleep(300);
    assertThat(started.get()).as("clients started while the first one is still running").isEqualTo(window);
    release.countDown();
    Run.Result r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(r.exitCode()).isZero();
    assertThat(started.get()).isEqualTo(100);
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.txt"))).contains("c99  done");
  }

  @Test
  void aRunKeepsNoResultsUnlessAsked() throws IOException {
    Workspace ws = new Workspace(tmp, THREE);
    Run.Result r = new Run(new FakeStages(), ws.screen(), OutputSink.FILES).generate(ws.options());
    assertThat(r.exitCode()).isZero();
    assertThat(r.results()).isEmpty();
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt"))).contains("anna-k  done", "ben-o  done", "zoe  done");
  }

  @Test
  void whatTheRendererReportsComesAfterTheRostersProblemsThoughItIsBuiltWhileTheRosterIsRead() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna,2026-12-07", "bad,Bad Date,31.13.2026");
    java.util.concurrent.atomic.AtomicReference<String> builtOn = new java.util.concurrent.atomic.AtomicReference<>();
    FakeStages stages = new FakeStages() {
      @Override
      public Handouts handouts(org.circuitpress.model.Branding b, org.circuitpress.model.Library l,
          org.circuitpress.model.Diagnostics d) {
        builtOn.set(Thread.currentThread().getName());
        d.warning(org.circuitpress.model.Location.ofFile("logo.png"), "the logo could not be read");
        return super.handouts(b, l, d);
      }
    };
    stages.beforeRoster = () -> sleep(300); // the renderer is done long before the roster
    ws.run(stages).generate(ws.options());

    assertThat(builtOn.get()).isNotEqualTo(Thread.currentThread().getName());
    String report = Workspace.read(tmp.resolve("out/2026-12/report.txt"));
    assertThat(report.indexOf("roster.csv: C3 (start_date)")).isNotNegative()
        .isLessThan(report.indexOf("logo.png: warning: the logo could not be read"));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
