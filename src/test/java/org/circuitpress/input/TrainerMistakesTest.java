package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
}
