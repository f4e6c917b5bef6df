package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/**
 * A client who trained on a bodyweight stand-in for want of a kettlebell, and has one now, gets the
 * drill the slot names, from its start: not the stand-in again, as if the easier drill were a step
 * the client had been moved back to.
 */
class NewKitTest {
  private static final List<Exercise> SQUATS = List.of(
      PlanFixtures.ex("goblet-squat", "strength", "legs; squat", "kettlebell", Level.BEGINNER, DoseUnit.REPS,
          false, "", "bodyweight-squat", ""),
      PlanFixtures.ex("bodyweight-squat", "strength", "legs; squat", "", Level.BEGINNER, DoseUnit.REPS,
          false, "", "", "goblet-squat"));

  private static final Planner PLANNER = PlanFixtures.planner(
      PlanFixtures.oneOff(4,
          List.of(PlanFixtures.slot("squat", "strength", "legs; squat", "goblet-squat", 8, DoseUnit.REPS, false,
              "", false)),
          new WeekRule.DoubleProgression(1, 0, "squat", 8, 12, 2, PlanFixtures.HERE)),
      SQUATS);

  private static Program plan(Client c, YearMonth m, Program printed) {
    Diagnostics d = new Diagnostics();
    return PLANNER.plan(c, m, Optional.empty(), printed, d).orElseThrow(() -> new AssertionError(d.all()));
  }

  @Test
  void aKettlebellBoughtSinceTheLastBlockGivesTheNamedDrillFromItsStart() {
    Client before = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program first = plan(before, YearMonth.of(2026, 12), null);
    assertThat(PlanFixtures.inWeekOne(first, "squat").exercise().id()).isEqualTo("bodyweight-squat");

    Client now = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0, 16.0), Units.KG);
    // as the run reads the block back from its record: with the client as the roster has them today
    Program recorded = new Program(now, first.template(), first.block(), first.trackId(), first.start(), first.end(),
        first.weeks(), List.of());
    for (Program printed : List.of(recorded, first)) startsTheNamedDrill(plan(now, YearMonth.of(2027, 1), printed));
  }

  private static void startsTheNamedDrill(Program next) {
    Prescription opens = PlanFixtures.inWeekOne(next, "squat");
    assertThat(opens.exercise().id()).isEqualTo("goblet-squat");
    assertThat(opens.dose().amount()).isEqualTo(8);
    assertThat(opens.load().label()).isEqualTo("8 kg");
    assertThat(next.notes()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
        .contains("slot squat starts goblet squat at this template's 8 reps")
        .contains("the last block gave bodyweight squat in its place")
        .contains("the client can do goblet squat now"));
  }

  /**
   * After a well-done block the log's note names the slots that took the extra step: not "progressed
   * one extra step" alone, above a squat that starts lower than the block before ended.
   */
  @Test
  void theLogsNoteNamesTheSlotsThatStepped() {
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(PlanFixtures.slot("squat", "strength", "legs; squat", "goblet-squat", 8, DoseUnit.REPS, false,
                "", false), PlanFixtures.named("rotate", "open-book", 6)),
            new WeekRule.DoubleProgression(1, 0, "squat", 8, 12, 2, PlanFixtures.HERE),
            new WeekRule.AddDose(2, 0, "rotate", 1, 0, PlanFixtures.HERE)),
        SQUATS);
    Client before = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Diagnostics d = new Diagnostics();
    Program first = pl.plan(before, null, Optional.empty(), d).orElseThrow();
    Client now = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0, 16.0), Units.KG);
    Program next = pl.plan(now, YearMonth.of(2027, 1), Optional.of(ProgressionRulesTest.allDone(first, 6)), first, d)
        .orElseThrow();
    assertThat(next.notes().get(0).message()).contains("progressed one extra step in 1 slot (rotate) because");
    assertThat(PlanFixtures.inWeekOne(next, "squat").exercise().id()).isEqualTo("goblet-squat");
  }

  /**
   * Found in review: after a hard block in which the client got the kettlebell, the log's note said
   * that no slot had a step to go back, "so the block starts again where the last one started", above
   * a squat that starts the goblet squat with a bell in place of the bodyweight squat.
   */
  @Test
  void aHardBlockSaysWhichSlotStartsADrillNewToTheClient() {
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(PlanFixtures.slot("squat", "strength", "legs; squat", "goblet-squat", 8, DoseUnit.REPS, false,
                "", false), PlanFixtures.named("rotate", "open-book", 6)),
            new WeekRule.DoubleProgression(1, 0, "squat", 8, 12, 2, PlanFixtures.HERE)),
        SQUATS);
    Diagnostics d = new Diagnostics();
    Program first = pl.plan(PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG), null, Optional.empty(), d)
        .orElseThrow(() -> new AssertionError(d.all()));
    Client now = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0, 16.0), Units.KG);
    Program next = pl.plan(now, YearMonth.of(2027, 1), Optional.of(ProgressionRulesTest.allDone(first, 9)), first, d)
        .orElseThrow(() -> new AssertionError(d.all()));
    assertThat(PlanFixtures.inWeekOne(next, "squat").exercise().id()).isEqualTo("goblet-squat");
    assertThat(next.notes().get(0).message())
        .contains("but no slot has a step to go back")
        .contains("so the block starts again where the last one started, except squat, which starts a drill new"
            + " to the client (below). Ask the client");
  }

  @Test
  void withoutTheKettlebellTheStandInCarriesOn() {
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program first = plan(c, YearMonth.of(2026, 12), null);
    Program next = plan(c, YearMonth.of(2027, 1), first);
    Prescription opens = PlanFixtures.inWeekOne(next, "squat");
    assertThat(opens.exercise().id()).isEqualTo("bodyweight-squat");
    assertThat(opens.dose().amount()).isEqualTo(12);
  }

  /**
   * Found in review of the new-kit change: a slot chosen by role, whose kettlebell drills all need
   * the kettlebell the client still lacks, takes turns among them block by block, and so among their
   * stand-ins, here two variants of one squat. The next block's stand-in was taken for the slot's own
   * drill met at last ("the client can do ... now") and started again from the template's dose.
   */
  @Test
  void aStandInStillNeededCarriesOnWhenTheSlotsChoiceRotatesToAVariantOfIt() {
    List<Exercise> squats = List.of(
        PlanFixtures.ex("kb-front-squat", "strength", "legs; squat; loaded", "kettlebell", Level.BEGINNER,
            DoseUnit.REPS, false, "", "box-squat", ""),
        PlanFixtures.ex("kb-goblet-squat", "strength", "legs; squat; loaded", "kettlebell", Level.BEGINNER,
            DoseUnit.REPS, false, "", "air-squat", ""),
        PlanFixtures.ex("air-squat", "strength", "legs; squat", "", Level.BEGINNER, DoseUnit.REPS, false, "",
            "box-squat", "kb-goblet-squat"),
        PlanFixtures.ex("box-squat", "strength", "legs; squat", "", Level.BEGINNER, DoseUnit.REPS, false, "",
            "", "air-squat"));
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(PlanFixtures.slot("squat", "strength", "legs; squat; loaded", null, 8, DoseUnit.REPS, false,
                "", false)),
            new WeekRule.AddDose(2, 0, "squat", 1, 0, PlanFixtures.HERE)),
        squats);
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Diagnostics d = new Diagnostics();
    Program first = pl.plan(c, YearMonth.of(2026, 12), Optional.empty(), null, d).orElseThrow();
    Program next = pl.plan(c, YearMonth.of(2027, 1), Optional.empty(), first, d).orElseThrow();
    Prescription was = PlanFixtures.inWeekOne(first, "squat");
    Prescription opens = PlanFixtures.inWeekOne(next, "squat");
    assertThat(List.of(was.exercise().id(), opens.exercise().id()))
        .as("the stand-ins of the two kettlebell drills, one block each")
        .containsExactlyInAnyOrder("air-squat", "box-squat");
    assertThat(opens.isSubstitute()).isTrue();
    assertThat(next.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("can do"));
    assertThat(opens.dose().amount()).as("on from where the last block ended, 11 reps").isEqualTo(11);
  }

  /**
   * Found in review: a client still without a kettlebell who had got from the bodyweight squat to its
   * harder jump squat was put back on the bodyweight squat at the template's start every other month,
   * under a note that the client "can do bodyweight squat now". A stand-in still needed carries on.
   */
  @Test
  void aStandInStillNeededCarriesOnAlongItsOwnVariants() {
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(PlanFixtures.slot("squat", "strength", "legs; squat", "goblet-squat", 8, DoseUnit.REPS, false,
                "", false)),
            new WeekRule.UseHarder(3, 0, "squat", PlanFixtures.HERE)),
        List.of(
            PlanFixtures.ex("goblet-squat", "strength", "legs; squat", "kettlebell", Level.BEGINNER, DoseUnit.REPS,
                false, "", "bodyweight-squat", ""),
            PlanFixtures.ex("bodyweight-squat", "strength", "legs; squat", "", Level.BEGINNER, DoseUnit.REPS,
                false, "", "", "goblet-squat; jump-squat"),
            PlanFixtures.ex("jump-squat", "strength", "legs; squat", "", Level.BEGINNER, DoseUnit.REPS,
                false, "", "bodyweight-squat", "")));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Diagnostics d = new Diagnostics();
    Program last = null;
    for (int month = 0; month < 3; month++) {
      YearMonth m = month == 0 ? null : YearMonth.of(2026, 12).plusMonths(month);
      last = pl.plan(c, m, Optional.empty(), last, d).orElseThrow(() -> new AssertionError(d.all()));
    }
    assertThat(PlanFixtures.inWeekOne(last, "squat").exercise().id()).isEqualTo("jump-squat");
    assertThat(last.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("can do"));
  }

  /**
   * A slot that names no drill takes its turn among equally good ones block by block: a client
   * without kettlebells who had the bodyweight squat in place of one kettlebell squat, and the box
   * squat in place of the other the next block, is not told they "can do" the box squat now.
   */
  @Test
  void aStandInForAnotherDrillOfTheSlotsTurnIsNoKitMet() {
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(PlanFixtures.slot("squat", "strength", "legs; squat", null, 8, DoseUnit.REPS, false, "", false)),
            new WeekRule.DoubleProgression(1, 0, "squat", 8, 12, 2, PlanFixtures.HERE)),
        List.of(
            PlanFixtures.ex("goblet-squat", "strength", "legs; squat", "kettlebell", Level.BEGINNER, DoseUnit.REPS,
                false, "", "bodyweight-squat", ""),
            PlanFixtures.ex("front-squat", "strength", "legs; squat", "kettlebell", Level.BEGINNER, DoseUnit.REPS,
                false, "", "box-squat", ""),
            PlanFixtures.ex("bodyweight-squat", "strength", "legs", "", Level.BEGINNER, DoseUnit.REPS,
                false, "", "box-squat", "goblet-squat"),
            PlanFixtures.ex("box-squat", "strength", "legs", "", Level.BEGINNER, DoseUnit.REPS,
                false, "", "", "bodyweight-squat")));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Diagnostics d = new Diagnostics();
    Program first = pl.plan(c, null, Optional.empty(), d).orElseThrow(() -> new AssertionError(d.all()));
    Program next = pl.plan(c, YearMonth.of(2027, 1), Optional.empty(), first, d)
        .orElseThrow(() -> new AssertionError(d.all()));
    assertThat(List.of(PlanFixtures.inWeekOne(first, "squat").substituteFor(),
        PlanFixtures.inWeekOne(next, "squat").substituteFor())).as("the turn moves").doesNotHaveDuplicates();
    assertThat(next.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("can do"));
  }

  /**
   * Found in review: for an advanced client, whose goblet squat becomes the front squat, the note gave
   * the level as the reason for the stand-in ("because at the client's level the slot's goblet squat
   * becomes front squat"), not the kettlebell the client lacked.
   */
  @Test
  void theNoteGivesTheReasonForTheStandInNotTheClientsLevel() {
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(PlanFixtures.slot("squat", "strength", "legs; squat", "goblet-squat", 8, DoseUnit.REPS, false,
                "", true)),
            new WeekRule.DoubleProgression(1, 0, "squat", 8, 12, 2, PlanFixtures.HERE)),
        List.of(
            PlanFixtures.ex("goblet-squat", "strength", "legs; squat", "kettlebell", Level.BEGINNER, DoseUnit.REPS,
                false, "", "bodyweight-squat", "front-squat"),
            PlanFixtures.ex("front-squat", "strength", "legs; squat", "kettlebell", Level.ADVANCED, DoseUnit.REPS,
                false, "", "goblet-squat", ""),
            PlanFixtures.ex("bodyweight-squat", "strength", "legs; squat", "", Level.BEGINNER, DoseUnit.REPS,
                false, "", "", "goblet-squat")));
    Diagnostics d = new Diagnostics();
    Program first = pl.plan(PlanFixtures.onOneOff(Level.ADVANCED, Kit.NONE, Units.KG), null, Optional.empty(), d)
        .orElseThrow(() -> new AssertionError(d.all()));
    Client now = PlanFixtures.onOneOff(Level.ADVANCED, PlanFixtures.kettlebells(8.0, 12.0, 16.0), Units.KG);
    Program next = pl.plan(now, YearMonth.of(2027, 1), Optional.empty(), first, d)
        .orElseThrow(() -> new AssertionError(d.all()));
    assertThat(PlanFixtures.inWeekOne(next, "squat").exercise().id()).isEqualTo("front-squat");
    assertThat(next.notes()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains(
        "the last block gave bodyweight squat in its place, because front squat needs kettlebell, not in the"
            + " client's kit, and the client can do front squat now"));
  }
}
