package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path tmp;

  private RunOptions defaults(Path folder) {
    return RunOptions.of(folder.resolve("roster.xlsx"), folder.resolve("exercises.xlsx"), Path.of("templates"),
        tmp.resolve("out")).withBranding(folder.resolve("branding.csv")).withInputsByDefault(true, true);
  }

  private static void touch(Path... files) throws IOException {
    for (Path f : files) Files.writeString(f, "x");
  }

  /**
   * Found in review: a trainer's own download, input/Client list - Dec 2026.xlsx, put beside the
   * sample roster.xlsx, was never read nor mentioned; the run made the 14 sample clients.
   */
  @Test
  void aSpreadsheetBesideTheDefaultRosterThatNoRunReadsIsNamedOnceWithHowToUseIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    Files.createDirectories(in.resolve("csv"));
    touch(in.resolve("roster.xlsx"), in.resolve("roster.csv"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"),
        in.resolve("logo.png"), in.resolve("csv/roster.csv"), in.resolve("~$roster.xlsx"),
        in.resolve("Client list - Dec 2026.xlsx"));
    Diagnostics d = new Diagnostics();
    Inputs.othersNotRead(in, defaults(in), d);
    Path file = in.resolve("Client list - Dec 2026.xlsx");
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(file + ": warning: not read: \"Client list"
        + " - Dec 2026.xlsx\" is in " + in + " beside the roster read, " + in.resolve("roster.xlsx") + ". To use it"
        + " as the roster, give --roster \"" + file + "\", or put it in place of " + in.resolve("roster.xlsx")
        + " as roster.xlsx");

    touch(in.resolve("clients.csv"));
    Diagnostics two = new Diagnostics();
    Inputs.othersNotRead(in, defaults(in), two);
    assertThat(two.all()).singleElement().extracting(Diagnostic::format).asString()
        .startsWith(in + ": warning: not read: \"Client list - Dec 2026.xlsx\", \"clients.csv\" are in ");
  }

  @Test
  void aRosterGivenByNameOrAFolderOfOnlyTheKnownFilesSaysNothing() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    touch(in.resolve("roster.xlsx"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"));
    Diagnostics d = new Diagnostics();
    Inputs.othersNotRead(in, defaults(in), d);
    assertThat(d.all()).isEmpty();

    touch(in.resolve("mine.xlsx"));
    RunOptions given = RunOptions.of(in.resolve("mine.xlsx"), in.resolve("exercises.xlsx"), Path.of("templates"),
        tmp.resolve("out"));
    Inputs.othersNotRead(in, given, d);
    assertThat(d.all()).isEmpty();
    // named on the command line, even where the default would be (found in review)
    Inputs.othersNotRead(in, defaults(in).withInputsByDefault(false, false), d);
    assertThat(d.all()).isEmpty();
  }

  /**
   * Found in a review of a trainer's first month: the Google Sheets downloads of a workbook with a
   * Clients and an Exercises sheet ("Studio roster - Clients.csv", "Studio roster - Exercises.csv")
   * put in input/, and the roster named with --roster, made every handout from the sample's
   * exercises.xlsx with no word about the trainer's own library; with neither named, the warning
   * offered the Exercises file as the roster.
   */
  @Test
  void aLibraryDownloadBesideTheDefaultLibraryIsNamedWithHowToUseIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    Path clients = in.resolve("Studio roster - Clients.csv");
    Path exercises = in.resolve("Studio roster - Exercises.csv");
    touch(in.resolve("roster.xlsx"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"), clients, exercises);
    RunOptions rosterNamed = RunOptions.of(clients, in.resolve("exercises.xlsx"), Path.of("templates"),
        tmp.resolve("out")).withBranding(in.resolve("branding.csv")).withInputsByDefault(false, true);
    Diagnostics d = new Diagnostics();
    Inputs.othersNotRead(in, rosterNamed, d);
    Inputs.librariesNotRead(in, rosterNamed, d);
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(exercises + ": warning: not read:"
        + " \"Studio roster - Exercises.csv\" is in " + in + " beside the library read, " + in.resolve("exercises.xlsx")
        + ". To use it as the library, give --library \"" + exercises + "\", or put it in place of "
        + in.resolve("exercises.xlsx") + " as exercises.csv");

    Diagnostics neither = new Diagnostics();
    Inputs.othersNotRead(in, defaults(in), neither);
    Inputs.librariesNotRead(in, defaults(in), neither);
    assertThat(neither.all()).extracting(Diagnostic::format).containsExactly(
        clients + ": warning: not read: \"Studio roster - Clients.csv\" is in " + in + " beside the roster read, "
            + in.resolve("roster.xlsx") + ". To use it as the roster, give --roster \"" + clients + "\", or put it"
            + " in place of " + in.resolve("roster.xlsx") + " as roster.csv",
        exercises + ": warning: not read: \"Studio roster - Exercises.csv\" is in " + in + " beside the library"
            + " read, " + in.resolve("exercises.xlsx") + ". To use it as the library, give --library \"" + exercises
            + "\", or put it in place of " + in.resolve("exercises.xlsx") + " as exercises.csv");

    // both named: the files named are the ones meant
    Diagnostics both = new Diagnostics();
    RunOptions bothNamed = rosterNamed.withInputsByDefault(false, false);
    Inputs.othersNotRead(in, bothNamed, both);
    Inputs.librariesNotRead(in, bothNamed, both);
    assertThat(both.all()).isEmpty();
  }

  /** What reading the inputs says of the roster (the other inputs are missing too). */
  private static List<String> rosterProblems(RunOptions o) {
    Diagnostics d = new Diagnostics();
    assertThat(Inputs.read(o, new FakeStages(), d)).isEmpty();
    return d.all().stream().map(Diagnostic::format).filter(l -> l.startsWith(o.roster() + ":")).toList();
  }

  /**
   * Found in a review of trainers' mistakes: with no input/roster.xlsx, a run said only
   * "input/roster.xlsx: file not found", though the folder held the trainer's download
   * ("Clients - Sheet1.csv", as Google Sheets names it, or "Roster.XLSX"), and it did not say that
   * roster.csv would have done too.
   */
  @Test
  void aMissingDefaultRosterNamesTheSpreadsheetsItsFolderHoldsAndHowToReadOne() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    touch(in.resolve("Clients - Sheet1.csv"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"),
        in.resolve("~$roster.xlsx"));
    assertThat(rosterProblems(defaults(in))).containsExactly(in.resolve("roster.xlsx") + ": file not found"
        + " (nor roster.csv); " + in + " holds \"Clients - Sheet1.csv\": to read it, give --roster \""
        + in.resolve("Clients - Sheet1.csv") + "\", or rename it roster.csv");

    touch(in.resolve("Roster.XLSX"));
    assertThat(rosterProblems(defaults(in))).singleElement().asString()
        .contains(" holds \"Clients - Sheet1.csv\", \"Roster.XLSX\": to read one of them, give --roster ");
    // a file named on the command line: what its folder holds, without the default's other name
    RunOptions named = RunOptions.of(in.resolve("rooster.xlsx"), in.resolve("exercises.xlsx"), Path.of("templates"),
        tmp.resolve("out"));
    assertThat(rosterProblems(named)).singleElement().asString()
        .startsWith(in.resolve("rooster.xlsx") + ": file not found; " + in + " holds \"Clients - Sheet1.csv\","
            + " \"Roster.XLSX\": to read one of them, give --roster ")
        .doesNotContain("rename");
  }

  /** The same, for a roster saved as roster.xlsx where Windows hides endings: roster.xlsx.xlsx. */
  @Test
  void aRosterWithTwoEndingsIsNamedWithHowWindowsShowsIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    touch(in.resolve("roster.xlsx.xlsx"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"));
    assertThat(rosterProblems(defaults(in))).containsExactly(in.resolve("roster.xlsx") + ": file not found (nor"
        + " roster.csv); " + in + " holds \"roster.xlsx.xlsx\": to read it, give --roster " + in.resolve("roster.xlsx.xlsx")
        + ", or rename it roster.xlsx (its name has two endings: where Windows hides endings it shows as"
        + " \"roster.xlsx\", and there renaming it to \"roster\" is enough)");
  }

  /** A run started from another folder than the one that holds input/ and templates/. */
  @Test
  void aMissingDefaultFolderSaysWhereTheRunLookedAndWhatToDo() {
    Path in = tmp.resolve("input");
    assertThat(rosterProblems(defaults(in))).containsExactly(in.resolve("roster.xlsx") + ": file not found:"
        + " there is no folder " + in + " in " + Path.of("").toAbsolutePath() + "; run the command from the folder"
        + " that holds " + in + " and templates, or give --roster with the file's path");
  }

  /**
   * Found in a review of trainers' mistakes: run from another folder, the roster's and library's
   * lines said where the run looked and what to do, and the templates' line below them only
   * "templates: folder not found".
   */
  @Test
  void aMissingTemplatesFolderSaysWhereTheRunLookedAndWhatToDo() {
    Path templates = tmp.resolve("templates");
    String here = " in " + Path.of("").toAbsolutePath();
    assertThat(Inputs.missingFolder(templates, true)).isEqualTo("folder not found: there is no folder " + templates
        + here + "; run the command from the folder that holds input and " + templates + ", or give --templates with"
        + " the folder's path");
    assertThat(Inputs.missingFolder(templates, false)).isEqualTo("folder not found: there is no folder " + templates
        + here);

    Diagnostics d = new Diagnostics();
    Path in = tmp.resolve("input");
    Inputs.read(RunOptions.of(in.resolve("roster.xlsx"), in.resolve("exercises.xlsx"), Path.of("no-such-templates"),
        tmp.resolve("out")), new FakeStages(), d);
    assertThat(d.all()).extracting(Diagnostic::format).contains("no-such-templates: folder not found: there is no"
        + " folder no-such-templates" + here);
  }

  /**
   * Found in a review of trainers' mistakes: a roster open in Excel (its lock file ~$roster.xlsx
   * beside it) was read as last saved, without a word, so clients typed in and not saved were
   * missing from the run.
   */
  @Test
  void aRosterOrLibraryOpenInExcelOrLibreOfficeIsWarnedAbout() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    touch(in.resolve("roster.xlsx"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"), in.resolve("~$roster.xlsx"),
        in.resolve(".~lock.exercises.xlsx#"));
    Diagnostics d = new Diagnostics();
    Inputs.read(defaults(in), new FakeStages(), d);
    assertThat(d.all()).extracting(Diagnostic::format).contains(in.resolve("roster.xlsx") + ": warning: the lock file"
        + " ~$roster.xlsx beside it says the file is open in Excel or LibreOffice (or was when that program stopped):"
        + " what is typed there and not saved yet is not read. Save it, and run again if anything changed; if no"
        + " program has it open, delete ~$roster.xlsx, or this warning comes back on every run")
        .anySatisfy(l -> assertThat(l).startsWith(in.resolve("exercises.xlsx") + ": warning: the lock file"
            + " .~lock.exercises.xlsx# beside it"));
  }

  /** The warning names who has the file open, when the lock file says; else it says what it did. */
  @Test
  void theLockFileWarningNamesWhoHasTheFileOpen() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    touch(in.resolve("roster.xlsx"), in.resolve("exercises.xlsx"), in.resolve("branding.csv"));
    Files.write(in.resolve("~$roster.xlsx"), org.circuitpress.input.LockFilesTest.excelLock("Ann Smith"));
    Files.writeString(in.resolve(".~lock.exercises.xlsx#"), ",ben,FRONT-DESK,25.11.2026 09:12,file:///x;");
    Diagnostics d = new Diagnostics();
    Inputs.read(defaults(in), new FakeStages(), d);
    assertThat(d.all()).extracting(Diagnostic::format).contains(in.resolve("roster.xlsx") + ": warning: the lock file"
        + " ~$roster.xlsx beside it says the file is open in Excel or LibreOffice, by Ann Smith (or was when that"
        + " program stopped): what is typed there and not saved yet is not read. Save it, and run again if anything"
        + " changed; if no program has it open, delete ~$roster.xlsx, or this warning comes back on every run",
        in.resolve("exercises.xlsx") + ": warning: the lock file .~lock.exercises.xlsx# beside it says"
        + " the file is open in Excel or LibreOffice, by ben on the computer FRONT-DESK (or was when that program"
        + " stopped): what is typed there and not saved yet is not read. Save it, and run again if anything changed;"
        + " if no program has it open, delete .~lock.exercises.xlsx#, or this warning comes back on every run");
  }

  /**
   * A name given to plan --client for an id: its words are matched whole at any mark between them,
   * so a part of a hyphenated or apostrophed name finds it, as does the name typed with a space or
   * without the mark; a part of a word does not.
   */
  @Test
  void aNameForAnIdIsMatchedByWholeWordsAtAnyMarkBetweenThem() {
    List<org.circuitpress.model.Client> clients = List.of(
        org.circuitpress.testing.Fixtures.client("mj", "Mary-Jane Smith", org.circuitpress.model.Paper.A4,
            org.circuitpress.model.Units.KG),
        org.circuitpress.testing.Fixtures.client("ben", "Ben O’Neill", org.circuitpress.model.Paper.A4,
            org.circuitpress.model.Units.KG));
    for (String typed : List.of("Mary Jane", "maryjane", "MARY-JANE SMITH", "jane")) {
      assertThat(Inputs.byName(typed, clients, "--client")).as(typed)
          .isEqualTo("; Mary-Jane Smith is client mj: give --client mj");
    }
    for (String typed : List.of("o'neill", "ONeill", "neill")) {
      assertThat(Inputs.byName(typed, clients, "--client")).as(typed)
          .isEqualTo("; Ben O’Neill is client ben: give --client ben");
    }
    for (String typed : List.of("jan", "mary-j", "smit", "-", "")) {
      assertThat(Inputs.byName(typed, clients, "--client")).as(typed).isEmpty();
    }
  }

  /**
   * Found in review: a name typed without its ß or æ, as a keyboard without them types it ("weiss"
   * for Weiß, "kjaer" for Kjær), found no one, since ß was folded to one s and æ to a; they are the
   * two letters ss and ae.
   */
  @Test
  void aNameTypedWithSsForSharpSOrAeForAshFindsTheClient() {
    List<org.circuitpress.model.Client> clients = List.of(
        org.circuitpress.testing.Fixtures.client("jw", "Jürgen Weiß", org.circuitpress.model.Paper.A4,
            org.circuitpress.model.Units.KG),
        org.circuitpress.testing.Fixtures.client("sk", "Søren Kjær", org.circuitpress.model.Paper.A4,
            org.circuitpress.model.Units.KG));
    for (String typed : List.of("weiss", "Jurgen Weiss", "jürgen weiß", "WEISS")) {
      assertThat(Inputs.byName(typed, clients, "--client")).as(typed)
          .isEqualTo("; Jürgen Weiß is client jw: give --client jw");
    }
    for (String typed : List.of("kjaer", "Soren Kjaer", "kjær")) {
      assertThat(Inputs.byName(typed, clients, "--client")).as(typed)
          .isEqualTo("; Søren Kjær is client sk: give --client sk");
    }
    assertThat(Inputs.byName("weis", clients, "--client")).as("part of a word").isEmpty();
  }
}
