package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Month after month with the real stages: a filled log is never overwritten by a rerun, and next
 * month's run reads it and says so in the report.
 */
class MonthlyRunTest {
  @TempDir Path tmp;

  @BeforeEach
  void samplesPresent() throws IOException {
    firstSampleClients(tmp.resolve("roster.csv"), 2);
  }

  /** The sample roster's first {@code n} clients as {@code roster}; the test is skipped without the samples. */
  static void firstSampleClients(Path roster, int n) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("input/csv/roster.csv")), "the sample inputs are in input/");
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(roster, lines.subList(0, n + 1), StandardCharsets.UTF_8);
  }

  private int run(StringWriter out, String... args) {
    return run(out, new StringWriter(), args);
  }

  private int run(StringWriter out, StringWriter err, String... args) {
    String[] base = {"--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + base.length);
    System.arraycopy(base, 0, all, args.length, base.length);
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(all);
  }

  @Test
  void aFilledLogSurvivesARerunAndDrivesNextMonth() throws IOException {
    List<String> ids = SampleRunTest.sampleIds().subList(0, 2);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path folder = tmp.resolve("out/2026-12").resolve(ids.get(0));
    FilledLogs.fill(folder.resolve("log.xlsx"));
    byte[] filled = Files.readAllBytes(folder.resolve("log.xlsx"));

    // the same month again, the same program: the filled log already is this block's, so no copy
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readAllBytes(folder.resolve("log.xlsx"))).isEqualTo(filled);
    assertThat(folder.resolve("log.new.xlsx")).doesNotExist();
    assertThat(folder.resolve("handout.new.pdf")).doesNotExist();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt")))
        .contains("then: log.xlsx (has the client's entries) stays in place and no copy was written beside it")
        .doesNotContain(folder.resolve("log.xlsx") + ": warning");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("note: read the last block's log " + folder.resolve("log.xlsx"), "log read from log.xlsx: the log earns one extra step");
    assertThat(tmp.resolve("out/2027-01").resolve(ids.get(1)).resolve("handout.pdf")).exists();

    assertThat(run(new StringWriter(), "export-logs", "--month", "2026-12")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2026-12/log-export.csv"))).contains(ids.get(0)).contains(ids.get(1));
  }

  @Test
  void theSummaryNamesTheTemplateOfTheTrackAClientIsOnThisMonth() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(tmp.resolve("roster.csv"), List.of(lines.get(0),
        lines.stream().filter(l -> l.startsWith("c012,")).findFirst().orElseThrow()), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    try (var in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("upper-back-track: upper-back-mobility");
    }
  }

  @Test
  void aDamagedLogIsKeptOnARerunWithoutClaimingTheClientWroteInIt() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path log = tmp.resolve("out/2026-12").resolve(id).resolve("log.xlsx");
    byte[] whole = Files.readAllBytes(log);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    Files.write(log, cut);

    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readAllBytes(log)).isEqualTo(cut);
    assertThat(log.resolveSibling("log.new.xlsx")).exists();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt")))
        .contains(log + ": warning: could not be read to check for the client's entries, so it was kept;"
            + " the new log.xlsx is log.new.xlsx beside it")
        .doesNotContain(log + ": warning: has the client's entries");
  }

  /** The roster of the test with {@code from} replaced by {@code to} in the line of client {@code id}. */
  private void editRoster(String id, String from, String to) throws IOException {
    Path roster = tmp.resolve("roster.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(roster, StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(id + ",")) {
        assertThat(lines.get(i)).contains(from);
        lines.set(i, lines.get(i).replace(from, to));
      }
    }
    Files.write(roster, lines, StandardCharsets.UTF_8);
  }

  /** December's run, then the log in {@code folder} filled in; returns the block record December left there. */
  private String decemberWithAFilledLog(Path folder) throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    String printed = Files.readString(folder.resolve(".circuitpress-block.csv"));
    FilledLogs.fill(folder.resolve("log.xlsx"));
    return printed;
  }

  /**
   * December for the sample client {@code id} alone, on a block of four weeks so that January's
   * block follows it, with its log filled in; the block as printed.
   */
  private String aFourWeekDecemberWithAFilledLog(String id) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(tmp.resolve("roster.csv"), List.of(lines.get(0), lines.stream().filter(l -> l.startsWith(id + ","))
        .findFirst().orElseThrow().replaceFirst(",(beginner|intermediate|advanced),8,", ",$1,4,")), StandardCharsets.UTF_8);
    return decemberWithAFilledLog(tmp.resolve("out/2026-12").resolve(id));
  }

  /** Found in review: a client whose id was retyped lost their history without a word. */
  @Test
  void aClientWhoseIdChangedIsToldTheLastBlockWasNotFoundAndCapitalsDoNotMatter() throws IOException {
    decemberWithAFilledLog(tmp.resolve("out/2026-12/c002"));
    FilledLogs.fill(tmp.resolve("out/2026-12/c001/log.xlsx"));
    editRoster("c001", "c001,", "C001,");
    editRoster("c002", "c002,", "c002-new,");
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).isEqualTo(0);
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    // the same id in other capitals: its folder is found, and its log read
    assertThat(report).contains("read the last block's log " + tmp.resolve("out/2026-12/c001/log.xlsx"));
    assertThat(report).contains(tmp.resolve("out/2026-12/c002-new") + ": warning: no folder of this client's last"
        + " block (2026-12), so no log was read and this block goes on as the template plans; if the client's id"
        + " changed, rename their old folder to c002-new (or put their filled log.xlsx there) and run again");
  }

  /**
   * Found in a review of trainers' mistakes: an id kept as 001 in December's CSV, read as 1 from a
   * workbook in January (a spreadsheet drops the zeros of an id typed as a number), lost the client's
   * log with a warning that did not say the folder 001 was theirs.
   */
  @Test
  void anIdThatLostItsZerosInFrontIsToldWhichFolderIsTheirs() throws IOException {
    editRoster("c001", "c001,", "001,");
    decemberWithAFilledLog(tmp.resolve("out/2026-12/001"));
    editRoster("001", "001,", "1,");
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isEqualTo(0);
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains(tmp.resolve("out/2026-12/1")
        + ": warning: no folder of this client's last block (2026-12), so no log was read and this block goes on"
        + " as the template plans; the folder 001 there is most likely theirs, with the id written with other zeros"
        + " in front: a spreadsheet drops them from an id typed as a number (001 becomes 1). Format the client_id"
        + " column as text and type the id as 001 again, or rename that folder to 1, and run again");
  }

  /** Found in review: a client's row with the id left blank was an error, but not counted or listed. */
  @Test
  void aRowWithoutAnIdIsCountedAndListedAsAFailedClient() throws IOException {
    editRoster("c002", "c002,", ",");
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2026-12")).isEqualTo(1);
    assertThat(out.toString()).containsPattern("\\d+ clients: \\d+ done, 0 kept a filled or changed file, \\d+ skipped, 1 failed");
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt")))
        .containsPattern("\n\\(row \\d+, no client_id\\)  failed  not made \\(roster row \\d+\\): .*A\\d+ \\(client_id\\):"
            + " the cell is empty; a value is required\n");
  }

  /** Found in review: a client moved up a level kept last block's drills, as if nothing had changed. */
  @Test
  void aLevelChangedBetweenMonthsMovesTheDrillsAndIsNoted() throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    editRoster("c002", "intermediate", "advanced");
    StringWriter out = new StringWriter();
    assertThat(run(out, "plan", "--month", "2027-01", "--client", "c002")).isZero();
    assertThat(out.toString()).contains("level changed from intermediate to advanced since the last block")
        .contains("Bottoms-up kettlebell windmill [bottoms-up-windmill]");
  }

  /**
   * Found in review: the note that a client's level changed since the last block is placed at the
   * roster's level cell, but the report printed it without a place, so the cell was never seen.
   * It is printed at its cell as a warning is, also in the report that merge-summaries writes from
   * shards.
   */
  @Test
  void aNoteAtACellOfTheRosterIsPrintedAtThatCell() throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    editRoster("c002", "intermediate", "advanced");
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("\n  roster.csv: E3 (level): note: Łukasz Kowalski (c002): level changed from intermediate"
        + " to advanced since the last block: its drills are harder variants where the library has them\n")
        .doesNotContain("  note: Łukasz Kowalski (c002): level changed");

    try (java.util.stream.Stream<Path> month = Files.walk(tmp.resolve("out/2027-01"))) {
      for (Path f : month.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
    }
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "generate", "--month", "2027-01", "--shard", "1/1")).as(err.toString()).isZero();
    assertThat(new Main(new PrintWriter(new StringWriter()), new PrintWriter(err)).run("merge-summaries", "--month",
        "2027-01", "--out", tmp.resolve("out").toString())).as(err.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).isEqualTo(report);
  }

  /**
   * Found in review: after a program change the old program's log was read against the new one's
   * block (hundreds of rows matching no drill) and earned it a step it never did.
   */
  @Test
  void aLogOfTheProgramTheClientLeftDoesNotDecideTheNewProgramsBlock() throws IOException {
    decemberWithAFilledLog(tmp.resolve("out/2026-12/c002"));
    editRoster("c002", "upper-back-mobility", "shoulder-health");
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains("the last block here was of upper-back-mobility, but the client's program is now shoulder-health:"
            + " its log does not decide this block, which goes on as the new program plans")
        .doesNotContain("match no drill", "extra step");
    // nor is it counted as a log that did not come back
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")).lines().filter(l -> l.startsWith("Logs: ")))
        .containsExactly("Logs: 0 of 1 came back filled in, 1 untouched");
  }

  /**
   * Found walking through a trainer's own template: a template folder named "Upper Back Mobility",
   * renamed upper-back-mobility to tidy it (the same id to the roster, which sets capitals, spaces
   * and hyphens aside), lost the client's filled log: the next month said the client's program had
   * changed and planned on as if no log had come back.
   */
  @Test
  void aTemplateFolderRenamedOnlyInCapitalsSpacesOrHyphensKeepsTheClientsLog() throws IOException {
    Path templates = tmp.resolve("templates");
    Files.createDirectories(templates.resolve("Upper Back Mobility"));
    try (var files = Files.list(Path.of("templates/upper-back-mobility"))) {
      for (Path f : files.toList()) Files.copy(f, templates.resolve("Upper Back Mobility").resolve(f.getFileName()));
    }
    String[] december = {"generate", "--month", "2026-12", "--templates", templates.toString()};
    assertThat(run(new StringWriter(), december)).isZero();
    FilledLogs.fill(tmp.resolve("out/2026-12/c002/log.xlsx"));
    Files.move(templates.resolve("Upper Back Mobility"), templates.resolve("upper-back-mobility"));
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01", "--templates", templates.toString())).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    String c002 = report.substring(report.indexOf("\nc002  "));
    assertThat(c002).contains("log read from log.xlsx: the log earns one extra step")
        .doesNotContain("the last block here was of", "was not used");
  }

  /** So too a track whose id in tracks.csv was retyped only in capitals, spaces or hyphens: its record still counts. */
  @Test
  void aTrackRetypedOnlyInCapitalsSpacesOrHyphensKeepsTheBlockRecord() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(tmp.resolve("roster.csv"), List.of(lines.get(0),
        lines.stream().filter(l -> l.startsWith("c012,")).findFirst().orElseThrow()), StandardCharsets.UTF_8);
    Path templates = tmp.resolve("templates");
    try (var all = Files.walk(Path.of("templates"))) {
      for (Path f : all.toList()) {
        Path to = templates.resolve(Path.of("templates").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(to);
        else Files.copy(f, to);
      }
    }
    Path tracks = templates.resolve("tracks.csv");
    Files.writeString(tracks, Files.readString(tracks).replace("upper-back-track,", "Upper Back Track,"));
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--templates", templates.toString())).isZero();
    Files.writeString(tracks, Files.readString(tracks).replace("Upper Back Track,", "upper-back-track,"));
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01", "--templates", templates.toString())).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains("c012  done")
        .doesNotContain("was not used");
  }

  /** Found in a docs review: "Logs: ... 1 missing" named no one, and the client's report line said nothing of it. */
  @Test
  void aClientWhoseLogAndHandoutDidNotComeBackIsNamedInTheReport() throws IOException {
    List<String> ids = SampleRunTest.sampleIds().subList(0, 2);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path folder = tmp.resolve("out/2026-12").resolve(ids.get(0));
    Files.delete(folder.resolve("log.xlsx"));
    Files.delete(folder.resolve("handout.pdf"));
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report.lines().filter(l -> l.startsWith("Logs: "))).containsExactly("Logs: 0 of 2 came back filled in, 1 untouched, 1 missing");
    String own = report.substring(report.indexOf("\n" + ids.get(0) + "  "), report.indexOf("\n" + ids.get(1) + "  "));
    assertThat(own).contains("note: no log came back: neither log.xlsx nor handout.pdf is in " + folder
        + ", so no log was read and this block goes on as the template plans");
    String other = report.substring(report.indexOf("\n" + ids.get(1) + "  "));
    assertThat(other).doesNotContain("no log came back");
  }

  /**
   * Found in review: a month skipped went by in silence. A client whose December block has its
   * record picks up after it ({@link #aClientPausedForAMonthPicksUpWithTheBlockAfterTheLastPrinted});
   * one printed without a record (by a version before them) is dated by today's length, and the
   * month not run is named.
   */
  @Test
  void aMonthSkippedIsNamedAsNotRun() throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    deleteRecords(tmp.resolve("out/2026-12"));
    assertThat(run(new StringWriter(), "generate", "--month", "2027-02")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-02/report.txt"))).contains("the month of this client's last"
        + " block (2027-01) was not run here, so no log was read and this block goes on as the template plans");
  }

  private static void deleteRecords(Path month) throws IOException {
    try (var folders = Files.list(month)) {
      for (Path f : folders.filter(Files::isDirectory).toList()) Files.deleteIfExists(f.resolve(".circuitpress-block.csv"));
    }
  }

  /**
   * Found in review: {@code plan --all} for a month ahead printed "output/2027-01: note: the month of
   * this client's last block (2027-01) was not run here ..." once per client, naming none of them.
   */
  @Test
  void aMonthNotRunIsNamedOnTheConsoleWithTheClientItIsAbout() throws IOException {
    List<String> ids = SampleRunTest.sampleIds().subList(0, 2);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    deleteRecords(tmp.resolve("out/2026-12"));
    StringWriter err = new StringWriter();
    new Main(new PrintWriter(new StringWriter()), new PrintWriter(err)).run("plan", "--all", "--month", "2027-02",
        "--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString());
    for (String id : ids) {
      assertThat(err.toString()).contains(" (" + id + "): the month of this client's last block (2027-01) was not run"
          + " here, so no log was read");
    }
  }

  /**
   * Found in review: --month 2062-12, a slip for 2026-12, planned block 433 without a word. A month
   * a year or more after the last block made for the client is warned about at their row; with no
   * block made (another output folder), at their start date. The month after a block made is not.
   */
  @Test
  void aMonthYearsAfterTheLastBlockMadeIsWarnedAbout() throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "generate", "--month", "2062-12", "--clients", "c001", "--dry-run")).as(err.toString()).isZero();
    assertThat(out + "" + err).contains("roster.csv: row 2: warning: Zoë Martin (c001): 2062-12 is 36 years after the last"
        + " block made for this client (2026-12, in " + tmp.resolve("out/2026-12/c001") + "), so block 2, the one after"
        + " the block printed there, starts on 2062-12-01 and goes on from where block 1 ended. Check the month given"
        + " with --month;");

    StringWriter planned = new StringWriter();
    StringWriter said = new StringWriter();
    new Main(new PrintWriter(planned), new PrintWriter(said)).run("plan", "--client", "c001", "--month", "2062-12",
        "--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("elsewhere").toString());
    assertThat(planned + "" + said).contains("roster.csv: D2 (start_date): warning: Zoë Martin (c001): 2062-12 is 36"
        + " years after the start date, 2026-12-01, and no earlier block of this client is in " + tmp.resolve("elsewhere"));

    StringWriter next = new StringWriter();
    StringWriter nextErr = new StringWriter();
    assertThat(run(next, nextErr, "generate", "--month", "2027-01", "--dry-run")).isZero();
    assertThat(next + "" + nextErr).doesNotContain("after the last block made").doesNotContain("no earlier block");
  }

  @Test
  void aLogIsReadAgainstTheBlockAsPrintedWhenTheClientsKitChangedSince() throws IOException {
    // c002 has kettlebells in December and sells them before January's run
    Path folder = tmp.resolve("out/2026-12/c002");
    assertThat(decemberWithAFilledLog(folder)).isNotEmpty();
    editRoster("c002", "; kettlebell 8/12/16 kg", "");

    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("log read from log.xlsx: the log earns one extra step")
        .doesNotContain("is not in week", "match no drill");

    // without the record, the block is planned again with today's kit: the kettlebell rows match nothing
    Files.delete(folder.resolve(".circuitpress-block.csv"));
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01", "--force")).isEqualTo(0);
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains("the drill \"Kettlebell windmill\" (kettlebell-windmill) is not in week 1 of the last block");
  }

  @Test
  void monthsContinuedFromTheRecordsGiveTheSameFilesAsMonthsRebuiltFromTheStart() throws IOException {
    List<String> ids = SampleRunTest.sampleIds().subList(0, 2);
    for (String month : List.of("2026-12", "2027-01", "2027-02")) {
      assertThat(run(new StringWriter(), "generate", "--month", month)).isZero();
      FilledLogs.fill(tmp.resolve("out").resolve(month).resolve(ids.get(0)).resolve("log.xlsx"));
    }
    Path copy = tmp.resolve("copy");
    try (var files = Files.walk(tmp.resolve("out"))) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(tmp.resolve("out").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else if (!p.getFileName().toString().equals(".circuitpress-block.csv")) Files.copy(p, to);
      }
    }

    assertThat(run(new StringWriter(), "generate", "--month", "2027-03")).isZero();
    StringWriter out = new StringWriter();
    String[] args = {"generate", "--month", "2027-03", "--roster", tmp.resolve("roster.csv").toString(), "--out",
        copy.toString()};
    assertThat(new Main(new PrintWriter(out), new PrintWriter(new StringWriter())).run(args)).isZero();

    for (String id : ids) {
      for (String file : List.of("handout.pdf", "log.xlsx")) {
        Path a = tmp.resolve("out/2027-03").resolve(id).resolve(file);
        assertThat(Files.mismatch(a, copy.resolve("2027-03").resolve(id).resolve(file))).as(a.toString()).isEqualTo(-1);
      }
    }
    String report = Files.readString(tmp.resolve("out/2027-03/report.txt"));
    assertThat(report).contains("log read from log.xlsx: the log earns one extra step").doesNotContain("record");
    assertThat(Files.readString(copy.resolve("2027-03/report.txt"))).as("a missing record is not worth a note")
        .doesNotContain("record");
  }

  @Test
  void aRecordThatNoLongerFitsTheScheduleIsNamedAndTheBlockWorkedOutAgain() throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path record = tmp.resolve("out/2026-12/c001/.circuitpress-block.csv");
    String kept = Files.readString(record);
    editRoster("c001", "2026-12-01", "2026-12-04");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains("note: the record " + record
        + " was not used: it keeps block 1 (2026-12-01 to 2026-12-28,"
        + " upper-back-mobility), which is no longer the client's block of 2026-12 (their start date or program"
        + " changed since); the block was worked out again from the client's start with today's"
        + " roster, library and templates");
    assertThat(Files.readString(record)).as("a record is the run's of its own month").isEqualTo(kept);
  }

  @Test
  void aRerunThatKeepsTheClientsHandoutAndLogKeepsTheirRecordToo() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    String printed = decemberWithAFilledLog(folder);
    Files.write(folder.resolve("handout.pdf"), "%% notes drawn on a tablet\n".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);
    editRoster("c002", "; kettlebell 8/12/16 kg", "");

    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(folder.resolve("log.new.xlsx")).exists();
    assertThat(folder.resolve("handout.new.pdf")).exists();
    assertThat(Files.readString(folder.resolve(".circuitpress-block.csv"))).as("the kept files' block").isEqualTo(printed);

    // once the new files are in place, the record is theirs
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--force")).isZero();
    assertThat(Files.readString(folder.resolve(".circuitpress-block.csv"))).isNotEqualTo(printed)
        .doesNotContain(",kettlebell,");
  }

  @Test
  void aRerunThatKeepsTheFilledLogKeepsItsHandoutAndRecordSoNextMonthStillMatchesItsRows() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    String printed = decemberWithAFilledLog(folder);
    // a rerun with another kit: the filled log is kept, and so is the untouched handout of its
    // block (found in review: a new handout in place was another block than the log and record)
    byte[] handout = Files.readAllBytes(folder.resolve("handout.pdf"));
    List<String> roster = Files.readAllLines(tmp.resolve("roster.csv"), StandardCharsets.UTF_8);
    editRoster("c002", "; kettlebell 8/12/16 kg", "");
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2026-12")).isZero();
    assertThat(folder.resolve("log.new.xlsx")).exists();
    assertThat(folder.resolve("handout.new.pdf")).exists();
    assertThat(Files.readAllBytes(folder.resolve("handout.pdf"))).isEqualTo(handout);
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains("c002/handout.pdf: warning: is not"
        + " written in place: log.xlsx was kept, and the handout.pdf in place goes with it (the same block), so it"
        + " stays; the new handout.pdf is handout.new.pdf beside it");
    assertThat(Files.readString(folder.resolve(".circuitpress-block.csv"))).as("the filled log's block").isEqualTo(printed);

    Files.write(tmp.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains("log read from log.xlsx: the log earns one extra step").doesNotContain("match no drill");
  }

  /**
   * Found in a review of changes in the middle of a block: a shoulder injury added in week 2, the
   * month run again, and the client went on in the new log.xlsx written beside the kept one. January
   * read only the kept log's first week and repeated the whole block, as if weeks 2 to 4 had not
   * been done.
   */
  @Test
  void aClientWhoWentOnInTheNewLogMidBlockHasBothLogsReadNextMonth() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    FilledLogs.fillWeeks(folder.resolve("log.xlsx"), 1, 1);
    editRoster("c002", "band medium,,", "band medium,shoulder,");

    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains(folder.resolve("log.xlsx")
        + ": warning: has the client's entries, so it was kept; the new log.xlsx is log.new.xlsx beside it. A client"
        + " who goes on in the new one keeps the weeks already logged: leave both here, and next month's run reads"
        + " the two as one log of the block");
    FilledLogs.fillWeeks(folder.resolve("log.new.xlsx"), 2, 4);

    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("log read from log.xlsx + log.new.xlsx: the log earns one extra step",
        "note: log.new.xlsx holds entries of this block too (weeks 2 to 4): the client went on in the new log")
        // read against the block it printed (.circuitpress-block.new.csv): its Open book rows are that block's
        .doesNotContain("repeating the last block", "match no drill", "is not in week");
  }

  /** A new program is another block: the new log is not read with the kept one, and the warning does not say it is. */
  @Test
  void aNewLogOfAnotherProgramIsNotOfferedAsTheKeptLogsSequel() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    FilledLogs.fillWeeks(folder.resolve("log.xlsx"), 1, 1);
    editRoster("c002", "upper-back-mobility", "shoulder-health");

    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt")))
        .contains("the new log.xlsx is log.new.xlsx beside it (--force puts the new one in its place")
        .doesNotContain("leave both here");
  }

  /**
   * Found in review: a start date moved after the client had logged makes another block, whose new
   * log the rerun does not offer as the kept one's sequel; January still read the two as one log,
   * counting the new block's weeks as the old one's, and said nothing of the new log's entries.
   */
  @Test
  void aNewLogOfAnotherStartDateIsNotReadWithTheKeptOne() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    FilledLogs.fillWeeks(folder.resolve("log.xlsx"), 1, 1);
    editRoster("c002", "2026-12-02", "2026-12-09");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).doesNotContain("leave both here");
    FilledLogs.fillWeeks(folder.resolve("log.new.xlsx"), 2, 4);

    run(new StringWriter(), "generate", "--month", "2027-01");
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains(folder.resolve("log.new.xlsx") + ": warning: holds entries, but only log.xlsx is read as the"
            + " last block's log", "log read from log.xlsx: ")
        .doesNotContain("log.xlsx + log.new.xlsx", "holds entries of this block too");
  }

  /** December's filled log of c002, then the kit changed and December run again with --force; returns December's record. */
  private String decemberForcedAfterTheKitChanged(Path folder) throws IOException {
    String printed = decemberWithAFilledLog(folder);
    editRoster("c002", "; kettlebell 8/12/16 kg", "");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--force")).isZero();
    assertThat(folder.resolve("log.replaced.xlsx")).exists();
    return printed;
  }

  /**
   * Found in a trainer's review: --force said to put the moved log back if the client was still
   * filling it in, but next month read it against the forced block: its kettlebell rows matched no
   * drill, and nothing progressed.
   */
  @Test
  void aLogPutBackAfterForceIsReadAgainstTheBlockItWasPrintedFor() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    String printed = decemberForcedAfterTheKitChanged(folder);
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains(folder.resolve("log.xlsx")
        + ": warning: has the client's entries; --force replaced it, and the old one is log.replaced.xlsx beside"
        + " it, which no run reads; the record of its block is kept too, as .circuitpress-block.replaced.csv. If"
        + " the client is still filling it in, put it back as log.xlsx, in place of the new one, before next"
        + " month's run: that run then reads it against its own block");
    // the client goes on with December's log, and the trainer puts it back as the warning says
    Files.move(folder.resolve("log.replaced.xlsx"), folder.resolve("log.xlsx"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    // export-logs puts what the client logged beside the targets of the block they were working from
    StringWriter exported = new StringWriter();
    assertThat(run(new StringWriter(), exported, "export-logs", "--month", "2026-12")).as(exported.toString()).isZero();
    assertThat(exported.toString()).doesNotContain("is not in week", "match no drill")
        .contains("was read against the record " + folder.resolve(".circuitpress-block.replaced.csv"));
    assertThat(Files.readAllLines(tmp.resolve("out/2026-12/log-export.csv"))).filteredOn(l -> l.startsWith("c002,"))
        .anyMatch(l -> l.contains("kettlebell-windmill"));

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("log read from log.xlsx: the log earns one extra step")
        .doesNotContain("is not in week", "match no drill")
        .contains("note: the log " + folder.resolve("log.xlsx") + " was read against the record "
            + folder.resolve(".circuitpress-block.replaced.csv") + ", of the block a run with --force replaced there:"
            + " 240 of the log's filled rows are for drills of that block, and 210 for drills of the block in"
            + " .circuitpress-block.csv. The client kept filling in the old block's log, which was put back after"
            + " that run, so this block goes on from the old one");
    assertThat(Files.readString(folder.resolve(".circuitpress-block.replaced.csv"))).isEqualTo(printed);
    // January is what it would have been had December not been run again
    byte[] january = Files.readAllBytes(tmp.resolve("out/2027-01/c002/log.xlsx"));
    Files.delete(folder.resolve(".circuitpress-block.csv"));
    Files.move(folder.resolve(".circuitpress-block.replaced.csv"), folder.resolve(".circuitpress-block.csv"));
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01", "--force")).isZero();
    assertThat(Files.readAllBytes(tmp.resolve("out/2027-01/c002/log.xlsx"))).isEqualTo(january);
  }

  @Test
  void withoutThePutBackTheNewLogIsReadAgainstTheNewBlock() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    String printed = decemberForcedAfterTheKitChanged(folder);
    assertThat(Files.readString(folder.resolve(".circuitpress-block.replaced.csv"))).isEqualTo(printed);
    assertThat(Files.readString(folder.resolve(".circuitpress-block.csv"))).isNotEqualTo(printed);
    // the client fills in the new log instead
    FilledLogs.fill(folder.resolve("log.xlsx"));

    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains("log read from log.xlsx: the log earns one extra step")
        .doesNotContain("is not in week", "match no drill", "replaced.csv");
  }

  /**
   * Found in review: after --force over a block of other dates, the warning still said to put the
   * old log back, but next month plans from today's schedule and never reads a log against it.
   */
  @Test
  void aForceOverABlockOfOtherDatesDoesNotSayToPutTheOldLogBack() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    decemberWithAFilledLog(folder);
    editRoster("c002", ",intermediate,4,3,", ",intermediate,6,3,");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--force")).isZero();
    assertThat(Files.readString(tmp.resolve("out/2026-12/report.txt"))).contains(folder.resolve("log.xlsx")
        + ": warning: has the client's entries; --force replaced it, and the old one is log.replaced.xlsx beside it,"
        + " which no run reads. Its block was of another program or other dates (the client's program, start date"
        + " or block length changed since), and next month's run goes on from the new block only: if the client is"
        + " still filling in the old one, copy what they wrote into the new log.xlsx, or it will not count")
        .doesNotContain("put it back");
    assertThat(folder.resolve(".circuitpress-block.replaced.csv")).doesNotExist();
  }

  @Test
  void aSecondForceKeepsTheRecordTheFirstKeptAside() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c002");
    String printed = decemberForcedAfterTheKitChanged(folder);
    String forced = Files.readString(folder.resolve(".circuitpress-block.csv"));
    // the client fills in the new log, and the kettlebells come back before another forced run
    FilledLogs.fill(folder.resolve("log.xlsx"));
    editRoster("c002", "band light/medium/heavy", "band light/medium/heavy; kettlebell 8/12/16 kg");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--force")).isZero();

    assertThat(Files.readString(folder.resolve(".circuitpress-block.replaced.csv"))).isEqualTo(printed);
    assertThat(Files.readString(folder.resolve(".circuitpress-block.replaced-2.csv"))).isEqualTo(forced);
    assertThat(Files.readString(folder.resolve(".circuitpress-block.csv"))).isEqualTo(printed);
  }

  @Test
  void planForALaterMonthShowsItsNotesAsGenerateMakesThem() throws IOException {
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    StringWriter out = new StringWriter();
    assertThat(run(out, "plan", "--month", "2027-01", "--client", "c001")).isZero();
    assertThat(out.toString()).contains("log read from log.xlsx: still the one the last run wrote (nothing came back"
        + " from the client), so the block goes on as the template plans");
  }

  @Test
  void oneRoundMarkedNotDoneAmongRowsTickedWithoutAmountsStillProgressesTheDrill() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Files.write(tmp.resolve("roster.csv"), List.of(lines.get(0),
        lines.stream().filter(l -> l.startsWith("c006,")).findFirst().orElseThrow()), StandardCharsets.UTF_8);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    // the hip-mobility "switch" slot gives this beginner the supine windshield wipers
    FilledLogs.tickWithOneNo(tmp.resolve("out/2026-12/c006/log.xlsx"), "seated-hip-rotation");
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .containsPattern("log read from log\\.xlsx: progressed one extra step in \\d+ slots? \\([^)]*\\bswitch\\b")
        .doesNotContain("slot switch:");
  }

  /**
   * What a client writes in the Notes column reaches the trainer: next month's report lists every
   * note by drill, with when and where it was written, and the summary's row shows it. A note of
   * pain warns, with the note quoted at its cell, and holds its drill where the last block
   * started; the client still gets the block (exit 0, done with warnings). A weight typed in a
   * band's box, which a warning names already, is not listed again.
   */
  @Test
  void theClientsNotesReachTheTrainerAndANoteOfPainHoldsItsDrill() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    Path folder = tmp.resolve("out/2026-12").resolve(id);
    decemberWithAFilledLog(folder);
    Path log = folder.resolve("log.xlsx");
    int calm = FilledLogs.type(log, 1, 1, 1, "breathing-90-90", "Notes", "felt calm, slept well after");
    int pain = FilledLogs.type(log, 3, 2, 1, "foam-roll-lats", "Notes", "sharp pain in right shoulder when rolling");
    int band = FilledLogs.type(log, 2, 1, 1, "band-straight-arm-pulldown", "Actual load (kg)", "12kg");
    FilledLogs.type(log, 4, 1, 2, "foam-roll-pecs", "Notes", "no pain, just sore");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    String painSaid = "the client's note on it reports pain: \"sharp pain in right shoulder when rolling\" (week 3,"
        + " session 2, round 1, in Week 3!Q" + pain + ")";
    assertThat(report)
        .contains(log + ": Week 3!Q" + pain + " (Notes): warning: Zoë Martin (c001): slot roll-lats: held at Foam"
            + " roll lats 20 s per side every week: " + painSaid + "; that is where the last block started")
        .contains("\n  note: Zoë Martin (c001): notes the client wrote in log.xlsx: Foam roll lats: \"sharp pain in"
            + " right shoulder when rolling\" (week 3, session 2, round 1, in Week 3!Q" + pain + "; read as pain);"
            + " 90/90 supine breathing: \"felt calm, slept well after\" (week 1, session 1, round 1, in Week 1!Q" + calm
            + "); Foam roll pec minor and major: \"no pain, just sore\" (week 4, session 1, round 2, in Week 4!Q")
        .contains(log + ": Week 2!O" + band + " (Actual load (kg)): warning: expected the band used")
        .doesNotContain("\"load: 12kg\"")
        .contains("\n" + id + "  done-with-warnings  ");
    // the foam rolling of the lats stays at December's start, 20 s, all block; the pecs go on at 30 s
    String record = Files.readString(tmp.resolve("out/2027-01").resolve(id).resolve(".circuitpress-block.csv"));
    assertThat(record).contains("item,roll-lats,foam-roll-lats,20,SECONDS").doesNotContain("item,roll-lats,foam-roll-lats,30")
        .contains("item,roll-pecs,foam-roll-pecs,30,SECONDS");
  }

  /**
   * Found walking through two months as a trainer: a note of pain typed on one drill's row that
   * names another (the rolling of the upper back, on the pulldown's row) held only the drill of
   * the row, and the foam rolling went on from 20 s to 30 s. It holds the drill it names too, and
   * the warning says so.
   */
  @Test
  void aNoteOfPainThatNamesAnotherDrillHoldsThatDrillToo() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    Path folder = tmp.resolve("out/2026-12").resolve(id);
    decemberWithAFilledLog(folder);
    Path log = folder.resolve("log.xlsx");
    int pain = FilledLogs.type(log, 3, 2, 1, "band-straight-arm-pulldown", "Notes", "low back hurt on the foam roll rhomboids");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report)
        .contains(log + ": Week 3!Q" + pain + " (Notes): warning: Zoë Martin (c001): slot roll-rhomboids: held at Foam"
            + " roll rhomboids 20 s every week, as a note of pain names it: the client's note on Band straight-arm lat"
            + " pulldown reports pain: \"low back hurt on the foam roll rhomboids\" (week 3, session 2, round 1, in Week"
            + " 3!Q" + pain + "); that is where the last block started")
        .contains("slot pulldown: held at Band straight-arm lat pulldown 15 reps with light band every week: the"
            + " client's note on it reports pain");
    // the rolling of the upper back stays at December's start, 20 s, all block; the pecs go on at 30 s
    String record = Files.readString(tmp.resolve("out/2027-01").resolve(id).resolve(".circuitpress-block.csv"));
    assertThat(record).contains("item,roll-rhomboids,foam-roll-rhomboids,20,SECONDS")
        .doesNotContain("item,roll-rhomboids,foam-roll-rhomboids,30").contains("item,roll-pecs,foam-roll-pecs,30,SECONDS");
  }

  /**
   * Reported by a trainer: "knee hurt a bit on the squats", typed on the push-up's row, held the
   * push-up while the goblet squat went up, as one word of a drill's name asked rather than held.
   * The last word of one drill's name alone holds that drill, and the warning says the word, so
   * that the trainer sees the guess at a glance.
   */
  @Test
  void aNoteOfPainThatSaysTheLastWordOfOneDrillsNameHoldsThatDrill() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c009");
    String december = aFourWeekDecemberWithAFilledLog("c009");
    Path log = folder.resolve("log.xlsx");
    int pain = FilledLogs.type(log, 3, 2, 1, "push-up", "Notes", "knee hurt a bit on the squats");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String started = "item,squat,goblet-squat,8,REPS,,3-1-1-0,45,,,kettlebell,20.0,KG,20 kg";
    assertThat(december).contains(started);
    String record = Files.readString(tmp.resolve("out/2027-01/c009/.circuitpress-block.csv"));
    // the goblet squat stays at December's start, 8 reps with 20 kg, all block
    assertThat(record.lines().filter(l -> l.startsWith("item,squat,"))).isNotEmpty().allMatch(started::equals);
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains(log + ": Week 3!Q" + pain + " (Notes): warning: Mateo García (c009): slot squat: held at Kettlebell"
            + " goblet squat 8 reps with 20 kg every week, as a note of pain says \"squats\" and no other drill of the last"
            + " block has that word: the client's note on Push-up reports pain: \"knee hurt a bit on the squats\" (week"
            + " 3, session 2, round 1, in Week 3!Q" + pain + "); that is where the last block started")
        .contains("slot push: held at Push-up ");
  }

  /**
   * Found in review: "wrist hurt on push ups, not on squats", typed on the push-up's row, held the
   * goblet squat too, as "not on squats" carries no word of pain of its own; and "goblets made my
   * knee ache" named nothing, as a client calling a drill by the first word of its name was neither
   * held nor asked about. The squat goes on as the log decides, the first note holds only the
   * push-up, and the second asks about the squat in the warning of the drill it was written on.
   */
  @Test
  void aNoteOfPainHoldsNoDrillItSaysDidNotHurtAndAsksAboutADrillCalledByItsFirstWord() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c009");
    String december = aFourWeekDecemberWithAFilledLog("c009");
    Path log = folder.resolve("log.xlsx");
    int push = FilledLogs.type(log, 3, 2, 1, "push-up", "Notes", "wrist hurt on push ups, not on squats");
    int bug = FilledLogs.type(log, 3, 2, 1, "dead-bug", "Notes", "goblets made my knee ache");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String started = "item,squat,goblet-squat,8,REPS,,3-1-1-0,45,,,kettlebell,20.0,KG,20 kg";
    assertThat(december).contains(started);
    String record = Files.readString(tmp.resolve("out/2027-01/c009/.circuitpress-block.csv"));
    // the goblet squat is not held at December's start
    assertThat(record.lines().filter(l -> l.startsWith("item,squat,"))).isNotEmpty().anyMatch(l -> !l.equals(started));
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .doesNotContain("slot squat: held")
        .contains(log + ": Week 3!Q" + push + " (Notes): warning: Mateo García (c009): slot push: held at Push-up ")
        .contains(log + ": Week 3!Q" + bug + " (Notes): warning: Mateo García (c009): slot brace: held at Dead bug ")
        .contains("reports pain: \"goblets made my knee ache\" (week 3, session 2, round 1, in Week 3!Q" + bug + ");"
            + " that is where the last block started. Ask the client about it, then change the drill, its dose or the"
            + " client's limitations if need be. The word \"goblets\" in the note might mean Kettlebell goblet squat;"
            + " it is not held back for that word alone");
  }

  /**
   * Found in review: "skipped - sore knee" typed in a drill's Done cell was left empty with a
   * warning, and its words of pain were read no further, so the next block loaded the squat as
   * usual. The words are now kept as the client's note, and the squat is held.
   */
  @Test
  void wordsOfPainInADoneCellHoldTheDrill() throws IOException {
    Path folder = tmp.resolve("out/2026-12/c009");
    aFourWeekDecemberWithAFilledLog("c009");
    Path log = folder.resolve("log.xlsx");
    int row = FilledLogs.type(log, 3, 2, 1, "goblet-squat", "Done", "skipped - sore knee");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains(log + ": Week 3!M" + row + " (Done): warning: expected yes or no, got \"skipped - sore knee\";"
            + " left empty")
        .contains("slot squat: held at Kettlebell goblet squat 8 reps with 20 kg every week");
  }

  /**
   * A load typed for a drill printed without one (foam rolling) is exported, but the next month's
   * report said nothing of it, though the next block does not use it: a note at the
   * drill's first such cell says so, once for the drill however many rounds have one, and the
   * client is still done without warnings.
   */
  @Test
  void aLoadTypedForADrillPrintedWithoutOneIsNotedOnceInTheReportAtItsCell() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    Path folder = tmp.resolve("out/2026-12").resolve(id);
    decemberWithAFilledLog(folder);
    Path log = folder.resolve("log.xlsx");
    int first = FilledLogs.type(log, 1, 1, 1, "foam-roll-lats", "Actual load (kg)", "4");
    FilledLogs.type(log, 1, 1, 2, "foam-roll-lats", "Actual load (kg)", "4");
    FilledLogs.type(log, 2, 1, 1, "foam-roll-lats", "Actual load (kg)", "5");

    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    String note = log + ": Week 1!O" + first + " (Actual load (kg)): note: Foam roll lats is printed without a load, but 4 kg"
        + " is typed here; export-logs lists the loads typed for it, but the next block does not use them\n";
    assertThat(report).contains("\n" + id + "  done  ", "\n  " + note);
    assertThat(report.split("printed without a load", -1)).hasSize(2);
  }

  /**
   * Found in review of the second month (r01): every part of the summary's Detail cell began with
   * "Zoë Martin (c001): ", which the row shows already, and what the log wrote and decided filled
   * the cell, so that it ended "2 warnings in report.txt" without saying that a drill is held for
   * a note of pain.
   */
  @Test
  void theSummarySaysWhichDrillANoteOfPainHoldsAndNeverRepeatsTheClientsName() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    Path folder = tmp.resolve("out/2026-12").resolve(id);
    decemberWithAFilledLog(folder);
    FilledLogs.type(folder.resolve("log.xlsx"), 1, 1, 1, "breathing-90-90", "Notes", "felt calm, slept well after");
    int pain = FilledLogs.type(folder.resolve("log.xlsx"), 3, 2, 1, "foam-roll-lats", "Notes", "sharp pain in right shoulder");
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01")).as(out.toString()).isZero();
    try (var in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(id);
      assertThat(row.getCell(9).getStringCellValue()).isEqualTo("done, with warnings");
      String detail = row.getCell(10).getStringCellValue();
      assertThat(detail).hasSizeLessThanOrEqualTo(400)
          .startsWith("log read from log.xlsx: the log earns one extra step")
          .contains("; log.xlsx: Week 3!Q" + pain + " (Notes): warning: slot roll-lats: held at Foam roll lats 20 s"
              + " per side every week: the client's note on it reports pain: \"sharp pain in right shoulder\" (week 3,"
              + " session 2, round 1, in Week 3!Q" + pain + "); that is where")
          .doesNotContain("Zoë Martin", "(c001)");
    }
    // the report keeps its lines whole, each naming the client
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains("\n  note: Zoë Martin (c001): log read from log.xlsx: the log earns one extra step")
        .contains(": warning: Zoë Martin (c001): slot roll-lats: held at Foam roll lats 20 s per side every week: the"
            + " client's note on it reports pain");
  }

  /**
   * Found in review: with a long note and a long drill name, the Detail cell of a pain hold was cut
   * just before the load the drill is held at ("...a note of the client's on Kettlebell windmill
   * with a long pause at the bottom reports pain: "on the way down ... about ten…"), the part the
   * trainer needs most. The cell keeps the drill, its load and the start of the note.
   */
  @Test
  void theSummaryKeepsTheDrillTheLoadAndTheNoteOfAPainHold() throws IOException {
    Path library = tmp.resolve("exercises.csv");
    Files.writeString(library, Files.readString(Path.of("input/csv/exercises.csv"), StandardCharsets.UTF_8)
        .replace("kettlebell-windmill,Kettlebell windmill,", "kettlebell-windmill,Kettlebell windmill with a long"
            + " pause at the bottom,"), StandardCharsets.UTF_8);
    Path folder = tmp.resolve("out/2026-12/c002");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--library", library.toString())).isZero();
    FilledLogs.fill(folder.resolve("log.xlsx"));
    String note = "on the way down on the left side I felt a sharp pain in my right shoulder that stayed for"
        + " about ten minutes after the session, and again the next morning when reaching up";
    FilledLogs.type(folder.resolve("log.xlsx"), 3, 2, 1, "kettlebell-windmill", "Notes", note);
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01", "--library", library.toString())).as(out.toString())
        .isZero();
    try (var in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      var row = wb.getSheetAt(0).getRow(2);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("c002");
      assertThat(row.getCell(10).getStringCellValue()).hasSizeLessThanOrEqualTo(400)
          .contains("Kettlebell windmill with a long pause at the bottom 8 reps per side with 12 kg")
          .contains("reports pain: \"on the way down on the left side");
    }
  }

  /**
   * Found in review: with a drill's name and dose of about 150 characters, the Detail cell of a pain
   * hold was cut before "reports pain", so it said what the drill is held at but not that the
   * client reported pain, nor the note. The drill's name is cut instead, and the load and note stay.
   */
  @Test
  void theSummaryCutsAVeryLongDrillNameOfAPainHoldAndKeepsTheLoadAndTheNote() throws IOException {
    String name = "Kettlebell windmill with a long pause at the bottom, a slow return to standing and the free"
        + " arm reaching overhead all the way, eyes on the bell";
    Path library = tmp.resolve("exercises.csv");
    Files.writeString(library, Files.readString(Path.of("input/csv/exercises.csv"), StandardCharsets.UTF_8)
        .replace("kettlebell-windmill,Kettlebell windmill,", "kettlebell-windmill,\"" + name + "\","),
        StandardCharsets.UTF_8);
    Path folder = tmp.resolve("out/2026-12/c002");
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12", "--library", library.toString())).isZero();
    FilledLogs.fill(folder.resolve("log.xlsx"));
    FilledLogs.type(folder.resolve("log.xlsx"), 3, 2, 1, "kettlebell-windmill", "Notes",
        "sharp pain in my right shoulder on the way down");
    StringWriter out = new StringWriter();
    assertThat(run(out, "generate", "--month", "2027-01", "--library", library.toString())).as(out.toString())
        .isZero();
    try (var in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getRow(2).getCell(10).getStringCellValue()).hasSizeLessThanOrEqualTo(400)
          .contains(": held at Kettlebell windmill with a long pause")
          .contains("\u2026 8 reps per side with 12 kg every week: the client's note on it reports pain: \"sharp pain in"
              + " my right shoulder");
    }
    // the report keeps the name whole
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt"))).contains("held at " + name + " 8 reps per side");
  }

  /**
   * Found in review of the second month (r10): a client who returned a blank log had a Detail cell
   * that said so twice: "log read from log.xlsx: nothing was filled in, so the block goes on as the
   * template plans; read the last block's log .../log.xlsx: nothing was filled in". The sample's log
   * here is still the one the run wrote, and its note says so, once too.
   */
  @Test
  void theSummarySaysOnceThatTheLogReadWasBlank() throws IOException {
    String id = SampleRunTest.sampleIds().get(0);
    assertThat(run(new StringWriter(), "generate", "--month", "2026-12")).isZero();
    assertThat(run(new StringWriter(), "generate", "--month", "2027-01")).isZero();
    try (var in = Files.newInputStream(tmp.resolve("out/2027-01/summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(id);
      assertThat(row.getCell(10).getStringCellValue())
          .startsWith("log read from log.xlsx: still the one the last run wrote (nothing came back from the client),"
              + " so the block goes on as the template plans")
          .doesNotContain("read the last block's log");
    }
    // the report still names the file that was read
    assertThat(Files.readString(tmp.resolve("out/2027-01/report.txt")))
        .contains("note: read the last block's log " + tmp.resolve("out/2026-12").resolve(id).resolve("log.xlsx"));
  }
}
