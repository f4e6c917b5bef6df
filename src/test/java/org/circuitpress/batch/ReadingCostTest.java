package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Group;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

class ReadingCostTest {
  /**
   * The program a client would have had without a limitation is planned only for the warning's list
   * of drills: a planner that fails on it leaves the warning as it was, never the client without a
   * program.
   */
  @Test
  void aPlanWithoutTheLimitationThatFailsLeavesTheWarningAsItWas() {
    Location cell = Location.ofCell("roster.csv", null, 2, 9, "limitations");
    Client c = new Client("t1", "Zoe", "hip-mobility", LocalDate.of(2026, 12, 1), Level.INTERMEDIATE, null, null,
        Kit.NONE, Set.of("tight hip", "hip"), Set.of(), Units.KG, Paper.A4, "", "", cell, StartLoads.NONE, Group.NONE,
        null, Map.of("tight hips", Set.of("hip")));
    ReadingCost costs = new ReadingCost();
    assertThatCode(() -> costs.note(c, null, x -> {
      throw new IllegalStateException("no template");
    })).doesNotThrowAnyException();
    Diagnostics d = new Diagnostics();
    d.add(Diagnostic.warning(cell, "the limitation \"tight hips\" is read as \"hip\", ...; write the library's word"
        + " to be sure").forClient("t1"));
    costs.say(d);
    assertThat(d.all()).extracting(Diagnostic::message)
        .containsExactly("the limitation \"tight hips\" is read as \"hip\", ...; write the library's word to be sure");
  }
}
