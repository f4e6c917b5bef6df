package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found when the sample library began to mark deep hip drills {@code hip}: "hip flexor tight" and
 * "tight hips" are read as the hip, on the safe side, and a hip-mobility client loses the very
 * drills they came for. The reading stays (a trainer may mean pain); the warning says that
 * tightness is the work, and that words without pain or injury belong in notes.
 */
class TightLimitationsTest {
  @TempDir Path dir;

  private static final String ADVICE = ". Tightness and stiffness are what mobility drills work on: if there is no"
      + " pain or injury, write it in notes";

  @Test
  void aTightPartReadAsTheLibrarysWordSaysWhereTheWordsBelong() throws IOException {
    Diagnostics d = new Diagnostics();
    List<Client> clients = read(d, "hip flexor tight", "tight hips", "Tight hip flexors", "hips stiff; limited range");
    assertThat(clients).allMatch(c -> c.limitations().contains("hip"));
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        readAs("B2", "hip flexor tight") + ADVICE + ", where it leaves every drill in",
        readAs("B3", "tight hips") + ADVICE + ", where it leaves every drill in",
        readAs("B4", "Tight hip flexors") + ADVICE + ", where it leaves every drill in",
        readAs("B5", "hips stiff") + ADVICE + ", where it leaves every drill in",
        "roster.csv: B5 (limitations): warning: the limitation \"limited range\" is not a contraindication of any"
            + " exercise, so it changes nothing: no drill is left out for it. To leave drills out, write one of the"
            + " library's contraindications (hip, knee, low back, neck, osteoporosis, overhead, pregnancy, rotation,"
            + " shoulder, wrist), or name the drills in exclude");
  }

  @Test
  void aStiffPartNoDrillListsIsToldToGoInNotesBeforeItIsToldHowToLeaveDrillsOut() throws IOException {
    Diagnostics d = new Diagnostics();
    read(d, "stiff upper back");
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly("roster.csv: B2 (limitations): warning: the"
        + " limitation \"stiff upper back\" is not a contraindication of any exercise, so it changes nothing: no drill"
        + " is left out for it" + ADVICE + " instead; if there is, write one of the library's contraindications (hip,"
        + " knee, low back, neck, osteoporosis, overhead, pregnancy, rotation, shoulder, wrist), or name the drills in"
        + " exclude");
  }

  @Test
  void anInjuryOrAConditionIsNeverToldItBelongsInNotes() throws IOException {
    Diagnostics d = new Diagnostics();
    read(d, "hip replacement", "labral tear", "hip bursitis", "tight sore hips", "tight hamstrings after ACL repair");
    assertThat(d.all()).extracting(Diagnostic::message).isNotEmpty().noneMatch(m -> m.contains("notes"));
  }

  @Test
  void onlyWordsOfTightnessBesideAPartAreTightness() {
    assertThat(List.of("tight hips", "hip flexor tight", "stiff upper back", "short hamstrings", "restricted left hip",
        "limited range of motion in the hips", "very tight calves")).allMatch(Conditions::onlyTight);
    assertThat(List.of("tight", "limited range", "hip pain", "hip replacement", "labral tear", "hip bursitis",
        "tight and painful hip", "limited hips", "short of breath")).noneMatch(Conditions::onlyTight);
  }

  @Test
  void eachLimitationReadByARelatedWordKeepsWhatItAloneRulesOut() throws IOException {
    List<Client> clients = read(new Diagnostics(), "tight hips", "hip; tight hips", "tight hips; hip bursitis",
        "sore knee and hip; stiff neck");
    assertThat(clients.get(0).readAs()).containsExactly(java.util.Map.entry("tight hips", java.util.Set.of("hip")));
    assertThat(clients.get(0).without("tight hips").limitations()).isEmpty();
    assertThat(clients.get(1).readAs()).containsExactly(java.util.Map.entry("tight hips", java.util.Set.of()));
    assertThat(clients.get(1).without("tight hips").limitations()).containsExactly("hip");
    assertThat(clients.get(2).readAs().values()).allMatch(java.util.Set::isEmpty);
    assertThat(clients.get(3).readAs()).containsEntry("sore knee and hip", java.util.Set.of("hip", "knee"))
        .containsEntry("stiff neck", java.util.Set.of("neck"));
  }

  @Test
  void theDrillsALimitationLeftOutAreNamedFirstFewThenCounted() {
    String m = readAs("B2", "tight hips").substring("roster.csv: B2 (limitations): warning: ".length()) + ADVICE;
    assertThat(RosterReader.withLeftOut(m, List.of())).isEqualTo(m);
    assertThat(RosterReader.withLeftOut(m, List.of("Adductor rock-back"))).contains("to be sure. For this client it"
        + " leaves out 1 drill: Adductor rock-back. Tightness");
    assertThat(RosterReader.withLeftOut(m, List.of("A", "B", "C"))).contains(" leaves out 3 drills: A, B and C. ");
    assertThat(RosterReader.withLeftOut(m, List.of("A", "B", "C", "D", "E")))
        .contains(" leaves out 5 drills: A, B, C and 2 more. Tightness");
  }

  private static String readAs(String cell, String typed) {
    return "roster.csv: " + cell + " (limitations): warning: the limitation \"" + typed + "\" is read as \"hip\", the"
        + " contraindication of the library for the same or a related condition or part of the body; write the"
        + " library's word to be sure";
  }

  private List<Client> read(Diagnostics d, String... limitations) throws IOException {
    Library lib = TestLibrary.shipped();
    StringBuilder csv = new StringBuilder("client_id,limitations,name,program,start_date\n");
    for (int i = 0; i < limitations.length; i++) {
      csv.append("t").append(i).append(",\"").append(limitations[i]).append("\",Zoe,hip-mobility,2026-12-01\n");
    }
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, csv);
    return RosterReader.read(roster, lib, TemplateReader.readAll(Path.of("templates"), lib, new Diagnostics()), d);
  }
}
