package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.circuitpress.batch.FakeStages;
import org.circuitpress.batch.OutputSink;
import org.circuitpress.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over fake stages: options, commands, exit codes and messages. */
class MainTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new Main(new PrintWriter(out), new PrintWriter(err), new FakeStages(), OutputSink.FILES).run(args);
  }

  private String[] inputs(String command, String... more) {
    String[] base = {command, "--roster", tmp.resolve("roster.csv").toString(), "--library",
        tmp.resolve("exercises.csv").toString(), "--templates", tmp.resolve("templates").toString(), "--out",
        tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return command.isEmpty() ? java.util.Arrays.copyOfRange(all, 1, all.length) : all;
  }

  private void roster(String... lines) throws IOException {
    new Workspace(tmp, lines);
  }

  @Test
  void helpListsTheCommandsOptionsAndExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("generate", "validate", "plan", "export-logs", "merge-summaries",
        "--roster", "--month", "--shard", "Exit codes:", "2   bad usage");
    out.getBuffer().setLength(0);
    assertThat(run("generate", "--help")).isZero();
    assertThat(out.toString()).contains("--threads", "--dry-run", "--force", "--clients");
    // found in review: "for every client's logged month" and "Where to write it" left the reader guessing
    out.getBuffer().setLength(0);
    assertThat(run("export-logs", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("Write one CSV of each client's targets beside what they logged, for the logs"
        + " of one month.").contains("Where to write the CSV").doesNotContain("logged month", "write it ");
  }

  /**
   * Found in the README review: a second run of a month while one is at work, and a --file that is
   * not a plan CSV or export (or is open in Excel), both end with exit code 2, as the README says,
   * but the help's list of exit codes named neither, so a trainer or a scheduler's script reading it
   * could not tell why a run ended with 2.
   */
  @Test
  void helpsExitCodeTwoNamesEveryReasonARunEndsWithIt() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("another run is writing into the same month folder")
        .contains("the file named with --file could not be replaced")
        .contains("nothing was written");
  }

  /**
   * Found in review (a chain's operator): every run with --roster fx/r2000/roster.xlsx warned that
   * roster.csv beside it was not read, though the operator had named the file to read.
   */
  @Test
  void aRosterOrLibraryNamedOnTheCommandLineGetsNoWarningAboutTheFilesBesideIt() throws IOException {
    roster("anna-k,Anna,2026-12-01");
    Files.writeString(tmp.resolve("roster.xlsx"), "another copy");
    Files.writeString(tmp.resolve("exercises.xlsx"), "another copy");
    assertThat(run(inputs("generate"))).isZero();
    assertThat(err.toString()).doesNotContain("not read");
  }

  @Test
  void versionPrintsTheName() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("CircuitPress ");
  }

  @Test
  void usageErrorsAreOneShortMessageAndTheHelpHintWithExitTwo() {
    assertThat(run("--nope")).isEqualTo(2);
    assertThat(run("generate", "--month", "12/2026")).isEqualTo(2);
    assertThat(run("generate", "--shard", "3/2")).isEqualTo(2);
    assertThat(run("generate", "--threads", "0")).isEqualTo(2);
    assertThat(run("plan")).isEqualTo(2);
    assertThat(run("plan", "--client", "c001", "--all")).isEqualTo(2);
    assertThat(run("generate", "--roster")).isEqualTo(2);
    assertThat(run("generate", "--month")).isEqualTo(2);
    assertThat(run("validate", "--threads", "2")).isEqualTo(2);
    assertThat(run("--format", "csv")).isEqualTo(2);
    // an empty name would mean the current folder (found in review: the month went there)
    assertThat(run("generate", "--out", "")).isEqualTo(2);
    assertThat(run("export-logs", "--file", " ")).isEqualTo(2);
    assertThat(err.toString())
        .contains("Invalid value for option '--out': expected a file or folder name, got an empty one")
        .contains("Invalid value for option '--file': expected a file or folder name, got an empty one");
    assertThat(err.toString())
        .contains("circuitpress: generate has no option --nope\n")
        .contains("expected a month like 2026-12, got '12/2026'")
        .contains("the shard number must be between 1 and 2")
        .contains("expected a number of threads from 1 to 1024, got '0'")
        .contains("circuitpress: plan needs --client ID for one client's program, or --all for every client's")
        .contains("circuitpress: plan takes --client ID or --all, not both")
        .contains("circuitpress: --roster needs a file name after it")
        .contains("circuitpress: --month needs a month like 2026-12 after it")
        .contains("circuitpress: validate does not take --threads; generate and export-logs do")
        .contains("circuitpress: generate does not take --format; plan does")
        .doesNotContain("specify", "mutually exclusive", "Missing required", "Unknown option")
        .contains("Try 'circuitpress generate --help' for more.")
        .doesNotContain("Exception", "\tat ");
  }

  /**
   * Found by CommandLineFuzzTest (seed 500002): a value left out before another option,
   * {@code --roster --month 2026-12}, was answered in picocli's words, "Expected parameter for
   * option '--roster' but found '--month'", though one left out at the end is said plainly.
   */
  @Test
  void aValueLeftOutBeforeAnotherOptionIsSaidPlainly() {
    assertThat(run("generate", "--roster", "--month", "2026-12")).isEqualTo(2);
    assertThat(run("generate", "--clients", "--dry-run")).isEqualTo(2);
    assertThat(run("plan", "--client", "--all")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: --roster needs a file name after it, before --month\n")
        .contains("circuitpress: --clients needs a client's id after it, before --dry-run\n")
        .contains("circuitpress: --client needs a client's id after it, before --all\n")
        .doesNotContain("Expected parameter", "but found")
        .contains("Try 'circuitpress generate --help' for more.");
  }

  /** An option given twice (a line edited from another) is said plainly, not in picocli's words. */
  @Test
  void anOptionGivenTwiceIsSaidPlainly() {
    assertThat(run("generate", "--roster", "a.xlsx", "--month", "2026-12", "--roster", "b.xlsx")).isEqualTo(2);
    assertThat(run("export-logs", "--month", "2026-12", "--month", "2027-01")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: --roster is given twice; keep the one you mean\n")
        .contains("circuitpress: --month is given twice; keep the one you mean\n")
        .doesNotContain("should be specified only once");
  }

  /**
   * Found in review (a trainer's first own roster): {@code --roster input/My clients.xlsx} without
   * quotes was answered "Unmatched argument at index 2: 'clients.xlsx'. Did you mean: circuitpress
   * validate or circuitpress merge-summaries?", which says nothing of the space in the name.
   */
  @Test
  void aValueTheShellSplitAtASpaceIsNamedWithTheQuotesItNeeds() {
    assertThat(run("--roster", "input/My", "clients.xlsx")).isEqualTo(2);
    assertThat(run("generate", "--library", "input/My", "exercises", "2027.xlsx", "--dry-run")).isEqualTo(2);
    assertThat(run("generate", "--clients", "g01,", "g02")).isEqualTo(2);
    assertThat(run("generate", "--roster=input/My", "clients", "2027.xlsx")).isEqualTo(2);
    assertThat(run("generate", "--clients=g01,", "g02")).isEqualTo(2);
    assertThat(run("generate", "--clients", "g01", "g02", "g03")).isEqualTo(2);
    assertThat(run("generate", "--clients", "g04", ",g05")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: the name after --roster has a space in it, so it was read as \"input/My\" followed"
            + " by \"clients.xlsx\": put the whole name in quotes: --roster \"input/My clients.xlsx\"")
        .contains("followed by \"exercises\" and \"2027.xlsx\": put the whole name in quotes: --library"
            + " \"input/My exercises 2027.xlsx\"")
        .contains("circuitpress: the ids after --clients have a space after a comma, so \"g02\" was read as a word of"
            + " its own: write them without spaces (--clients g01,g02) or put them in quotes (--clients \"g01, g02\")")
        .contains("circuitpress: the name after --roster has a space in it, so it was read as \"input/My\" followed"
            + " by \"clients\" and \"2027.xlsx\": put the whole name in quotes: --roster=\"input/My clients 2027.xlsx\"")
        .contains("so \"g02\" was read as a word of its own: write them without spaces (--clients=g01,g02) or put"
            + " them in quotes (--clients=\"g01, g02\")")
        .contains("circuitpress: the ids after --clients are apart by a space, so \"g02\" and \"g03\" were read"
            + " as words of their own: put a comma between them, with no space (--clients g01,g02,g03)")
        .contains("so \",g05\" was read as a word of its own: put a comma between them, with no space"
            + " (--clients g04,g05)")
        .doesNotContain("Unmatched", "Did you mean");
  }

  /**
   * Found in review: {@code --clients Jane Doe}, a client's name typed with a space, was answered
   * "put a comma between them (--clients Jane,Doe)", which asks for two clients, neither of them
   * Jane Doe. A name goes in quotes, where it is answered with the client's id; ids still get the comma.
   */
  @Test
  void aClientsNameSplitAtASpaceIsToldToGoInQuotes() {
    assertThat(run("generate", "--clients", "Jane", "Doe")).isEqualTo(2);
    assertThat(run("generate", "--clients", "c001", "Zoë", "Martin", "--dry-run")).isEqualTo(2);
    assertThat(run("generate", "--clients=c001,", "Zoë", "Martin")).isEqualTo(2);
    assertThat(run("plan", "--client", "Jane", "Doe")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: the words after --clients are apart by a space, so \"Doe\" was read as a word of its"
            + " own: if \"Jane Doe\" is a client's name, put it in quotes (--clients \"Jane Doe\") to be told their id;"
            + " if they are ids, put a comma between them, with no space (--clients Jane,Doe)\n")
        .contains("so \"Zoë\" and \"Martin\" were read as words of their own: if \"Zoë Martin\" is a client's name,"
            + " put it in quotes (--clients c001,\"Zoë Martin\") to be told their id; if they are ids, put a comma"
            + " between them, with no space (--clients c001,Zoë,Martin)\n")
        .contains("circuitpress: the words after --clients have a space after a comma, so \"Zoë\" and \"Martin\" were"
            + " read as words of their own: if \"Zoë Martin\" is a client's name, put it in quotes"
            + " (--clients=c001,\"Zoë Martin\") to be told their id; if they are ids, put a comma between them,"
            + " with no space (--clients=c001,Zoë,Martin)\n")
        .contains("circuitpress: the name after --client has a space in it, so \"Doe\" was read as a word of its own:"
            + " put the whole name in quotes (--client \"Jane Doe\") to be told the client's id\n")
        .doesNotContain("Unmatched", "neither a command", "Did you mean");
  }

  /**
   * Found in review: a word after a file that is there ({@code --roster clients.xlsx valdate}, a
   * command mistyped) was said to be the rest of the file's name, to be put in quotes with it.
   */
  @Test
  void aWordAfterAFileThatIsThereIsNotTakenForTheRestOfItsName(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path roster = Files.writeString(dir.resolve("clients.xlsx"), "");
    assertThat(run("generate", "--roster", roster.toString(), "valdate")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: \"valdate\" is neither a command nor an option of circuitpress here")
        .doesNotContain("has a space in it");
  }

  /** Found in review: "Unmatched argument at index 0: 'genrate'" is not how a trainer speaks. */
  @Test
  void aWordThatIsNoCommandOrOptionIsSaidSoPlainlyWithTheCommandItMayMean() {
    assertThat(run("genrate")).isEqualTo(2);
    assertThat(run("plan", "--client", "g03", "g04")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: \"genrate\" is neither a command nor an option of circuitpress here")
        .contains("Did you mean: circuitpress generate?")
        .contains("circuitpress: \"g04\" is neither a command nor an option of circuitpress here")
        .doesNotContain("Unmatched", "index", "merge-summaries", "circuitpress validate");
  }

  /**
   * "plna --all" said that "plna" and "--all" are neither commands nor options, though --all is
   * plan's: the words after a mistyped command are said not to have been read, not to be unknown.
   */
  @Test
  void theWordsAfterAMistypedCommandAreSaidNotToBeReadNotToBeUnknown() {
    assertThat(run("plna", "--all")).isEqualTo(2);
    assertThat(run("expotr-logs", "2026-12", "c001")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: \"plna\" is neither a command nor an option of circuitpress here, so \"--all\""
            + " after it was not read\nDid you mean: circuitpress plan?\n")
        .contains("circuitpress: \"expotr-logs\" is neither a command nor an option of circuitpress here, so"
            + " \"2026-12\" and \"c001\" after it were not read\n")
        .doesNotContain("are neither commands");
  }

  /** Found in review: picocli's guesses went as far as "merge-summaries" for "genrate"; only near ones are shown. */
  @Test
  void onlyGuessesNearWhatWasTypedAreShown() {
    assertThat(run("generate", "--rooster", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("Did you mean: --roster?").doesNotContain("--branding", "Possible solutions");
    err.getBuffer().setLength(0);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Did you mean").contains("Try 'circuitpress --help' for more.");
  }

  /**
   * "--fiel" got no "Did you mean: --file?", though "--frmat" got --format: two neighbouring
   * letters swapped counted as two slips, too many for a short word. They count as one, for
   * options and commands alike; a word that is not close still gets no guess.
   */
  @Test
  void twoNeighbouringLettersSwappedGetTheOptionOrCommandMeant() {
    assertThat(run("plan", "--client", "c001", "--fiel", "plan.csv")).isEqualTo(2);
    assertThat(run("export-logs", "--mnoth", "2026-12")).isEqualTo(2);
    assertThat(run("plna")).isEqualTo(2);
    assertThat(run("valdiate")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: plan has no option --fiel\nDid you mean: --file?\n")
        .contains("circuitpress: export-logs has no option --mnoth\nDid you mean: --month?\n")
        .contains("circuitpress: \"plna\" is neither a command nor an option of circuitpress here\n"
            + "Did you mean: circuitpress plan?\n")
        .contains("Did you mean: circuitpress validate?\n");
    err.getBuffer().setLength(0);
    assertThat(run("plan", "--client", "c001", "--elif", "x")).isEqualTo(2);
    assertThat(run("lpna")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Did you mean");
  }

  /**
   * Found in review: an option no command takes was answered in picocli's words, "Unknown options:
   * '--colour', 'red'", which calls the value after it one more option; and {@code --clients c001
   * -x} was said to have "" read as words of their own.
   */
  @Test
  void anOptionNoCommandTakesIsSaidPlainlyWithTheCommandItWasGivenTo() {
    assertThat(run("generate", "--nope")).isEqualTo(2);
    assertThat(run("validate", "--colour", "red")).isEqualTo(2);
    assertThat(run("plan", "--client", "c001", "--frmat", "csv")).isEqualTo(2);
    assertThat(run("--nope=3", "--zap", "x")).isEqualTo(2);
    assertThat(run("export-logs", "-x")).isEqualTo(2);
    assertThat(run("generate", "--clients", "c001", "-x")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: generate has no option --nope\nTry 'circuitpress generate --help' for more.\n")
        .contains("circuitpress: validate has no option --colour\nTry 'circuitpress validate --help' for more.\n")
        .contains("circuitpress: plan has no option --frmat\nDid you mean: --format?\n")
        .contains("circuitpress: generate has no options --nope and --zap\nTry 'circuitpress --help' for more.\n")
        .contains("circuitpress: export-logs has no option -x\n")
        .contains("circuitpress: generate has no option -x\n")
        .doesNotContain("Unknown", "'red'", "'csv'", "'x'", "read as words of their own");
  }

  /** An option of another command after an unknown one ("validate -x --dry-run") is said to belong there. */
  @Test
  void anOptionOfAnotherCommandAfterAnUnknownOneIsSaidToBelongThere() {
    assertThat(run("validate", "-x", "--dry-run")).isEqualTo(2);
    assertThat(run("plan", "--all", "--nope", "--threads", "2")).isEqualTo(2);
    assertThat(err.toString())
        .contains("circuitpress: validate has no options -x and --dry-run; generate takes --dry-run\n")
        .contains("circuitpress: plan has no options --nope and --threads; generate and export-logs take --threads\n");
  }

  /**
   * Found in review: an option of another command that is also one letter from an option of this
   * one ("generate --client", "plan --clients") was answered only with the commands that take it,
   * so a trainer who meant --clients was sent to plan; the near option is still offered.
   */
  @Test
  void anOptionOfAnotherCommandNearOneOfThisCommandsStillGetsTheNearOne() {
    assertThat(run("generate", "--client", "ana")).isEqualTo(2);
    assertThat(err.toString()).contains("circuitpress: generate does not take --client; plan does")
        .contains("Did you mean: --clients?");
    err.getBuffer().setLength(0);
    assertThat(run("plan", "--clients", "ana")).isEqualTo(2);
    assertThat(err.toString()).contains("circuitpress: plan does not take --clients; generate does")
        .contains("Did you mean: --client?");
    err.getBuffer().setLength(0);
    assertThat(run("validate", "--threads", "2")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Did you mean").contains("Try 'circuitpress validate --help' for more.");
  }

  @Test
  void optionsBeforeTheCommandNameAreRefusedRatherThanLost() {
    assertThat(run("--month", "2026-12", "plan", "--all")).isEqualTo(2);
    assertThat(err.toString()).contains("put the options after the command: circuitpress plan --month ...");
  }

  @Test
  void withoutACommandItGenerates() throws IOException {
    roster("anna-k,Anna,2026-12-07", "ben-o,Ben,2026-12-01");
    assertThat(run(inputs(""))).isZero();
    assertThat(Workspace.files(tmp.resolve("out"))).contains("2026-12/anna-k/handout.pdf", "2026-12/ben-o/log.xlsx");
    assertThat(out.toString()).contains("2 clients: 2 done");
  }

  @Test
  void validateNamesEveryMistakeAndWritesNothing() throws IOException {
    roster("anna-k,Anna,2026-12-07", "bad,Bad,2026-02-30", "worse,Worse,someday");
    assertThat(run(inputs("validate"))).isEqualTo(1);
    assertThat(err.toString()).contains("roster.csv: C3 (start_date): expected a date like 2026-12-01, got \"2026-02-30\"",
        "roster.csv: C4 (start_date): expected a date like 2026-12-01, got \"someday\"");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void planPrintsOneClientOrAllAsTextOrCsv() throws IOException {
    roster("anna-k,Anna,2026-12-07", "ben-o,Ben,2026-12-01");
    assertThat(run(inputs("plan", "--client", "ben-o"))).isZero();
    assertThat(out.toString()).startsWith("ben-o Ben block 1\n").doesNotContain("anna-k");
    out.getBuffer().setLength(0);
    assertThat(run(inputs("plan", "--all", "--format", "csv"))).isZero();
    assertThat(out.toString()).isEqualTo("csv,anna-k\ncsv,ben-o\n");
    assertThat(run(inputs("plan", "--client", "nobody"))).isEqualTo(2);
    assertThat(err.toString()).startsWith("roster.csv: no client with id \"nobody\"");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void clientIdsOnTheCommandLineMatchAsTheRosterComparesIdsAndBlanksAroundThemAreDropped() throws IOException {
    roster("anna-k,Anna,2026-12-07", "ben-o,Ben,2026-12-01", "cleo,Cleo,2026-12-01");
    assertThat(run(inputs("generate", "--clients", " Anna-K, ,BEN-O "))).isZero();
    assertThat(out.toString()).contains("2 clients: 2 done");
    assertThat(Workspace.files(tmp.resolve("out"))).contains("2026-12/anna-k/handout.pdf", "2026-12/ben-o/log.xlsx")
        .noneMatch(f -> f.startsWith("2026-12/cleo/"));
    out.getBuffer().setLength(0);
    assertThat(run(inputs("plan", "--client", "BEN-O"))).isZero();
    assertThat(out.toString()).startsWith("ben-o Ben block 1\n");
  }

  @Test
  void clientsGivenNoIdIsAUsageErrorNotARunOverEveryone() throws IOException {
    roster("anna-k,Anna,2026-12-07", "ben-o,Ben,2026-12-01");
    assertThat(run(inputs("generate", "--clients", ","))).isEqualTo(2);
    assertThat(run(inputs("generate", "--clients", " "))).isEqualTo(2);
    assertThat(err.toString()).contains("circuitpress: --clients was given no client id; name them separated by commas")
        .doesNotContain("Exception");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void planForAClientWithNoBlockThisMonthSaysSoAndIsNotAFailure() throws IOException {
    roster("anna-k,Anna,2027-03-01", "ben-o,Ben,2026-12-01");
    assertThat(run(inputs("plan", "--client", "anna-k", "--month", "2026-12"))).isZero();
    assertThat(err.toString()).contains("starts on 2027-03-01, after 2026-12: no program this month");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void planForAClientWhoseRowHasErrorsSaysSoInsteadOfNotFound() throws IOException {
    roster("anna-k,Anna,2026-12-07", "bad,Bad,2026-02-30");
    assertThat(run(inputs("plan", "--client", "bad"))).as("a row that failed, as validate says").isEqualTo(1);
    assertThat(err.toString())
        .contains("roster.csv: C3 (start_date): expected a date like 2026-12-01, got \"2026-02-30\"")
        .contains("\nroster.csv: client \"bad\" is in the roster, but its row has errors (above)")
        .doesNotContain("no client with id");
    assertThat(out.toString()).isEmpty();
    // an id the roster does not have at all stays bad usage
    assertThat(run(inputs("plan", "--client", "nobody"))).isEqualTo(2);
  }

  /**
   * Found in review (a US trainer): a roster none of whose rows could be read ended with "nothing
   * was written" and exit code 1, which says the rest were produced. Nothing was: exit code 2.
   */
  @Test
  void aRosterWithNoRowThatCouldBeReadIsExitTwo() throws IOException {
    roster("anna-k,Anna,2026-02-30", "ben-o,Ben,someday");
    assertThat(run(inputs("generate"))).isEqualTo(2);
    assertThat(run(inputs("validate"))).isEqualTo(2);
    assertThat(run(inputs("export-logs"))).isEqualTo(2);
    assertThat(err.toString()).contains("circuitpress: the roster has no client that could be read; nothing was written",
        "circuitpress: the roster has no client that could be read; nothing was exported");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingInputIsExitTwo() throws IOException {
    roster("anna-k,Anna,2026-12-07");
    Files.delete(tmp.resolve("exercises.csv"));
    assertThat(run(inputs("generate"))).isEqualTo(2);
    assertThat(err.toString()).contains("exercises.csv: file not found", "nothing was written");
  }

  @Test
  void aBrandingFileThatIsNotThereIsExitTwoRatherThanSilentlyUnbranded() throws IOException {
    roster("anna-k,Anna,2026-12-07");
    assertThat(run(inputs("generate", "--branding", tmp.resolve("brand.csv").toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("brand.csv: file not found");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /**
   * Found in review (a trainer following the quick start): the sample's made-up gym was on every
   * handout of their own clients, and nothing said so. The console names the branding a run used.
   */
  @Test
  void theConsoleNamesTheBrandingTheHandoutsCarry() throws IOException {
    roster("anna-k,Anna,2026-12-07");
    Path brand = Files.writeString(tmp.resolve("brand.csv"), "setting,value\nname,CircuitPress\n");
    assertThat(run(inputs("generate", "--branding", brand.toString()))).isZero();
    assertThat(out.toString()).contains("Branding: CircuitPress (" + brand + ")");
  }

  /**
   * Found walking a trainer's first months: a branding file with a logo and contact but no name
   * row printed "Branding: CircuitPress (brand.csv)" on the run's last lines, as if CircuitPress
   * were the gym's name. The line says the file gives no name, and how to give one. Found in
   * review: it said to "add a row" with name in the setting column to a file that has that row,
   * left empty; it says to write the name on such a row.
   */
  @Test
  void theConsoleSaysWhenTheBrandingFileGivesNoName() throws IOException {
    roster("anna-k,Anna,2026-12-07");
    Path brand = Files.writeString(tmp.resolve("brand.csv"), "setting,value\ncontact,hello@example.org\nname,\n");
    assertThat(run(inputs("generate", "--branding", brand.toString()))).isZero();
    assertThat(out.toString()).doesNotContain("Branding: CircuitPress").contains("Branding: " + brand
        + " gives no gym name, so the handouts are headed CircuitPress; to put your gym's name on them, write it in"
        + " that file's value column, on a row with name in the setting column (README: Branding)");
  }

  @Test
  void shardsThenMergeSummaries() throws IOException {
    roster("a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01", "d,D,2026-12-01");
    assertThat(run(inputs("generate", "--shard", "1/2"))).isZero();
    assertThat(run(inputs("generate", "--shard", "2/2"))).isZero();
    assertThat(run("merge-summaries", "--out", tmp.resolve("out").toString())).isZero();
    assertThat(out.toString()).contains("2026-12: merged 2 shards: 4 clients: 4 done");
    assertThat(tmp.resolve("out/2026-12/summary.xlsx")).exists();
  }

  @Test
  void exportLogsWritesOneCsvForTheMonth() throws IOException {
    roster("a,A,2026-12-01", "b,B,2026-12-01");
    assertThat(run(inputs("generate"))).isZero();
    Files.writeString(tmp.resolve("out/2026-12/b/log.xlsx"), "FILLED");
    assertThat(run(inputs("export-logs"))).isZero();
    assertThat(Workspace.read(tmp.resolve("out/2026-12/log-export.csv"))).isEqualTo("\uFEFFa,0\nb,1\n");
    assertThat(out.toString()).contains("Exported 2 clients (1 with logged entries)");
  }

  @Test
  void exportLogsNeverReplacesAFileThatIsNotAnExportAndKeepsAnEditedOneAside() throws IOException {
    roster("a,A,2026-12-01", "b,B,2026-12-01");
    assertThat(run(inputs("generate"))).isZero();
    Path log = tmp.resolve("out/2026-12/b/log.xlsx");
    Files.writeString(log, "FILLED by the client");
    // a client's log or the roster typed as --file by mistake
    assertThat(run(inputs("export-logs", "--file", log.toString()))).isEqualTo(2);
    assertThat(Workspace.read(log)).isEqualTo("FILLED by the client");
    assertThat(err.toString()).contains(log + ": exists and is not a log export, so it was not replaced");
    assertThat(out.toString()).doesNotContain("Exported");
    // a folder that is not there
    Path nowhere = tmp.resolve("nowhere/x.csv");
    assertThat(run(inputs("export-logs", "--file", nowhere.toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("x.csv: the folder " + tmp.resolve("nowhere").toAbsolutePath() + " does not exist");
    // an earlier export named again is replaced, and kept beside it, since it differs
    Path earlier = Files.writeString(tmp.resolve("earlier.csv"),
        String.join(",", org.circuitpress.render.csv.LogExport.HEADER) + "\nold\n");
    assertThat(run(inputs("export-logs", "--file", earlier.toString()))).isZero();
    assertThat(Workspace.read(earlier)).isEqualTo("\uFEFFa,0\nb,1\n");
    assertThat(Workspace.read(tmp.resolve("earlier.replaced.csv"))).endsWith("\nold\n");
    // the month's own export, edited by the trainer, is kept aside when exported again
    assertThat(run(inputs("export-logs"))).isZero();
    Path export = tmp.resolve("out/2026-12/log-export.csv");
    Files.writeString(export, "a,0,checked by the trainer\nb,1\n");
    assertThat(run(inputs("export-logs"))).isZero();
    assertThat(Workspace.read(export)).isEqualTo("\uFEFFa,0\nb,1\n");
    assertThat(Workspace.read(tmp.resolve("out/2026-12/log-export.replaced.csv"))).isEqualTo("a,0,checked by the trainer\nb,1\n");
    assertThat(err.toString()).contains("log-export.csv: warning: was changed after CircuitPress wrote it, so it was"
        + " kept as log-export.replaced.csv and the new export took its place");
    // and when named with --file too
    Files.writeString(export, "a,0,checked again\nb,1\n");
    assertThat(run(inputs("export-logs", "--file", export.toString()))).isZero();
    assertThat(Workspace.read(tmp.resolve("out/2026-12/log-export.replaced-2.csv"))).isEqualTo("a,0,checked again\nb,1\n");
    // and when another month's run names it (found in review)
    Files.writeString(export, "a,0,checked a third time\nb,1\n");
    assertThat(run(inputs("generate", "--month", "2027-01"))).isZero();
    assertThat(run(inputs("export-logs", "--month", "2027-01", "--file", export.toString()))).isZero();
    assertThat(Workspace.read(tmp.resolve("out/2026-12/log-export.replaced-3.csv")))
        .isEqualTo("a,0,checked a third time\nb,1\n");
  }

  @Test
  void aReportTheTrainerEditedIsKeptAsideWhenTheMonthIsRunAgain() throws IOException {
    roster("a,A,2026-12-01");
    assertThat(run(inputs("generate"))).isZero();
    Path report = tmp.resolve("out/2026-12/report.txt");
    Files.writeString(report, Workspace.read(report) + "called a on Monday\n");
    assertThat(run(inputs("generate"))).isZero();
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.replaced.txt"))).endsWith("called a on Monday\n");
    assertThat(Workspace.read(report)).doesNotContain("called a on Monday");
  }

  @Test
  void exportLogsForAMonthSomeClientsHaveNotStartedInIsNoFailure() throws IOException {
    roster("a,A,2026-12-01", "b,B,2027-01-04");
    assertThat(run(inputs("generate", "--month", "2026-12"))).isZero();
    assertThat(run(inputs("export-logs", "--month", "2026-12"))).isZero();
    assertThat(out.toString()).contains("Exported 1 clients");
  }
}
