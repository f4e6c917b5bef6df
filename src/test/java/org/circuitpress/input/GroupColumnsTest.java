package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Group;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster's gym and trainer columns: a chain keeps one roster for its gyms, with a column saying
 * where each client trains and one saying who trains them. Before these columns, either was an
 * unknown column, warned about on every run and read into nothing.
 */
class GroupColumnsTest {
  @TempDir Path dir;
  final Diagnostics d = new Diagnostics();

  private Roster readCsv(String csv) throws IOException {
    Path f = Files.writeString(dir.resolve("roster.csv"), csv);
    return RosterReader.readRoster(f, TestData.library(), TestData.catalog(), d);
  }

  @Test
  void gymAndTrainerAreReadAsTypedWithoutAWordAndABlankCellIsNone() throws IOException {
    Roster roster = readCsv("client_id,name,program,start_date,Gym,Trainer\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,Riverside,Sam Lee\n"
        + "c2,Bob,upper-back-mobility,2026-12-01,Harbour Street,\n"
        + "c3,Cy,upper-back-mobility,2026-12-01,,Jo\n"
        + "c4,Di,upper-back-mobility,2026-12-01,,\n");
    assertThat(roster.clients()).extracting(Client::id, Client::group).containsExactly(
        tuple("c1", new Group("Riverside", "Sam Lee")),
        tuple("c2", new Group("Harbour Street", "")),
        tuple("c3", new Group("", "Jo")),
        tuple("c4", Group.NONE));
    assertThat(d.all()).isEmpty();
  }

  /**
   * Found in review: "Riverside" and "riverside" (or a name typed with extra spaces) were two gyms,
   * so a summary filtered by gym split the gym's clients. They are one gym, under the roster's first
   * spelling, with a warning once at the first row of each other spelling; trainers alike.
   */
  @Test
  void aGymOrTrainerSpelledAnotherWayIsOneUnderItsFirstSpellingWithAWarningOnce() throws IOException {
    Roster roster = readCsv("client_id,name,program,start_date,gym,trainer\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,Riverside,Sam Lee\n"
        + "c2,Bob,upper-back-mobility,2026-12-01,riverside,sam  lee\n"
        + "c3,Cy,upper-back-mobility,2026-12-01,River Side,Sam Lee\n"
        + "c4,Di,upper-back-mobility,2026-12-01,riverside,Jo\n"
        + "c5,Ed,upper-back-mobility,2026-12-01,RIVERSIDE,jo\n"
        + "c6,Flo,upper-back-mobility,not a date,riverside ,JO\n");
    assertThat(roster.clients()).extracting(Client::id, Client::group).containsExactly(
        tuple("c1", new Group("Riverside", "Sam Lee")),
        tuple("c2", new Group("Riverside", "Sam Lee")),
        tuple("c3", new Group("River Side", "Sam Lee")),
        tuple("c4", new Group("Riverside", "Jo")),
        tuple("c5", new Group("Riverside", "Jo")));
    // a row left out for its errors is listed in the summary under the same spellings
    assertThat(roster.leftOut()).extracting(LeftOutRow::group).containsExactly(new Group("Riverside", "Jo"));
    assertThat(d.all()).filteredOn(x -> x.location().column() >= 4).extracting(Diagnostic::format).containsExactly(
        "roster.csv: E3 (gym): warning: the gym \"riverside\" is read as \"Riverside\", as row 2 spells it, so that"
            + " the summary counts them as one gym; spell it the same way on every row to be sure",
        "roster.csv: F3 (trainer): warning: the trainer \"sam  lee\" is read as \"Sam Lee\", as row 2 spells it, so"
            + " that the summary counts them as one trainer; spell it the same way on every row to be sure",
        "roster.csv: E6 (gym): warning: the gym \"RIVERSIDE\" is read as \"Riverside\", as row 2 spells it, so that"
            + " the summary counts them as one gym; spell it the same way on every row to be sure",
        "roster.csv: F6 (trainer): warning: the trainer \"jo\" is read as \"Jo\", as row 5 spells it, so that"
            + " the summary counts them as one trainer; spell it the same way on every row to be sure",
        "roster.csv: F7 (trainer): warning: the trainer \"JO\" is read as \"Jo\", as row 5 spells it, so that"
            + " the summary counts them as one trainer; spell it the same way on every row to be sure");
  }

  @Test
  void aRosterWithoutTheColumnsGivesNoGroup() throws IOException {
    Roster roster = readCsv("client_id,name,program,start_date\nc1,Ann,upper-back-mobility,2026-12-01\n");
    assertThat(roster.clients()).extracting(Client::group).containsExactly(Group.NONE);
  }

  @Test
  void theOtherNamesATrainerTypesAreReadAsGymAndTrainerWithAWarningThatSaysSo() throws IOException {
    Roster roster = readCsv("client_id,name,program,start_date,Location,Coach\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,Riverside,Sam Lee\n");
    assertThat(roster.clients()).extracting(Client::group).containsExactly(new Group("Riverside", "Sam Lee"));
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        "roster.csv: E1 (Location): warning: the column \"Location\" is read as gym, the known column it is"
            + " probably meant to be; name it gym to be sure",
        "roster.csv: F1 (Coach): warning: the column \"Coach\" is read as trainer, the known column it is"
            + " probably meant to be; name it trainer to be sure");
  }

  @Test
  void studioSiteBranchClubAndInstructorAreOtherNamesToo() throws IOException {
    for (String gym : new String[] {"Studio", "Site", "Branch", "Club", "Home club"}) {
      Diagnostics own = new Diagnostics();
      Path f = Files.writeString(dir.resolve("roster.csv"), "client_id,name,program,start_date," + gym
          + ",Instructor\nc1,Ann,upper-back-mobility,2026-12-01,North,Sam\n");
      Roster roster = RosterReader.readRoster(f, TestData.library(), TestData.catalog(), own);
      assertThat(roster.clients()).as(gym).extracting(Client::group).containsExactly(new Group("North", "Sam"));
    }
  }

  @Test
  void aWorkbookShowsTheGymAsItsCellShowsIt() throws IOException {
    Path f = Xlsx.write(dir.resolve("roster.xlsx"), "Clients",
        new Object[] {"client_id", "name", "program", "start_date", "gym", "trainer"},
        new Object[] {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1), 7, "Sam Lee"},
        new Object[] {"c2", "Bob", "upper-back-mobility", LocalDate.of(2026, 12, 1), "Riverside", null});
    Roster roster = RosterReader.readRoster(f, TestData.library(), TestData.catalog(), d);
    assertThat(roster.clients()).extracting(Client::group).containsExactly(
        new Group("7", "Sam Lee"), new Group("Riverside", ""));
    assertThat(d.all()).isEmpty();
  }

  @Test
  void aRowLeftOutForItsErrorsKeepsItsGymAndTrainerForTheSummary() throws IOException {
    Roster roster = readCsv("client_id,name,program,start_date,gym,trainer\n"
        + "c1,Ann,upper-back-mobility,someday,Riverside,Sam Lee\n");
    assertThat(roster.leftOut()).extracting(LeftOutRow::clientId, LeftOutRow::group)
        .containsExactly(tuple("c1", new Group("Riverside", "Sam Lee")));
  }
}
