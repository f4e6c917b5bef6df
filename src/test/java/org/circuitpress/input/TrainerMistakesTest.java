package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes trainers make in their own sheets, found in a review of what a trainer is told for
 * them (a corpus of 50 broken or messy rosters, libraries and templates run through the command
 * line). Each test names the input that went wrong.
 */
class TrainerMistakesTest {
  @TempDir Path dir;
  final Diagnostics d = new Diagnostics();

  private List<Client> roster(String csv) throws IOException {
    Path f = Files.writeString(dir.resolve("roster.csv"), csv);
    return RosterReader.read(f, TestData.library(), TestData.catalog(), d);
  }

  private static final Object[] HEADER = {"client_id", "name", "program", "start_date"};

  /** roster.xlsx with these sheets, in the order named. */
  private Path workbook(Map<String, Object[][]> rows, String... order) throws IOException {
    Path f = dir.resolve("roster.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      for (String sheet : order) Xlsx.fill(wb, wb.createSheet(sheet), rows.get(sheet));
      Xlsx.save(wb, f);
    }
    return f;
  }

  private List<String> lines() {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  /**
   * Found in the review: a header written with a note for whoever fills in the sheet, "Start date
   * (dd/mm/yyyy)", refused the whole roster for a missing start_date, and "Equipment (separate with
   * ;)" was ignored with a warning, so every client was read as having no equipment.
   */
  @Test
  void aHeaderWithANoteInBracketsOrAStarIsReadAsTheColumnItNames() throws IOException {
    List<Client> clients = roster("Client ID,Name*,Program,Start date (dd/mm/yyyy),Equipment (separate with ;),"
        + "Weeks [1-16]\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,foam roller; band,6\n");
    assertThat(clients).singleElement().satisfies(c -> {
      assertThat(c.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
      assertThat(c.equipment().has("foam roller")).isTrue();
      assertThat(c.weeks()).isEqualTo(6);
    });
    assertThat(d.all()).noneMatch(x -> x.isError() || x.severity() == org.circuitpress.model.Severity.WARNING);
    assertThat(lines()).contains("roster.csv: D1 (Start date (dd/mm/yyyy)): note: the column \"Start date"
        + " (dd/mm/yyyy)\" is read as start_date; what stands in brackets or after it is taken as a note to"
        + " whoever fills in the sheet");
  }

  /** Two headers that both name a column before their notes: which to read is the trainer's call. */
  @Test
  void aHeaderWithANoteBesideTheColumnItselfStaysUnknown() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date,notes,Notes (old)\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,new,old\n");
    assertThat(clients).singleElement().satisfies(c -> assertThat(c.notes()).isEqualTo("new"));
    assertThat(lines()).anySatisfy(l -> assertThat(l).contains("unknown column \"Notes (old)\" ignored"));
  }

  /**
   * Found in the review: a workbook whose first sheet holds instructions ("Read me") and whose
   * clients are on the second ("Sheet2") was refused, exit 2, with "row 1 ... names none of the
   * required columns; the header row must come first", though the trainer's header was first, on
   * the sheet with the clients.
   */
  @Test
  void theClientsOnASecondSheetAfterASheetOfInstructionsAreRead() throws Exception {
    Path f = workbook(Map.of("Read me", new Object[][] {{"How to fill in this sheet"}, {"One row per client"}},
        "Sheet2", new Object[][] {HEADER, {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1)}}),
        "Read me", "Sheet2");
    List<Client> clients = RosterReader.read(f, TestData.library(), TestData.catalog(), d);
    assertThat(clients).extracting(Client::id).containsExactly("c1");
    assertThat(lines()).containsExactly("roster.xlsx: sheet Sheet2: warning: the workbook has 2 sheets (Read me,"
        + " Sheet2); read \"Sheet2\" because its first rows name the columns client_id, name, program, start_date and"
        + " those of the first visible sheet, \"Read me\", do not; name it \"Clients\" to be sure");
  }

  /**
   * Found in a walk-through as a chain of three gyms: a roster kept as one sheet per gym
   * ("Riverside", "Old Town", "Lakeview") made the first gym's 40 programs, exit 0, and the other
   * 80 clients got nothing; the warning named the sheets but not that two more held clients.
   */
  @Test
  void otherSheetsWithTheHeaderAreNamedAsNotRead() throws Exception {
    Path f = workbook(Map.of("Riverside", new Object[][] {HEADER, {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1)}},
        "Notes", new Object[][] {{"Call back on Monday"}},
        "Old Town", new Object[][] {{"Old Town clients"}, HEADER, {"c2", "Bob", "upper-back-mobility", LocalDate.of(2026, 12, 1)}},
        "Lakeview", new Object[][] {HEADER, {"c3", "Cy", "upper-back-mobility", LocalDate.of(2026, 12, 1)}}),
        "Riverside", "Notes", "Old Town", "Lakeview");
    assertThat(RosterReader.read(f, TestData.library(), TestData.catalog(), d)).extracting(Client::id)
        .containsExactly("c1");
    assertThat(lines()).containsExactly("roster.xlsx: sheet Riverside: warning: the workbook has 4 sheets (Riverside,"
        + " Notes, Old Town, Lakeview); read \"Riverside\" because it is the first visible sheet and no sheet is named"
        + " \"Clients\". The sheets \"Old Town\" and \"Lakeview\" have a header row too, and their rows are not"
        + " read: only one sheet of a workbook is. Put every client on one sheet (with a gym column saying where each"
        + " trains, for a chain that keeps a sheet per gym), or name the sheet to read \"Clients\"");
  }

  /**
   * Found in review: a roster workbook that keeps the drills and a list of programs beside the
   * clients was told that those sheets "have a header row too" and to put every client on one
   * sheet, as they name a column or two of a roster's (name, program). A sheet of another gym's
   * clients names most of them; these are left out of the warning.
   */
  @Test
  void sheetsOfDrillsOrProgramsBesideTheClientsAreNotCalledUnread() throws Exception {
    Path f = workbook(Map.of("Roster", new Object[][] {HEADER, {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1)}},
        "Drills", new Object[][] {{"exercise_id", "name", "role"}, {"cat-cow", "Cat-cow", "mobility"}},
        "Programs", new Object[][] {{"program", "name"}, {"upper-back-mobility", "Upper-back mobility"}}),
        "Roster", "Drills", "Programs");
    assertThat(RosterReader.read(f, TestData.library(), TestData.catalog(), d)).extracting(Client::id)
        .containsExactly("c1");
    assertThat(lines()).containsExactly("roster.xlsx: sheet Roster: warning: the workbook has 3 sheets (Roster,"
        + " Drills, Programs); read \"Roster\" because it is the first visible sheet and no sheet is named \"Clients\"");
  }

  /** A first sheet with the header is read as before, whatever the others hold. */
  @Test
  void aFirstSheetWithTheHeaderIsStillTheOneRead() throws Exception {
    Path f = workbook(Map.of("December", new Object[][] {{"Harbour Street, December"}, HEADER,
        {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1)}},
        "November", new Object[][] {HEADER, {"c2", "Bob", "upper-back-mobility", LocalDate.of(2026, 11, 1)}}),
        "December", "November");
    assertThat(RosterReader.read(f, TestData.library(), TestData.catalog(), d)).extracting(Client::id)
        .containsExactly("c1");
  }

  /**
   * Found in the review: a row "Total clients" with a count beside it, under the clients, was a
   * client that failed (two errors, exit 1) on every run; only "Total" alone was known as a totals row.
   */
  @Test
  void aTotalsRowWhoseLabelSaysMoreThanTotalIsPassedOver() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date,weeks\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,4\n"
        + "\n"
        + "Total clients,1,,,4\n"
        + "Sum of weeks:,,,,\"1,250\"\n"
        + "Total body stretch,Total body stretch,,,\n");
    assertThat(clients).extracting(Client::id).containsExactly("c1");
    assertThat(lines()).contains("roster.csv: row 4: note: row 4 begins with \"Total clients\" (A4), so it is read as"
        + " a totals row, not a client, and passed over", "roster.csv: row 5: note: row 5 begins with \"Sum of weeks:\""
        + " (A5), so it is read as a totals row, not a client, and passed over");
    // text beside it: a client (or drill) with its details missing, as before
    assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("roster.csv: C6 (program): "));
  }

  /**
   * Found in the review: a CSV whose start dates were written as the numbers a spreadsheet keeps
   * dates by (the column formatted as numbers) got only "expected a date like 2026-12-01, got
   * \"46357\"", which does not tell the trainer that the number is their date.
   */
  @Test
  void aStartDateWrittenAsASpreadsheetsDateNumberSaysWhichDateItIs() throws IOException {
    assertThat(roster("client_id,name,program,start_date\nc1,Ann,upper-back-mobility,46357\n"
        + "c2,Bob,upper-back-mobility,12345\n")).isEmpty();
    assertThat(lines()).containsExactly("roster.csv: D2 (start_date): expected a date like 2026-12-01, got \"46357\";"
        + " 46357 is how a spreadsheet keeps the date 2026-12-01 in a cell formatted as a number. Format the column as"
        + " dates (or type 2026-12-01 in the cell) and save the file again",
        "roster.csv: D3 (start_date): expected a date like 2026-12-01, got \"12345\"");
  }

  /**
   * Found in the review: "1" (a number cell, its zeros dropped) and "001" in the same roster were
   * two clients with no word, though they are likely one client typed two ways.
   */
  @Test
  void idsThatDifferOnlyInZerosInFrontAreWarnedAboutAtTheSecond() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date\n"
        + "001,Ann,upper-back-mobility,2026-12-01\n"
        + "0012,Bob,upper-back-mobility,2026-12-01\n"
        + "1,Ann,upper-back-mobility,2026-12-01\n"
        + "c1,Cy,upper-back-mobility,2026-12-01\n"
        + "0,Di,upper-back-mobility,2026-12-01\n"
        + "00,Ed,upper-back-mobility,2026-12-01\n");
    assertThat(clients).extracting(Client::id).containsExactly("001", "0012", "1", "c1", "0", "00");
    assertThat(d.all()).extracting(Diagnostic::format, Diagnostic::clientId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("roster.csv: A4 (client_id): warning: client_id \"1\" on row 4 and \"001\""
            + " on row 2 differ only in zeros in front, so they are two clients, each with a folder of their own. A"
            + " spreadsheet drops such zeros when the column is formatted as numbers: if they are one client, format"
            + " the client_id column as text and write the id the same way on both rows; if they are two, give one of"
            + " them another id", "1"),
        org.assertj.core.groups.Tuple.tuple("roster.csv: A7 (client_id): warning: client_id \"00\" on row 7 and"
            + " \"0\" on row 6 differ only in zeros in front, so they are two clients, each with a folder of their"
            + " own. A spreadsheet drops such zeros when the column is formatted as numbers: if they are one client,"
            + " format the client_id column as text and write the id the same way on both rows; if they are two, give"
            + " one of them another id", "00"));
  }

  /**
   * Found in the review: a status column saying "inactive" was ignored as an unknown column, so
   * inactive clients got programs. Only plainly inactive words pass a client over; a word that is
   * neither still makes the program, with a warning.
   */
  @Test
  void aStatusColumnPassesOverTheClientsItMarksInactive() throws IOException {
    String[] inactive = {"inactive", "Paused", "On-hold", "on hold", "cancelled", "Canceled", "left", "former",
        "lapsed", "FROZEN", "no", "FALSE", "0"};
    String[] active = {"active", "Yes", "TRUE", "1", "trial", "New", ""};
    StringBuilder csv = new StringBuilder("client_id,name,program,start_date,Status\n");
    int n = 0;
    for (String s : inactive) csv.append("i").append(++n).append(",Ann,upper-back-mobility,2026-12-01,").append(s).append('\n');
    for (String s : active) csv.append("a").append(++n).append(",Bob,upper-back-mobility,2026-12-01,").append(s).append('\n');
    csv.append("x99,Cy,upper-back-mobility,2026-12-01,VIP\n");
    Path f = Files.writeString(dir.resolve("roster.csv"), csv);
    org.circuitpress.model.Roster r = RosterReader.readRoster(f, TestData.library(), TestData.catalog(), d);
    assertThat(r.clients()).extracting(Client::id).containsExactly("a14", "a15", "a16", "a17", "a18", "a19", "a20",
        "x99");
    assertThat(r.inactive().ids()).hasSize(13).allMatch(id -> id.startsWith("i"));
    assertThat(lines()).containsExactly("roster.csv: E22 (Status): warning: expected active (or yes, trial, new) or"
        + " inactive (or no, paused, on hold, cancelled, left, former, lapsed, frozen, quit, ended, expired, suspended), got \"VIP\"; the client's"
        + " program is made");

    // "Active" is read as the status column, with the warning for another usual name of a column
    Diagnostics other = new Diagnostics();
    Path g = Files.writeString(dir.resolve("active.csv"), "client_id,name,program,start_date,Active\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,no\n"
        + "c2,Bob,upper-back-mobility,2026-12-01,yes\n");
    org.circuitpress.model.Roster a = RosterReader.readRoster(g, TestData.library(), TestData.catalog(), other);
    assertThat(a.clients()).extracting(Client::id).containsExactly("c2");
    assertThat(a.inactive().ids()).containsExactly("c1");
    assertThat(other.all()).extracting(Diagnostic::format).containsExactly("active.csv: E1 (Active): warning: the"
        + " column \"Active\" is read as status, the known column it is probably meant to be; name it status to be"
        + " sure");
  }

  /**
   * Found running a chain's roster: a member who left, marked as a trainer types it ("Left.",
   * "left gym", "Left - moved away", "paused till Feb", "quit"), still got a program, with a warning
   * only. A phrase that begins with an inactive word passes the row over; one that turns the other
   * way ("left, back in January", "not paused") or only contains the word still makes the program.
   */
  @Test
  void aStatusPhraseThatBeginsWithAnInactiveWordPassesTheClientOver() throws IOException {
    String[] inactive = {"Left.", "left gym", "Left - moved away", "paused till Feb", "quit", "On hold (injury)",
        "CANCELLED!", "expired 2026-10"};
    String[] other = {"left, back in January", "not paused", "leftover credit", "VIP, left knee", "no longer paused"};
    StringBuilder csv = new StringBuilder("client_id,name,program,start_date,status\n");
    int n = 0;
    for (String s : inactive) csv.append("i").append(++n).append(",Ann,upper-back-mobility,2026-12-01,\"").append(s).append("\"\n");
    for (String s : other) csv.append("o").append(++n).append(",Bob,upper-back-mobility,2026-12-01,\"").append(s).append("\"\n");
    Path f = Files.writeString(dir.resolve("roster.csv"), csv);
    org.circuitpress.model.Roster r = RosterReader.readRoster(f, TestData.library(), TestData.catalog(), d);
    assertThat(r.inactive().ids()).containsExactly("i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8");
    assertThat(r.clients()).extracting(Client::id).containsExactly("o9", "o10", "o11", "o12", "o13");
    assertThat(lines()).hasSize(5).allMatch(l -> l.contains("warning: expected active") && l.endsWith("the client's"
        + " program is made"));
  }

  /**
   * A client who left and came back may keep their old row, marked inactive, above the new one:
   * the new row is the client, not a repeat of the old one's id.
   */
  @Test
  void aRowMarkedInactiveTakesNoPartInTheCheckOfRepeatedIds() throws IOException {
    Path f = Files.writeString(dir.resolve("roster.csv"), "client_id,name,program,start_date,status,weeks\n"
        + "c1,Ann,upper-back-mobility,2025-03-01,left,40\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,active,4\n");
    org.circuitpress.model.Roster r = RosterReader.readRoster(f, TestData.library(), TestData.catalog(), d);
    assertThat(r.clients()).extracting(Client::startDate).containsExactly(LocalDate.of(2026, 12, 1));
    assertThat(d.all()).isEmpty();
    // its own problems are kept aside with it, for a run that names the client
    assertThat(r.inactive().leftOut()).extracting(row -> row.clientId()).containsExactly("c1");
    assertThat(r.inactive().problems()).extracting(Diagnostic::format).containsExactly("roster.csv: F2 (weeks):"
        + " expected a whole number from 1 to 16, got \"40\"");
  }

  /**
   * Found in the review: a client whose row the trainer had hidden (a client who left, or rows
   * filtered out) got a program, and nothing said the hidden row had been read.
   */
  @Test
  void hiddenRowsAreReadAndNamedInAWarning() throws Exception {
    Path f = workbook(Map.of("Clients", new Object[][] {HEADER,
        {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1)},
        {"c2", "Bob", "upper-back-mobility", LocalDate.of(2026, 12, 1)},
        {"c3", "Cy", "upper-back-mobility", LocalDate.of(2026, 12, 1)}}), "Clients");
    Xlsx.patch(f, xml -> xml.replace("<row r=\"3\"", "<row hidden=\"1\" r=\"3\""));
    assertThat(RosterReader.read(f, TestData.library(), TestData.catalog(), d)).extracting(Client::id)
        .containsExactly("c1", "c2", "c3");
    assertThat(lines()).containsExactly("roster.xlsx: sheet Clients: warning: row 3 is hidden in the sheet (by a"
        + " filter, or Hide) and is read like the others; to leave a client out, put inactive or left in the row's"
        + " status column (add a column named status if there is none), or delete the row");
  }

  /** A library has no status column: its hidden rows are pointed to deleting or moving them. */
  @Test
  void hiddenRowsOfALibraryAreNamedWithTheWayToLeaveThemOut() throws Exception {
    Path f = dir.resolve("exercises.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("Exercises"), new Object[][] {{"exercise_id", "name", "role"},
          {"reach", "Reach", "mobility"}, {"roll", "Roll", "soft-tissue"}});
      Xlsx.save(wb, f);
    }
    Xlsx.patch(f, xml -> xml.replace("<row r=\"3\"", "<row hidden=\"1\" r=\"3\""));
    assertThat(LibraryReader.read(f, d).orElseThrow().all()).hasSize(2);
    assertThat(lines()).contains("exercises.xlsx: sheet Exercises: warning: row 3 is hidden in the sheet (by a"
        + " filter, or Hide) and is read like the others; to leave a row out, delete it or move it to another sheet");
  }

  /**
   * Left open by the review (case 39): a sheet made for others to fill in had, under its header, a
   * row that says what each column takes ("text", "template id", "date", "b/i/a", ...). It was read
   * as a client who failed, with six errors and three warnings.
   */
  @Test
  void aRowOfColumnDescriptionsUnderTheHeaderIsPassedOverWithOneNote() throws IOException {
    Path f = workbook(Map.of("Clients", new Object[][] {
        {"client_id", "name", "program", "start_date", "level", "weeks", "sessions_per_week", "equipment",
            "limitations", "units", "paper", "notes"},
        {"text", "text", "template id", "date", "b/i/a", "number", "number", "list", "list", "kg/lb", "A4/Letter",
            "text"},
        {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1), "beginner", 4, 2, "foam roller", "", "kg",
            "A4", ""}}), "Clients");
    org.circuitpress.model.Roster r = RosterReader.readRoster(f, TestData.library(), TestData.catalog(), d);
    assertThat(r.clients()).extracting(Client::id).containsExactly("c1");
    assertThat(r.leftOut()).isEmpty();
    assertThat(lines()).containsExactly("roster.xlsx: Clients!row 2: note: row 2 says what each column takes"
        + " (\"text\" in A2, \"template id\" in C2, \"date\" in D2 and 9 more) rather than holding a client, so it"
        + " is read as a row of column descriptions and passed over");

    // a CSV's, with a format of dates
    assertThat(other("described.csv", "client_id,name,program,start_date,units\n"
        + "ID (text),Full name,Template id,dd/mm/yyyy,kg/lb\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,kg\n")).singleElement().asString()
        .startsWith("described.csv: row 2: note: row 2 says what each column takes (\"ID (text)\" in A2");

    // a library's: its drills are read as the shipped library's are, and nothing else is said
    List<String> shipped = Files.readAllLines(TestLibrary.SHIPPED);
    List<String> lines = new java.util.ArrayList<>(shipped);
    lines.add(1, "id,text,text,list,list,beginner/intermediate/advanced,reps/seconds/breaths,yes/no,text,text,list,"
        + "id,id,url,text,yes/no");
    Diagnostics lib = new Diagnostics();
    Path g = Files.write(dir.resolve("exercises.csv"), lines);
    assertThat(LibraryReader.read(g, lib).orElseThrow().all()).hasSize(shipped.size() - 1);
    assertThat(lib.all()).extracting(Diagnostic::format).containsExactly("exercises.csv: row 2: note: row 2 says"
        + " what each column takes (\"id\" in A2, \"text\" in B2, \"list\" in D2 and 13 more) rather than holding an"
        + " exercise, so it is read as a row of column descriptions and passed over");
  }

  /** What reading {@code csv} as the roster {@code name} says, each diagnostic formatted. */
  private List<String> other(String name, String csv) throws IOException {
    Diagnostics own = new Diagnostics();
    RosterReader.read(Files.writeString(dir.resolve(name), csv), TestData.library(), TestData.catalog(), own);
    return own.all().stream().map(Diagnostic::format).toList();
  }

  /**
   * The other side of the rule above: a real client's row under the header, with a slip or two
   * that look like a column's description ("kg/lb", "b/i/a", a limitation "knee/hip"), is a client,
   * read or left out for its errors as any other row is, never passed over.
   */
  @Test
  void aClientRowWithACoupleOfSlipsUnderTheHeaderIsNeverReadAsColumnDescriptions() throws IOException {
    roster("client_id,name,program,start_date,level,units,limitations\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,b/i/a,kg/lb,knee/hip\n"
        + "c2,Bob,upper-back-mobility,2026-12-01,,,\n");
    assertThat(lines()).anyMatch(l -> l.contains("E2 (level): expected beginner")).noneMatch(l -> l.contains(
        "column descriptions"));

    // nor is a row whose required cells are mostly a client's, though most of its cells could describe a column
    assertThat(other("few.csv", "client_id,name,program,start_date,level\n"
        + "text,Ann,upper-back-mobility,date,number\n"))
        .noneMatch(l -> l.contains("column descriptions")).anyMatch(l -> l.contains("D2 (start_date)"));

    // nor a row of such words that holds a date or a number
    assertThat(other("valued.csv", "client_id,name,program,start_date,level,units,paper\n"
        + "text,text,template id,2026-12-01,b/i/a,kg/lb,A4/Letter\n"))
        .noneMatch(l -> l.contains("column descriptions"));

    // nor such a row below the first one under the header
    assertThat(other("below.csv", "client_id,name,program,start_date,units\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,kg\n"
        + "text,text,template id,date,kg/lb\n"))
        .noneMatch(l -> l.contains("column descriptions")).anyMatch(l -> l.contains("D3 (start_date)"));
  }

  /**
   * Left open by the review (case 20): an exclude with a one-letter slip, "kettlebel windmill",
   * left the client without a program for the error. One drill a letter away is read as meant
   * (excluding a drill more, never one less), with a warning at the cell; a slip as near to two
   * drills, or one further off, stays an error with its "did you mean".
   */
  @Test
  void anExcludeWithAOneLetterSlipLeavesOutTheOneDrillItIsNear() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date,exclude\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,kettlebel windmill\n"
        + "c2,Bob,upper-back-mobility,2026-12-01,half-kneeling-windmil; dumbell-row\n"
        + "c3,Cy,upper-back-mobility,2026-12-01,kettlebell windmilling\n");
    assertThat(clients).extracting(Client::id).containsExactly("c1", "c2");
    assertThat(clients.get(0).exclude()).containsExactly("kettlebell-windmill");
    assertThat(clients.get(1).exclude()).containsExactlyInAnyOrder("half-kneeling-windmill", "dumbbell-row");
    assertThat(lines()).containsExactly(readAs("E2", "kettlebel windmill", "kettlebell-windmill (Kettlebell windmill)"),
        readAs("E3", "half-kneeling-windmil", "half-kneeling-windmill (Half-kneeling windmill)"),
        readAs("E3", "dumbell-row", "dumbbell-row (Dumbbell row)"),
        "roster.csv: E4 (exclude): no exercise has the id or name \"kettlebell windmilling\"; did you mean"
            + " \"kettlebell-windmill\"?");
  }

  /** The warning at {@code cell} that the exclude {@code typed} is read as the drill {@code drill} ("id (Name)"). */
  private static String readAs(String cell, String typed, String drill) {
    String id = drill.substring(0, drill.indexOf(' '));
    return "roster.csv: " + cell + " (exclude): warning: no exercise has the id or name \"" + typed + "\"; it is read"
        + " as \"" + id + "\"" + drill.substring(id.length()) + ", the one exercise a letter away, which this client"
        + " does not get; write \"" + id + "\" to be sure";
  }
}
