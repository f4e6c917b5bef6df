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

  /**
   * Found walking a trainer's first months: after a client's equipment changed, {@code plan
   * --client 101 --month 2027-01} showed loads of 16 kg that the January handout and log, already
   * in the client's hands, did not print, and nothing said that the two differ.
   */
  @Test
  void planOfOneClientSaysWhenTheHandoutMadeForItsBlockDiffers() throws IOException {
    String kettlebells = "c1,Ann,full-body-strength,2026-12-01,beginner,,,kettlebell 8/12 kg,,,kg,A4,,";
    RealRun.roster(tmp, kettlebells);
    java.io.StringWriter generated = new java.io.StringWriter();
    assertThat(RealRun.run(generated, RealRun.options(tmp)).exitCode()).as(generated.toString()).isZero();
    java.time.YearMonth december = java.time.YearMonth.of(2026, 12);

    java.io.StringWriter same = new java.io.StringWriter();
    new Plans(Stages.standard(), RealRun.screen(same), OutputSink.FILES)
        .print(RealRun.options(tmp).withMonth(december), "c1", false);
    assertThat(same.toString()).contains("Week 1").doesNotContain("the handout and log made here");

    RealRun.roster(tmp, kettlebells.replace("kettlebell 8/12 kg", "dumbbell 4/6 kg"));
    java.io.StringWriter changed = new java.io.StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(changed), OutputSink.FILES)
        .print(RealRun.options(tmp).withMonth(december), "c1", false);
    assertThat(exit).isZero();
    assertThat(changed.toString()).contains(tmp.resolve("out").resolve("2026-12").resolve("c1")
        + ": note: Ann (c1): the handout and log made here for block 1, which the client has, differ from the"
        + " program above, planned from today's roster, library, templates and logs. To give them this program,"
        + " run ./circuitpress generate --month 2026-12 --clients c1 --roster " + tmp.resolve("roster.csv")
        + " --library " + java.nio.file.Path.of("input", "csv", "exercises.csv") + " --out " + tmp.resolve("out"));
  }

  /**
   * Found in review: the command the note gave left out the files and folders {@code plan} was
   * given, so that, pasted, it made the client's files from the sample's roster into output/. Every
   * input and the output folder that are not the defaults are in it, a path with a space in quotes.
   */
  @Test
  void theCommandToPasteNamesEveryInputAndTheOutputFolderGiven() {
    RunOptions given = RunOptions.of(java.nio.file.Path.of("my clients.xlsx"), java.nio.file.Path.of("drills.csv"),
        java.nio.file.Path.of("gym templates"), java.nio.file.Path.of("out", "riverside"))
        .withBranding(java.nio.file.Path.of("input", "riverside.csv"));
    assertThat(Unfollowed.inputOptions(given, true)).isEqualTo(" --roster \"my clients.xlsx\" --library drills.csv"
        + " --templates \"gym templates\" --branding input/riverside.csv --out out/riverside");
    RunOptions defaults = RunOptions.of(java.nio.file.Path.of("input", "roster.xlsx"),
        java.nio.file.Path.of("input", "exercises.xlsx"), java.nio.file.Path.of("templates"),
        java.nio.file.Path.of("output")).withBranding(java.nio.file.Path.of("input", "branding.csv"))
        .withInputsByDefault(true, true);
    assertThat(Unfollowed.inputOptions(defaults, true)).isEmpty();
  }

  /**
   * Found in review: a roster named {@code Jo's "best" roster.csv} was suggested as
   * {@code --roster "my files/Jo's "best" roster.csv"}, which a shell reads as other words, and one
   * named {@code Jo's.csv} was given bare, an open quote; a {@code $} inside double quotes is
   * read as a variable. Each now pastes as the path it names.
   */
  @Test
  void theCommandToPasteQuotesAPathSoThatAShellReadsItAsItIs() {
    assertThat(Unfollowed.shellWord("input/roster.xlsx")).isEqualTo("input/roster.xlsx");
    assertThat(Unfollowed.shellWord("Zoë-1")).isEqualTo("Zoë-1");
    assertThat(Unfollowed.shellWord("my clients.xlsx")).isEqualTo("\"my clients.xlsx\"");
    assertThat(Unfollowed.shellWord("Jo's.csv")).isEqualTo("\"Jo's.csv\"");
    assertThat(Unfollowed.shellWord("my files/Jo's \"best\" roster.csv"))
        .isEqualTo("'my files/Jo'\\''s \"best\" roster.csv'");
    assertThat(Unfollowed.shellWord("out $HOME")).isEqualTo("'out $HOME'");
    assertThat(Unfollowed.shellWord("a(1)&b")).isEqualTo("\"a(1)&b\"");
    RunOptions given = RunOptions.of(java.nio.file.Path.of("Jo's \"best\" roster.csv"), java.nio.file.Path.of("drills.csv"),
        java.nio.file.Path.of("templates"), java.nio.file.Path.of("Jo's out"));
    assertThat(Unfollowed.inputOptions(given, true))
        .isEqualTo(" --roster 'Jo'\\''s \"best\" roster.csv' --library drills.csv --out \"Jo's out\"");
  }

  /** A December made for one client with a kettlebell, and {@code plan --client c1} of it now. */
  private static final String KETTLEBELLS = "c1,Ann,full-body-strength,2026-12-01,beginner,,,kettlebell 8/12 kg,,,kg,A4,,";

  private String planOfDecember(RunOptions o) {
    java.io.StringWriter shown = new java.io.StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(shown), OutputSink.FILES)
        .print(o.withMonth(java.time.YearMonth.of(2026, 12)), "c1", false);
    assertThat(exit).as(shown.toString()).isZero();
    return shown.toString();
  }

  /** December made for the client with the kettlebells, from a copy of the library in {@code tmp}; its options. */
  private RunOptions decemberMade() throws IOException {
    RealRun.roster(tmp, KETTLEBELLS);
    RunOptions o = withLibrary("", "");
    java.io.StringWriter generated = new java.io.StringWriter();
    assertThat(RealRun.run(generated, o).exitCode()).as(generated.toString()).isZero();
    return o;
  }

  /** A copy of the shipped library in {@code tmp}, with {@code from} replaced by {@code to}, and options that read it. */
  private RunOptions withLibrary(String from, String to) throws IOException {
    java.nio.file.Path library = tmp.resolve("exercises.csv");
    String shipped = java.nio.file.Files.readString(java.nio.file.Path.of("input", "csv", "exercises.csv"));
    assertThat(shipped).contains(from);
    java.nio.file.Files.writeString(library, shipped.replace(from, to));
    return RunOptions.of(tmp.resolve("roster.csv"), library, java.nio.file.Path.of("templates"), tmp.resolve("out"))
        .withThreads(2);
  }

  /**
   * Found in review: {@code plan --client} compared the drills' ids only, so a drill renamed in the
   * library since December's run (same id, a new name in the plan) got no note, though the
   * client's handout and log print the old name. What counts is what is printed.
   */
  @Test
  void planOfOneClientSaysWhenADrillWasRenamedSinceItsHandoutWasMade() throws IOException {
    RunOptions o = decemberMade();
    String held = planOfDecember(o);
    assertThat(held).doesNotContain("the handout and log made here");

    // the first drill of the plan, renamed in the library: the same id, a new name
    java.util.regex.Matcher drill = java.util.regex.Pattern.compile("     - (.+) \\[([^\\]]+)\\]").matcher(held);
    assertThat(drill.find()).isTrue();
    String row = "\n" + drill.group(2) + "," + drill.group(1) + ",";
    String renamed = planOfDecember(withLibrary(row, row.replace(drill.group(1) + ",", drill.group(1) + " (new),")));
    assertThat(renamed).contains(drill.group(1) + " (new) [" + drill.group(2) + "]").contains(tmp.resolve("out")
        .resolve("2026-12").resolve("c1") + ": note: Ann (c1): the handout and log made here for block 1, which the"
        + " client has, differ from the program above");
  }

  /**
   * What is printed is what counts, and only that: a start load added on the roster for a drill the
   * block does not give, or a drill's cue (on the handout, but not in the program shown), is no
   * note.
   */
  @Test
  void planOfOneClientSaysNothingWhenNothingItShowsIsPrintedOtherwise() throws IOException {
    RunOptions o = decemberMade();
    String held = planOfDecember(o);
    assertThat(held).doesNotContain("windmill");

    RealRun.roster(tmp, KETTLEBELLS.replace("kettlebell 8/12 kg,,", "kettlebell 8/12 kg,kettlebell windmill 12 kg,"));
    assertThat(planOfDecember(o)).doesNotContain("the handout and log made here");
    String cue = "Bell between the feet.";
    assertThat(planOfDecember(withLibrary(cue, "Feet hip-width apart. " + cue)))
        .doesNotContain("the handout and log made here");
  }

  /**
   * Found in review: after the trainer did what the note said (generate again, which wrote the new
   * program beside the log the client had filled in), {@code plan --client} still said to run again.
   * It says where the new files are.
   */
  @Test
  void planOfOneClientSaysWhereTheNewFilesAreOnceTheMonthWasRunAgain() throws Exception {
    RealRun.roster(tmp, KETTLEBELLS);
    java.io.StringWriter generated = new java.io.StringWriter();
    assertThat(RealRun.run(generated, RealRun.options(tmp)).exitCode()).as(generated.toString()).isZero();
    java.nio.file.Path folder = tmp.resolve("out").resolve("2026-12").resolve("c1");
    // the client filled in their log: it is kept when the month is run again
    java.nio.file.Path log = folder.resolve("log.xlsx");
    try (var in = java.nio.file.Files.newInputStream(log);
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      wb.createSheet("Diary").createRow(0).createCell(0).setCellValue("felt good");
      try (var out = java.nio.file.Files.newOutputStream(log)) {
        wb.write(out);
      }
    }
    RealRun.roster(tmp, KETTLEBELLS.replace("kettlebell 8/12 kg", "dumbbell 4/6 kg"));
    assertThat(planOfDecember(RealRun.options(tmp))).contains("To give them this program, run ./circuitpress generate");

    java.io.StringWriter again = new java.io.StringWriter();
    assertThat(RealRun.run(again, RealRun.options(tmp).withMonth(java.time.YearMonth.of(2026, 12))).exitCode())
        .as(again.toString()).isZero();
    assertThat(folder.resolve("log.new.xlsx")).exists();
    String shown = planOfDecember(RealRun.options(tmp));
    assertThat(shown).doesNotContain("run ./circuitpress generate").contains(folder + ": note: Ann (c1): the handout"
        + " and log made here for block 1, which the client has, differ from the program above, planned from today's"
        + " roster, library, templates and logs. This program is already written beside them, as handout.new.pdf and"
        + " log.new.xlsx in " + folder + ": give the client those");
  }

  /**
   * Found in review: after the trainer renamed a template's folder only in capitals (which the
   * roster and next month's run take as the same template), {@code plan --client} said the handout
   * made for the block differs from the program shown, though not a word of it did: the block's
   * record was compared as text, template name and all.
   */
  @Test
  void planOfOneClientSaysNothingDiffersWhenOnlyTheTemplatesFolderWasRenamedInCapitals() throws IOException {
    java.nio.file.Path templates = tmp.resolve("templates");
    try (var each = java.nio.file.Files.walk(java.nio.file.Path.of("templates"))) {
      for (java.nio.file.Path from : each.toList()) {
        java.nio.file.Path to = templates.resolve(java.nio.file.Path.of("templates").relativize(from).toString());
        if (java.nio.file.Files.isDirectory(from)) java.nio.file.Files.createDirectories(to);
        else java.nio.file.Files.copy(from, to);
      }
    }
    RealRun.roster(tmp, "c1,Ann,full-body-strength,2026-12-01,beginner,,,kettlebell 8/12 kg,,,kg,A4,,");
    RunOptions o = RunOptions.of(tmp.resolve("roster.csv"), java.nio.file.Path.of("input", "csv", "exercises.csv"),
        templates, tmp.resolve("out")).withThreads(2);
    java.io.StringWriter generated = new java.io.StringWriter();
    assertThat(RealRun.run(generated, o).exitCode()).as(generated.toString()).isZero();
    java.nio.file.Files.move(templates.resolve("full-body-strength"), templates.resolve("Full-Body-Strength"));

    java.io.StringWriter shown = new java.io.StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(shown), OutputSink.FILES)
        .print(o.withMonth(java.time.YearMonth.of(2026, 12)), "c1", false);
    assertThat(exit).as(shown.toString()).isZero();
    assertThat(shown.toString()).contains("Week 1").doesNotContain("the handout and log made here");
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

  /**
   * Found running a chain's 2,000 clients: export-logs read their logs one after another (25 s
   * for blank logs, 95 s with 300 filled ones, against 26 s for the whole generate). Logs are read
   * on a pool, as generate works: two readers meet here, which one thread never does.
   */
  @Test
  void exportLogsReadsLogsOnSeveralThreads() throws IOException {
    String[] rows = {"a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01"};
    Workspace ws = new Workspace(tmp, rows);
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
    java.util.concurrent.atomic.AtomicInteger reading = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    FakeStages meeting = new FakeStages() {
      @Override
      public java.util.Optional<org.circuitpress.model.BlockLog> readLog(java.nio.file.Path folder,
          org.circuitpress.model.Program previous, org.circuitpress.model.Diagnostics d) {
        most.accumulateAndGet(reading.incrementAndGet(), Math::max);
        both.countDown();
        try {
          // the first reader waits for a second one (in vain on one thread)
          both.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          reading.decrementAndGet();
        }
        return super.readLog(folder, previous, d);
      }
    };
    Workspace exporting = new Workspace(tmp, rows);
    int exit = new Plans(meeting, exporting.screen(), OutputSink.FILES)
        .exportLogs(exporting.options().withThreads(2).withMonth(java.time.YearMonth.of(2026, 12)), null);
    assertThat(exit).as(exporting.err.toString()).isZero();
    assertThat(most.get()).as("logs read at the same time").isEqualTo(2);
    assertThat(exporting.out.toString()).startsWith("Exported 4 clients");
  }

  /**
   * Asked for after a chain's export: a reader failing in a way nobody foresaw on one client's log
   * ended the whole export, with no CSV for anyone. It is that client's error, the others are
   * exported, and the command ends with exit code 1.
   */
  @Test
  void exportLogsGoesOnPastALogThatCannotBeRead() throws IOException {
    String[] rows = {"a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01"};
    Workspace ws = new Workspace(tmp, rows);
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isZero();
    FakeStages failing = new FakeStages() {
      @Override
      public java.util.Optional<org.circuitpress.model.BlockLog> readLog(java.nio.file.Path folder,
          org.circuitpress.model.Program previous, org.circuitpress.model.Diagnostics d) {
        if (folder.getFileName().toString().equals("b")) throw new IllegalStateException("a fault of the reader");
        return super.readLog(folder, previous, d);
      }
    };
    Workspace exporting = new Workspace(tmp, rows);
    int exit = new Plans(failing, exporting.screen(), OutputSink.FILES)
        .exportLogs(exporting.options().withMonth(java.time.YearMonth.of(2026, 12)), null);

    assertThat(exit).as(exporting.err.toString()).isEqualTo(1);
    assertThat(exporting.err.toString()).contains(tmp.resolve("out/2026-12/b") + ": could not read the client's log:"
        + " reading it stopped on something CircuitPress did not expect (IllegalStateException)")
        .doesNotContain("a fault of the reader").doesNotContain("\tat ");
    assertThat(exporting.out.toString()).startsWith("Exported 3 clients");
    assertThat(tmp.resolve("out/2026-12/log-export.csv")).exists();
  }
}
