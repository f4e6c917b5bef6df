package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
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
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/**
 * A substitute's plan note names the drill the client is given, also when that is a variant of
 * the substitute: the slot's level variant of it, or where its progression stands.
 */
class SubstituteNoteTest {
  /** Kettlebell windmills, and bodyweight drills linked below them. */
  private static Library library() {
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e :
        List.of(
            PlanFixtures.ex("kettlebell-windmill", "strength", "t-spine; rotation; hips",
                "kettlebell", Level.INTERMEDIATE, DoseUnit.REPS, true, "",
                "half-kneeling-windmill", ""),
            PlanFixtures.ex("half-kneeling-windmill", "strength", "t-spine; rotation; hips",
                "kettlebell", Level.BEGINNER, DoseUnit.REPS, true, "", "bodyweight-windmill",
                "kettlebell-windmill"),
            PlanFixtures.ex("bodyweight-windmill", "strength", "t-spine; rotation", "",
                Level.BEGINNER, DoseUnit.REPS, true, "", "open-book-lift-off",
                "standing-windmill"),
            PlanFixtures.ex("standing-windmill", "strength", "t-spine; rotation", "",
                Level.INTERMEDIATE, DoseUnit.REPS, true, "", "bodyweight-windmill", ""),
            PlanFixtures.ex("open-book-lift-off", "strength", "t-spine; rotation", "",
                Level.BEGINNER, DoseUnit.REPS, true, "", "", "bodyweight-windmill")))
      byId.put(e.id(), e);
    return new Library(byId, null);
  }

  private static Program plan(Template t, Client c) {
    Planner planner = new Planner(library(), new Catalog(Map.of(t.id(), t), Map.of()));
    Diagnostics d = new Diagnostics();
    return planner.plan(c, null, Optional.empty(), d).orElseThrow(() -> new AssertionError(d.all()));
  }

  private static Prescription week1(Program p, String slot) {
    return p.weeks().get(0).circuit().stream()
        .filter(x -> x.slot().id().equals(slot))
        .findFirst()
        .orElseThrow();
  }

  private static String substituteNote(Program p, String slot) {
    return p.notes().stream()
        .map(Diagnostic::message)
        .filter(m -> m.contains("slot " + slot + ": ") && m.contains(" because "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no note for " + slot + " in " + p.notes()));
  }

  @Test
  void aBeginnersLevelVariantOfASubstituteIsTheDrillTheNoteNames() {
    // chosen by role: the windmills sharing all three tags need a kettlebell, so the bodyweight
    // windmill replaces them, and a beginner is given its easier variant
    Slot windmill =
        PlanFixtures.slot(
            "windmill", "strength", "t-spine; rotation; hips", null, 8, DoseUnit.REPS, true, "",
            true);
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program p = plan(PlanFixtures.oneOff(4, List.of(windmill)), c);
    assertThat(week1(p, "windmill").exercise().id()).isEqualTo("open-book-lift-off");
    assertThat(substituteNote(p, "windmill"))
        .contains("slot windmill: open book lift off given, an easier variant of bodyweight"
            + " windmill, because ")
        .contains("needs kettlebell, not in the client's kit; an easier variant instead");
  }

  @Test
  void aSubstituteAlreadyOnItsHarderVariantInWeekOneIsNamedAsGiven() {
    Slot windmill =
        PlanFixtures.slot(
            "windmill", "strength", "t-spine; rotation", "kettlebell-windmill", 8, DoseUnit.REPS,
            true, "", false);
    Template t =
        PlanFixtures.oneOff(
            4, List.of(windmill), new WeekRule.UseHarder(1, 0, "windmill", PlanFixtures.HERE));
    Client c = PlanFixtures.onOneOff(Level.INTERMEDIATE, Kit.NONE, Units.KG);
    Program p = plan(t, c);
    assertThat(week1(p, "windmill").exercise().id()).isEqualTo("standing-windmill");
    assertThat(substituteNote(p, "windmill"))
        .contains("slot windmill: standing windmill given, a harder variant of bodyweight"
            + " windmill, because kettlebell windmill needs kettlebell");
  }
}
