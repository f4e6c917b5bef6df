package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;
import org.circuitpress.testing.SampleInputs;
import org.junit.jupiter.api.Test;

/**
 * A block logged as all done at an easy effort earns a step, but the upper-back template caps
 * foam rolling at 30 s, which the first block already reaches, and progresses nothing else: the
 * plan says the step had no room instead of claiming a change it did not make, and names the rule
 * that caps it and the slots no rule progresses, so the trainer knows what to change. That is the
 * template's design (its strength step is about tempo, not load), not a load step held back: a
 * slot that has a load rule and a heavier step in the client's kit takes it.
 */
class ProgressAtTheTopTest {
  @Test
  void aSlotAlreadyAtItsCapSaysItStays() {
    Diagnostics d = new Diagnostics();
    SampleInputs in = SampleInputs.read();
    Client c = in.clients().stream().filter(x -> x.id().equals("c002")).findFirst().orElseThrow();
    Planner planner = in.planner();
    Program december = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), d).orElseThrow();

    Program january = planner.plan(c, YearMonth.of(2027, 1), Optional.of(allDone(december)), d).orElseThrow();

    Program planned = planner.plan(c, YearMonth.of(2027, 1), Optional.empty(), d).orElseThrow();

    assertThat(january.weeks()).as("nothing could progress, so the block is the planned one")
        .isEqualTo(planned.weeks());
    assertThat(january.notes()).extracting(Diagnostic::message)
        .contains("Łukasz Kowalski (c002): log read from log.xlsx: the log earns one extra step (30 of"
            + " 30 rounds were done (100%), logged amounts 100% of the targets, average RPE 5.0), but"
            + " no slot could take it: 3 slots are at the top of what the template progresses:"
            + " roll-lats, roll-pecs, roll-rhomboids at the cap of 30 of the add rule"
            + " (templates/upper-back-mobility/progression.csv row 2); no rule of the template"
            + " progresses breathe, extend, rotate, pulldown, windmill (pulldown, windmill take a load"
            + " and the client owns heavier ones); the block goes on as the template plans. "
            + Planner.RAISE)
        .noneMatch(m -> m.contains("progressed"))
        .noneMatch(m -> m.contains(Planner.AT_TOP));
  }

  @Test
  void aHarderVariantTheLibraryLacksForTheClientIsNotCountedAsAStep() {
    Diagnostics d = new Diagnostics();
    SampleInputs in = SampleInputs.read();
    Planner planner = in.planner();
    int checked = 0;
    int named = 0;
    for (Client c : in.clients()) {
      YearMonth first = YearMonth.from(c.startDate());
      Program one = planner.plan(c, first, Optional.empty(), d).orElseThrow();
      YearMonth next = first.plusMonths(Schedule.monthsPerBlock(one.weeks().size()));
      Program logged = planner.plan(c, next, Optional.of(allDone(one)), d).orElseThrow();
      Program planned = planner.plan(c, next, Optional.empty(), d).orElseThrow();
      checked++;
      String note = logged.notes().get(0).message();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("step in \\d+ slots? \\(([^)]*)\\)").matcher(note);
      if (!m.find()) continue;
      for (String slot : m.group(1).split(", ")) {
        named++;
        assertThat(firstWeek(logged, slot)).as("%s: slot %s is named as progressed", c.id(), slot)
            .isNotEqualTo(firstWeek(planned, slot));
      }
    }
    assertThat(checked).isEqualTo(in.clients().size());
    assertThat(named).as("some sample clients progress some slots").isPositive();
  }

  @Test
  void aSlotThatMovedOntoAWeightedVariantTakesItsLoadStepFromThatVariantsKit() {
    java.util.Map<String, org.circuitpress.model.Exercise> drills = new java.util.LinkedHashMap<>();
    drills.put("bw-squat", PlanFixtures.ex("bw-squat", "strength", "legs", "", org.circuitpress.model.Level.BEGINNER,
        org.circuitpress.model.DoseUnit.REPS, false, "", "", "kb-squat"));
    drills.put("kb-squat", PlanFixtures.ex("kb-squat", "strength", "legs", "kettlebell",
        org.circuitpress.model.Level.BEGINNER, org.circuitpress.model.DoseUnit.REPS, false, "", "bw-squat", ""));
    org.circuitpress.model.Library lib = new org.circuitpress.model.Library(drills, null);
    org.circuitpress.model.Template t = PlanFixtures.oneOff(4,
        java.util.List.of(PlanFixtures.slot("squat", "strength", "legs", "bw-squat", 10,
            org.circuitpress.model.DoseUnit.REPS, false, "", false)),
        new org.circuitpress.model.WeekRule.UseHarder(3, 0, "squat", PlanFixtures.HERE),
        new org.circuitpress.model.WeekRule.LoadStep(2, 0, "squat", 1, PlanFixtures.HERE));
    Planner planner = new Planner(lib, new org.circuitpress.model.Catalog(java.util.Map.of(t.id(), t), java.util.Map.of()));
    Client c = PlanFixtures.on("k1", "one-off", java.time.LocalDate.of(2026, 12, 1),
        org.circuitpress.model.Level.INTERMEDIATE, null, null, PlanFixtures.kettlebells(8.0, 12.0, 16.0));
    Diagnostics d = new Diagnostics();
    Program dec = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), d).orElseThrow();
    assertThat(dec.weeks().get(3).circuit().get(0).load().label()).isEqualTo("12 kg");

    Program planned = planner.plan(c, YearMonth.of(2027, 1), Optional.empty(), d).orElseThrow();
    Program logged = planner.plan(c, YearMonth.of(2027, 1), Optional.of(allDone(dec)), d).orElseThrow();
    assertThat(firstWeek(planned, "squat").load().label()).isEqualTo("12 kg");
    assertThat(firstWeek(logged, "squat").load().label()).as("the kettlebell squat's own bells").isEqualTo("16 kg");
    assertThat(logged.notes().get(0).message()).contains("progressed one extra step");
  }

  @Test
  void aBandDrillAtTheTopOfItsRepRangeTakesTheClientsNextBand() {
    org.circuitpress.model.Template t = PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("pulldown", "strength", "lats", "band-pulldown", 12,
            org.circuitpress.model.DoseUnit.REPS, false, "", false)),
        new org.circuitpress.model.WeekRule.DoubleProgression(1, 0, "pulldown", 8, 12, 2, PlanFixtures.HERE));
    Planner planner = PlanFixtures.planner(t);
    Client c = PlanFixtures.on("b1", "one-off", java.time.LocalDate.of(2026, 12, 1),
        org.circuitpress.model.Level.BEGINNER, null, null, PlanFixtures.fullKit(org.circuitpress.model.Units.KG));
    Diagnostics d = new Diagnostics();
    Program dec = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), d).orElseThrow();
    assertThat(dec.weeks()).extracting(w -> w.circuit().get(0).dose().amount() + " " + w.circuit().get(0).load().label())
        .containsExactly("12 light band", "8 medium band", "10 medium band", "12 medium band");
    Program planned = planner.plan(c, YearMonth.of(2027, 1), Optional.empty(), d).orElseThrow();
    Program logged = planner.plan(c, YearMonth.of(2027, 1), Optional.of(allDone(dec)), d).orElseThrow();
    assertThat(firstWeek(planned, "pulldown").load().label()).isEqualTo("medium band");
    assertThat(firstWeek(logged, "pulldown").load().label()).as("the top of the range takes the next band")
        .isEqualTo("heavy band");
    assertThat(firstWeek(logged, "pulldown").dose().amount()).isEqualTo(8);
    assertThat(logged.notes().get(0).message()).contains("progressed one extra step");
  }

  @Test
  void aSlotWithAnAddRuleAndAHarderRuleAtTheTopNamesBoth() {
    // hip-mobility's bridge: +2 up to 12, then the single-leg bridge, which has no harder variant
    Diagnostics d = new Diagnostics();
    SampleInputs in = SampleInputs.read();
    Client c = in.clients().stream().filter(x -> x.id().equals("c006")).findFirst().orElseThrow();
    Planner planner = in.planner();
    Program december = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), d).orElseThrow();
    Program january = planner.plan(c, YearMonth.of(2027, 1), Optional.of(allDone(december)), d).orElseThrow();
    assertThat(january.notes()).extracting(Diagnostic::message)
        .contains("Henrik Sørensen (c006): slot bridge: " + Planner.AT_TOP + ": at the cap of 12 of the"
            + " add rule (templates/hip-mobility/progression.csv row 2) and on the hardest variant the"
            + " library has for the client, for the harder rule (templates/hip-mobility/progression.csv row 3)");
  }

  private static Prescription firstWeek(Program p, String slot) {
    return p.weeks().get(0).circuit().stream().filter(x -> x.slot().id().equals(slot)).findFirst().orElseThrow();
  }

  /** Every prescribed round done, on target, at RPE 5. */
  private static BlockLog allDone(Program p) {
    List<LogEntry> entries = new ArrayList<>();
    for (Week w : p.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++) {
          for (Prescription x : w.circuit()) {
            entries.add(new LogEntry(w.number(), s, r, x.exercise().id(), w.sessionDates().get(s - 1),
                (double) x.dose().amount(), null, true, 5, "", Location.ofFile("log.xlsx")));
          }
        }
      }
    }
    return new BlockLog(p.client().id(), p.block(), "log.xlsx", entries);
  }
}
