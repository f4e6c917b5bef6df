package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Program;
import org.circuitpress.plan.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in a review by a physiotherapist: limitations as a clinic writes them ("NO overhead",
 * "hip replacement 2024", "cervical radiculopathy R arm", "avoid end-range rotation") were warned
 * about as changing nothing, and the handout gave the drills they rule out (a wall slide, the
 * adductor rock-back, a windmill with the eyes on the raised hand, the side-lying rotation). The
 * shipped library now names those limitations in its contraindications.
 */
class ClinicLimitationsTest {
  @TempDir Path dir;

  @Test
  void aClinicsLimitationsRuleOutTheShippedDrillsTheyForbid() throws IOException {
    Library lib = TestLibrary.shipped();
    Diagnostics d = new Diagnostics();
    Catalog cat = TemplateReader.readAll(Path.of("templates"), lib, d);
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, String.join("\n",
        "client_id,name,program,start_date,level,equipment,limitations",
        "p07,Robert Nguyen,shoulder-health,2026-12-01,beginner,band light/medium; massage ball,Frozen shoulder L; NO overhead",
        "p08,Tom Walsh,upper-back-mobility,2026-12-01,intermediate,foam roller; band medium; kettlebell 12/16 kg,avoid end-range rotation",
        "p09,Joan Patel,hip-mobility,2026-12-01,beginner,foam roller; mini band,hip replacement 2024",
        "p03,Sarah Lindqvist,upper-back-mobility,2026-12-01,beginner,foam roller; band light/medium,Cervical radiculopathy R arm",
        ""));
    List<Client> clients = RosterReader.read(roster, lib, cat, d);
    assertThat(d.all()).extracting(Diagnostic::format).noneMatch(m -> m.contains("changes nothing"));
    Planner planner = new Planner(lib, cat);

    assertThat(drills(planner, clients.get(0))).doesNotContain("wall-slide", "prone-y-raise", "shoulder-cars");
    assertThat(drills(planner, clients.get(1)))
        .doesNotContain("side-lying-extension-rotation", "kettlebell-windmill", "open-book");
    assertThat(drills(planner, clients.get(2)))
        .doesNotContain("adductor-rockback", "hip-switch-90-90", "deep-squat-hold");
    assertThat(drills(planner, clients.get(3))).doesNotContain("bodyweight-windmill", "half-kneeling-windmill");
  }

  /**
   * Found in the same review: "Hypermobile", which no drill lists, was warned about as changing
   * nothing, without a word on what would: the warning now names the library's contraindications
   * and the exclude column.
   */
  @Test
  void aLimitationNoDrillListsSaysWhatWouldLeaveDrillsOut() throws IOException {
    Library lib = TestLibrary.shipped();
    Diagnostics d = new Diagnostics();
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "client_id,name,program,start_date,limitations\n"
        + "p06,Leah Fraser,shoulder-health,2026-12-01,Hypermobile\n");
    RosterReader.read(roster, lib, TemplateReader.readAll(Path.of("templates"), lib, d), d);
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly("roster.csv: E2 (limitations): warning: the"
        + " limitation \"Hypermobile\" is not a contraindication of any exercise, so it changes nothing: no drill is"
        + " left out for it. To leave drills out, write one of the library's contraindications (hip, knee, low back,"
        + " neck, osteoporosis, overhead, pregnancy, rotation, shoulder, wrist), or name the drills in exclude");
  }

  private static Set<String> drills(Planner planner, Client c) {
    Program p = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    Set<String> ids = new TreeSet<>();
    p.weeks().forEach(w -> w.circuit().forEach(x -> ids.add(x.exercise().id())));
    return ids;
  }
}
