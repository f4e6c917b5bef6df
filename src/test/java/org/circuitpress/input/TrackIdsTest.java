package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review (fixture /tmp/review-tpl/fx/c6): tracks.csv matched template ids with their
 * capitals ("Desk-Neck" refused as unknown, while the roster reads it as desk-neck), and a client
 * of a track left out for its errors was told "unknown program".
 */
class TrackIdsTest {
  @TempDir Path dir;

  private void template(String id) throws IOException {
    Path t = Files.createDirectories(dir.resolve("templates/" + id));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,T\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose,unit\ncalm,breathe,breathing,8,breaths\n");
    Files.writeString(t.resolve("progression.csv"), "weeks,rule,target,value\n2-,add,breathe,+1\n");
  }

  @Test
  void trackStagesAreMatchedAsTheRosterMatchesPrograms() throws IOException {
    template("desk-neck");
    template("upper-back-restore");
    Files.writeString(dir.resolve("templates/tracks.csv"),
        "track,name,templates\ndesk-track,Desk,Upper-Back-Restore; Desk-Neck\n");
    Diagnostics d = new Diagnostics();
    Catalog c = TemplateReader.readAll(dir.resolve("templates"), TestLibrary.shipped(), d);
    assertThat(d.all()).isEmpty();
    assertThat(c.track("desk-track").orElseThrow().templateIds()).containsExactly("upper-back-restore", "desk-neck");
  }

  @Test
  void aClientOfATrackLeftOutForErrorsIsToldSo() throws IOException {
    template("desk-neck");
    Files.writeString(dir.resolve("templates/tracks.csv"),
        "track,name,templates\ndesk-track,Desk,desk-nek\nDesk-Neck,Clash,desk-neck\n");
    Diagnostics d = new Diagnostics();
    Catalog c = TemplateReader.readAll(dir.resolve("templates"), TestLibrary.shipped(), d);
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        "templates/tracks.csv: C2 (templates): unknown template \"desk-nek\"; clients who reach this stage of the"
            + " track get no program until it is fixed; did you mean \"desk-neck\"?",
        "templates/tracks.csv: C2 (templates): the track lists no usable template; it is skipped",
        "templates/tracks.csv: A3 (track): \"Desk-Neck\" is already a template id; a track needs its own id");
    Path roster = Files.writeString(dir.resolve("roster.csv"), "client_id,name,program,start_date\n"
        + "t01,Tom,Desk-Track,2026-12-01\n");
    Diagnostics r = new Diagnostics();
    assertThat(RosterReader.read(roster, TestData.library(), c, r)).extracting(Client::id).isEmpty();
    assertThat(r.all()).extracting(Diagnostic::format).containsExactly("roster.csv: C2 (program): track"
        + " \"desk-track\" was left out for the errors reported in templates/tracks.csv; this client gets no"
        + " program until it is fixed");
  }
}
