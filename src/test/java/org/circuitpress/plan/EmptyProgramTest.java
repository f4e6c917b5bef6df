package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

/**
 * Found in review: with a library whose drills were nearly all refused, a client whose program had
 * no drill at all was planned, written and counted as done: a handout of step headings without
 * drills. Such a program is no program: the planner says why as an error and gives none.
 */
class EmptyProgramTest {
  private static Client client(Set<String> exclude) {
    return new Client("e1", "Client e1", "one-off", LocalDate.of(2026, 12, 1), Level.BEGINNER, null, null,
        Kit.NONE, Set.of(), exclude, Units.KG, Paper.A4, "", "", Location.ofRow("roster.csv", null, 2));
  }

  @Test
  void aProgramWithNoDrillAtAllIsAnErrorThatSaysWhichSlotsAndWhy() {
    Planner planner = PlanFixtures.planner(PlanFixtures.oneOff(4, List.of(
        PlanFixtures.slot("balance", "balance", "", null, 30, DoseUnit.SECONDS, false, "", false),
        PlanFixtures.slot("swing", "power", "", null, 10, DoseUnit.REPS, false, "", false))));
    Diagnostics d = new Diagnostics();

    Optional<Program> p = planner.plan(client(Set.of("crocodile-breathing")), null, Optional.empty(), d);

    assertThat(p).isEmpty();
    assertThat(d.all()).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.clientId()).isEqualTo("e1");
      assertThat(x.format()).isEqualTo("roster.csv: row 2: Client e1 (e1): no drill in the library suits this"
          + " client for any of the 2 slots of one-off (balance, swing), so no handout or log is made. The"
          + " first, balance (balance): the library has no drill with the role balance; no drill tagged"
          + " fallback suits the client either. Check the library's drills (their roles, equipment, level"
          + " and contraindications) against the client's equipment, level and limitations");
    });
  }

  @Test
  void theReasonNamesWhatRulesOutTheSlotsDrill() {
    Planner planner = PlanFixtures.planner(PlanFixtures.oneOff(4, List.of(
        PlanFixtures.slot("windmill", "strength", "", "kb-windmill", 5, DoseUnit.REPS, true, "", false))));
    Diagnostics d = new Diagnostics();
    Client c = client(Set.of("crocodile-breathing", "side-lying-reach", "prone-y-raise"));

    assertThat(planner.plan(c, null, Optional.empty(), d)).isEmpty();
    assertThat(d.all()).extracting(Diagnostic::message).singleElement().asString()
        .contains("for the one slot of one-off (windmill)",
            "The slot windmill (strength): kb windmill needs kettlebell, not in the client's kit, and no"
                + " other drill with the role strength suits the client; no drill tagged fallback suits the"
                + " client either");
  }

  @Test
  void aProgramWithSomeSlotsFilledIsStillMadeWithWarnings() {
    Planner planner = PlanFixtures.planner(PlanFixtures.oneOff(4, List.of(
        PlanFixtures.slot("balance", "balance", "", null, 30, DoseUnit.SECONDS, false, "", false),
        PlanFixtures.slot("breathe", "breathing", "", null, 10, DoseUnit.BREATHS, false, "", false))));
    Diagnostics d = new Diagnostics();

    Optional<Program> p = planner.plan(client(Set.of("crocodile-breathing")), null, Optional.empty(), d);

    assertThat(p).isPresent();
    assertThat(p.get().weeks()).allSatisfy(w -> assertThat(w.circuit()).hasSize(1));
    assertThat(d.hasErrors()).isFalse();
    assertThat(d.all()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("slot balance (balance) left out"));
  }
}
