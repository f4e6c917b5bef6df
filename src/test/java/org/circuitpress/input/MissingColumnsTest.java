package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a roster header renamed to one the tool does not know ({@code Kit owned} for
 * equipment, {@code Ability} for level) only got "unknown column ignored", and every client was
 * then planned as if the column were empty: bodyweight drills for all, every client a beginner, no
 * injury heeded. A header that looks like a column the file lacks now says which column, what every
 * row gets without it and that it may be meant; one that looks like the limitations (or a library's
 * contraindications) stops the file being read.
 */
class MissingColumnsTest {
  @TempDir Path dir;
  final Diagnostics d = new Diagnostics();

  private List<String> lines() {
    return d.all().stream().filter(Diagnostic::listed).map(Diagnostic::format).toList();
  }

  private List<Client> roster(String csv) throws IOException {
    Path f = Files.writeString(dir.resolve("roster.csv"), csv);
    return RosterReader.read(f, TestData.library(), TestData.catalog(), d);
  }

  @Test
  void aRenamedEquipmentOrLevelColumnSaysWhatEveryClientGetsWithoutIt() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date,Kit owned,Ability,shoe size,Gear list\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,kettlebell 12 kg,advanced,40,band\n");

    assertThat(clients).extracting(Client::id).containsExactly("c1");
    assertThat(lines()).containsExactly(
        "roster.csv: E1 (Kit owned): warning: there is no equipment column, so every client is planned with bodyweight"
            + " drills only; \"Kit owned\" and \"Gear list\" are not read and may hold it: name the one meant equipment",
        "roster.csv: F1 (Ability): warning: there is no level column, so every client is planned as a beginner;"
            + " \"Ability\" is not read and may be it: if so, name it level",
        // the known columns are still listed once, at the first header that looks like none
        "roster.csv: G1 (shoe size): warning: unknown column \"shoe size\" ignored; known columns are client_id, name,"
            + " program, start_date, level, weeks, sessions_per_week, equipment, limitations, exclude, units, paper, notes,"
            + " email, start_loads, status, gym, trainer");
  }

  @Test
  void aHeaderThatLooksLikeTheLimitationsStopsTheRosterBeingRead() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date,equipment,Limits\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,,shoulder\n");

    assertThat(clients).isEmpty();
    assertThat(lines()).containsExactly("roster.csv: F1 (Limits): there is no limitations column, so every client would"
        + " be planned as having no injuries or conditions, no drill left out for one; \"Limits\" is not read and may"
        + " be it: if so, name it limitations, else add a column named limitations (its cells may be empty); the file"
        + " is not read until then");
  }

  @Test
  void aLibraryHeaderThatLooksLikeEquipmentOrContraindicationsIsSaid() throws IOException {
    Path f = Files.writeString(dir.resolve("ex.csv"), "exercise_id,name,role,Needs,Risks\n"
        + "goblet,Goblet squat,strength,kettlebell,low back\n");

    assertThat(LibraryReader.read(f, d)).isEmpty();
    assertThat(lines()).containsExactly(
        "ex.csv: D1 (Needs): warning: there is no equipment column, so every drill is read as needing nothing, and"
            + " given to clients who do not own what it needs; \"Needs\" is not read and may be it: if so, name it"
            + " equipment",
        "ex.csv: E1 (Risks): there is no contraindications column, so no drill would be left out for any client's"
            + " limitations; \"Risks\" is not read and may be it: if so, name it contraindications, else add a column"
            + " named contraindications (its cells may be empty); the file is not read until then");
  }

  /**
   * Found in review: a trainer's own columns that only share a word with a missing one ("Week 1
   * notes", "Sessions done", "Sessions left", "Starting date") were each said to be probably that
   * column, with what every client gets without it: four false lines on an ordinary roster. A
   * header whose words say it holds notes, a date or what was done is its own column.
   */
  @Test
  void aHeaderOfNotesDatesOrSessionsDoneIsNotTakenForAMissingColumn() throws IOException {
    List<Client> clients = roster("client_id,name,program,start_date,Phone,Goal,Week 1 notes,Sessions done,"
        + "Sessions left,Starting date,Body weight,Kit owned\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,555,posture,felt ok,2,10,2026-12-01,70,band\n");

    assertThat(clients).extracting(Client::id).containsExactly("c1");
    assertThat(lines()).filteredOn(l -> l.contains("there is no")).containsExactly(
        "roster.csv: L1 (Kit owned): warning: there is no equipment column, so every client is planned with"
            + " bodyweight drills only; \"Kit owned\" is not read and may be it: if so, name it equipment");
    assertThat(lines()).filteredOn(l -> l.contains("unknown column")).hasSize(7);
  }
}
