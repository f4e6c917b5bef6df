package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

/**
 * A template naming a drill the trainer's library lacks: the slot is filled by role and tags, and
 * that drill is the slot's own. The handout's "instead of" and the substitute count are for swaps
 * the client's situation causes; the trainer's plan says how the slot was filled.
 */
class MissingNamedDrillTest {
  private static Program plan(Planner planner, Client c) {
    return PlanFixtures.firstBlock(planner, c);
  }

  private static Prescription item(Program p, String slot) {
    return PlanFixtures.inWeekOne(p, slot);
  }

  private static List<String> notes(Program p) {
    return p.notes().stream().map(Diagnostic::message).toList();
  }

  @Test
  void twoMissingDrillsFilledByRoleAreNeitherSubstitutesNorInsteadOfEachOther() {
    Planner planner =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(
                    PlanFixtures.named("bird-dog", "bird-dog", 6),
                    PlanFixtures.named("pallof", "pallof-press", 8))));
    Client c =
        PlanFixtures.onOneOff(Level.INTERMEDIATE, PlanFixtures.fullKit(Units.KG), Units.KG);
    Program p = plan(planner, c);
    assertThat(List.of(item(p, "bird-dog").exercise().id(), item(p, "pallof").exercise().id()))
        .containsExactlyInAnyOrder("open-book", "thread-needle");
    assertThat(p.weeks())
        .flatExtracting(w -> w.circuit())
        .noneMatch(Prescription::isSubstitute)
        .allMatch(x -> x.why().isEmpty());
    assertThat(PlanText.format(p)).doesNotContain("instead of");
    String who = c.name() + " (" + c.id() + "): ";
    assertThat(notes(p))
        .containsExactly(
            who + "slot bird-dog: bird-dog is not in the exercise library, so the slot is filled"
                + " by its role and tags",
            who + "slot pallof: pallof-press is not in the exercise library, so the slot is filled"
                + " by its role and tags");
  }

  @Test
  void aSwapTheClientCausesFromThereIsASubstituteForTheDrillTheRoleGave() {
    // roll-lats and ball-lats share both tags with the slot; a client with no kit may do neither
    Planner planner =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(
                    PlanFixtures.slot(
                        "roll-lats",
                        "soft-tissue",
                        "t-spine; lats",
                        "foam-roll-lats",
                        20,
                        DoseUnit.SECONDS,
                        true,
                        "",
                        false))));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program p = plan(planner, c);
    Prescription x = item(p, "roll-lats");
    assertThat(x.exercise().id()).isEqualTo("lat-stretch-wall");
    // the drill the role and tags give the same client when both are in their kit
    Kit both = new Kit(java.util.Map.of("foam roller", KitItem.plain("foam roller"), "massage ball",
        KitItem.plain("massage ball")));
    Client equipped = PlanFixtures.onOneOff(Level.BEGINNER, both, Units.KG);
    String byRole = item(plan(planner, equipped), "roll-lats").exercise().id();
    assertThat(byRole).isIn("roll-lats", "ball-lats");
    assertThat(x.substituteFor()).isEqualTo(byRole);
    assertThat(x.why()).contains("not in the client's kit").doesNotContain("exercise library");
    assertThat(notes(p))
        .first()
        .asString()
        .endsWith(
            "slot roll-lats: foam-roll-lats is not in the exercise library, so the slot is filled"
                + " by its role and tags");
  }
}
