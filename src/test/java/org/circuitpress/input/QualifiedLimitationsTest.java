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
 * Found with a clinic's roster: "post-op rotator cuff, 6 wks" was split at its comma and "6 wks"
 * warned about as a limitation that changes nothing, every month, beside the one that did. Words
 * of when, which side and how badly after a comma belong to the limitation before them.
 */
class QualifiedLimitationsTest {
  @TempDir Path dir;

  @Test
  void whenWhichSideAndHowBadlyAfterACommaAreReadWithTheLimitationBefore() throws IOException {
    Diagnostics d = new Diagnostics();
    List<Client> clients = read(d, "shoulder, 6 wks", "knee, L", "shoulder, left", "low back, chronic",
        "neck, since March 2024", "wrist, 2 weeks ago", "shoulder, post-op", "knee; R", "low back, on and off");
    assertThat(d.all()).isEmpty();
    assertThat(clients.get(0).limitations()).contains("shoulder");
    assertThat(clients.get(1).limitations()).contains("knee");
    assertThat(clients.get(4).limitations()).contains("neck");
  }

  @Test
  void aQualifierWithNothingBeforeItIsStillSaidToChangeNothing() throws IOException {
    Diagnostics d = new Diagnostics();
    read(d, "6 wks", "left, knee");
    assertThat(d.all()).extracting(Diagnostic::format).hasSize(2)
        .allMatch(m -> m.contains("changes nothing"))
        .anyMatch(m -> m.startsWith("roster.csv: B2 ") && m.contains("\"6 wks\""))
        .anyMatch(m -> m.startsWith("roster.csv: B3 ") && m.contains("\"left\""));
  }

  @Test
  void aPartThatNamesSomethingIsStillReadOnItsOwn() throws IOException {
    Diagnostics d = new Diagnostics();
    List<Client> clients = read(d, "shoulder, knee", "shoulder, hypermobile", "knee, 6 wks post-op hip");
    assertThat(clients.get(0).limitations()).contains("shoulder", "knee");
    assertThat(clients.get(2).limitations()).contains("knee", "hip");
    assertThat(d.all()).extracting(Diagnostic::format)
        .anyMatch(m -> m.startsWith("roster.csv: B3 ") && m.contains("\"hypermobile\"") && m.contains("changes nothing"));
  }

  /**
   * Found in review: a library that rules a drill out for "post-op" had "shoulder, 6 wks post-op"
   * swallowed as words of when, so the drill was given against the limitation the trainer wrote.
   */
  @Test
  void aQualifierTheLibrarysWordsReadStillRulesOutWhatItNames() throws IOException {
    String shipped = Files.readString(TestLibrary.SHIPPED);
    assertThat(shipped).contains(",pregnancy,,,https://videos.circuitpress.example/crocodile-breathing");
    Path lib = dir.resolve("exercises.csv");
    Files.writeString(lib, shipped.replace(",pregnancy,,,https://videos.circuitpress.example/crocodile-breathing",
        ",pregnancy; post-op,,,https://videos.circuitpress.example/crocodile-breathing"));
    Diagnostics d = new Diagnostics();
    List<Client> clients = read(LibraryReader.read(lib, new Diagnostics()).orElseThrow(), d,
        "shoulder, 6 wks post-op", "shoulder, 6 wks");
    assertThat(clients.get(0).limitations()).contains("shoulder", "post op");
    assertThat(clients.get(1).limitations()).doesNotContain("post op");
    assertThat(d.all()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("roster.csv: B2 ").contains("\"6 wks post-op\" is read as \"post op\"");
  }

  @Test
  void onlyWordsOfWhenSideAndHowBadlyQualify() {
    assertThat(List.of("6 wks", "6wks", "L", "rt", "left side", "chronic", "since March 2024", "2 weeks ago",
        "post-op", "3rd", "Jan '24", "on and off", "mild, recent")).allMatch(Conditions::onlyQualifies);
    assertThat(List.of("", "knee", "hypermobile", "6 wks post-op hip", "pregnant", "stiff", "limited range",
        "pain since March")).noneMatch(Conditions::onlyQualifies);
  }

  private List<Client> read(Diagnostics d, String... limitations) throws IOException {
    return read(TestLibrary.shipped(), d, limitations);
  }

  private List<Client> read(org.circuitpress.model.Library lib, Diagnostics d, String... limitations)
      throws IOException {
    StringBuilder csv = new StringBuilder("client_id,limitations,name,program,start_date\n");
    for (int i = 0; i < limitations.length; i++) {
      csv.append("t").append(i).append(",\"").append(limitations[i]).append("\",Zoe,upper-back-mobility,2026-12-01\n");
    }
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, csv);
    return RosterReader.read(roster, lib, TemplateReader.readAll(Path.of("templates"), lib, new Diagnostics()), d);
  }
}
