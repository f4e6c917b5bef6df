package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

/**
 * A slot's {@code unit} and {@code per_side} reach the handout for the drill the slot names (and
 * drills that count like it), as docs/templates.md says; only a drill counting in another unit is
 * converted, and only one done on each side where the named drill is not keeps its own per side.
 */
class SlotDoseTest {
  private static Program plan(Planner planner, Client c) {
    return PlanFixtures.firstBlock(planner, c);
  }

  private static Prescription item(Program p, String slot) {
    return PlanFixtures.inWeekOne(p, slot);
  }

  private static Slot slot(String id, String drill, int amount, DoseUnit unit, boolean perSide) {
    return PlanFixtures.slot(id, "mobility", "t-spine", drill, amount, unit, perSide, "", false);
  }

  @Test
  void theSlotsPerSideAndUnitAreWhatTheNamedDrillPrints() {
    // open-book is reps per side in the library; band-pulldown is reps, both sides at once
    Template t =
        PlanFixtures.oneOff(
            1,
            List.of(
                slot("not-per-side", "open-book", 8, DoseUnit.REPS, false),
                slot("per-side", "band-pulldown", 10, DoseUnit.REPS, true),
                slot("held", "quadruped-extension", 30, DoseUnit.SECONDS, false)));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.fullKit(Units.KG), Units.KG);
    Program p = plan(PlanFixtures.planner(t), c);
    assertThat(item(p, "not-per-side").dose().format()).isEqualTo("8 reps");
    assertThat(item(p, "per-side").dose().format()).isEqualTo("10 reps per side");
    assertThat(item(p, "held").exercise().id()).isEqualTo("quadruped-extension");
    assertThat(item(p, "held").dose().format()).isEqualTo("30 s");
  }

  @Test
  void aLevelVariantCountingLikeTheNamedDrillKeepsTheSlotsDose() {
    Slot windmill =
        PlanFixtures.slot(
            "windmill", "strength", "t-spine", "kb-windmill", 8, DoseUnit.REPS, false, "", true);
    Client c =
        PlanFixtures.onOneOff(Level.ADVANCED, PlanFixtures.fullKit(Units.KG), Units.KG);
    Program p = plan(PlanFixtures.planner(PlanFixtures.oneOff(1, List.of(windmill))), c);
    assertThat(item(p, "windmill").exercise().id()).isEqualTo("bottoms-up-windmill");
    assertThat(item(p, "windmill").dose().format()).isEqualTo("8 reps");
  }

  @Test
  void aSubstituteCountingOtherwiseThanTheNamedDrillIsConvertedAndKeepsItsOwnSide() {
    // the named drill is a hold on both sides needing a roller; the only other mobility drill is
    // reps per side
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e :
        List.of(
            PlanFixtures.ex("roller-hold", "mobility", "t-spine", "foam roller", Level.BEGINNER,
                DoseUnit.SECONDS, false, "", "", ""),
            PlanFixtures.ex("reach", "mobility", "t-spine", "", Level.BEGINNER, DoseUnit.REPS,
                true, "", "", ""),
            PlanFixtures.ex("roller-hold-2", "mobility", "t-spine", "foam roller", Level.BEGINNER,
                DoseUnit.SECONDS, false, "", "", "")))
      byId.put(e.id(), e);
    Template t =
        PlanFixtures.oneOff(
            1,
            List.of(
                slot("hold", "roller-hold", 30, DoseUnit.SECONDS, false),
                // written in reps for a hold: the trainer's unit holds for drills counting like it
                slot("counted", "roller-hold-2", 6, DoseUnit.REPS, true)));
    Planner planner =
        new Planner(new Library(byId, null), new Catalog(Map.of(t.id(), t), Map.of()));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program p = plan(planner, c);
    Prescription hold = item(p, "hold");
    assertThat(hold.exercise().id()).isEqualTo("reach");
    assertThat(hold.substituteFor()).isEqualTo("roller-hold");
    assertThat(hold.dose().format()).isEqualTo("10 reps per side");
    // the second slot's substitute counts reps, as the slot does: no conversion; its side is its own
    Prescription counted = item(p, "counted");
    assertThat(counted.exercise().id()).isEqualTo("reach");
    assertThat(counted.dose().format()).isEqualTo("6 reps per side");
  }
}
