package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/** The week rules of a template, one at a time, on the one-off template of {@link PlanFixtures}. */
class ProgressionRulesTest {
  private static final Location HERE = PlanFixtures.HERE;

  private static Program plan(
      Planner pl, Client c, YearMonth m, Optional<BlockLog> log) {
    Diagnostics d = new Diagnostics();
    return pl.plan(c, m, log, d).orElseThrow(() -> new AssertionError(d.all()));
  }

  private static Program plan(Planner pl, Client c) {
    return plan(pl, c, null, Optional.empty());
  }

  private static Prescription item(Program p, int week, String slot) {
    return p.weeks().get(week - 1).circuit().stream()
        .filter(x -> x.slot().id().equals(slot))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + slot));
  }

  private static List<Object> byWeek(Program p, String slot, Function<Prescription, Object> what) {
    return p.weeks().stream().map(w -> what.apply(item(p, w.number(), slot))).toList();
  }

  private static List<String> messages(Program p) {
    return p.notes().stream().map(Diagnostic::message).toList();
  }

  /** Every round of {@code p} done as prescribed, at {@code rpe}. */
  static BlockLog allDone(Program p, int rpe) {
    List<LogEntry> entries = new ArrayList<>();
    for (Week w : p.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++) {
          for (Prescription pr : w.circuit()) {
            entries.add(
                new LogEntry(
                    w.number(), s, r, pr.exercise().id(), w.sessionDates().get(s - 1),
                    (double) pr.dose().amount(),
                    pr.load() == null ? null : pr.load().amount(), true, rpe, "",
                    Location.ofCell("log.xlsx", "Week " + w.number(), r + 1, 5, "done")));
          }
        }
      }
    }
    return new BlockLog(p.client().id(), p.block(), "log.xlsx", entries);
  }

  private static final Slot ROTATE = PlanFixtures.named("rotate", "open-book", 10);

  private static Client intermediate(Kit kit) {
    return PlanFixtures.onOneOff(Level.INTERMEDIATE, kit, Units.KG);
  }

  @Test
  void aDeloadWithoutItsOwnRoundsRunsOneRoundFewer() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                5, List.of(ROTATE),
                new WeekRule.SetRounds(5, 5, "all", 5, HERE),
                new WeekRule.Deload(4, 5, "all", 0, 50, HERE)));
    Program p = plan(pl, intermediate(Kit.NONE));
    assertThat(p.weeks()).extracting(Week::rounds).containsExactly(3, 3, 3, 2, 4);
    assertThat(byWeek(p, "rotate", x -> x.dose().amount())).containsExactly(10, 10, 10, 5, 5);
  }

  /**
   * Found in the template-writing review (fx/clean, d01 week 4): a 60 % deload of 30 s printed "18
   * s per side". A deload's share is rounded as a converted dose is: seconds to 5, reps whole, and
   * of the dose the drill is printed with, so a slot of seconds given a drill of reps is not
   * rounded twice.
   */
  @Test
  void aDeloadRoundsTimedDosesToFiveSecondsAndRepsToWholeOnes() {
    Slot hold = PlanFixtures.slot("hold", "soft-tissue", "lats", "lat-stretch-wall", 30, DoseUnit.SECONDS, true, "",
        false);
    Slot tiny = PlanFixtures.slot("tiny", "mobility", "t-spine; rotation", "thread-needle", 1, DoseUnit.REPS, true,
        "", false);
    // no named drill: the drill of reps chosen by role gets the 30 s converted, 10 reps
    Slot timed = PlanFixtures.slot("timed", "mobility", "t-spine; rotation", null, 30, DoseUnit.SECONDS, true,
        "", false);
    Planner pl = PlanFixtures.planner(PlanFixtures.oneOff(2, List.of(hold, ROTATE, tiny),
        new WeekRule.Deload(2, 2, "all", 0, 60, HERE)));
    Program p = plan(pl, intermediate(Kit.NONE));
    assertThat(byWeek(p, "hold", x -> x.dose().format())).containsExactly("30 s per side", "20 s per side");
    assertThat(byWeek(p, "rotate", x -> x.dose().format())).containsExactly("10 reps per side", "6 reps per side");
    assertThat(byWeek(p, "tiny", x -> x.dose().format())).containsExactly("1 rep per side", "1 rep per side");
    // its deload is 60 % of the 10 reps, 6, not 20 s (60 % of 30 s, rounded) converted to 7 reps
    Planner other = PlanFixtures.planner(PlanFixtures.oneOff(2, List.of(timed),
        new WeekRule.Deload(2, 2, "all", 0, 60, HERE)));
    assertThat(byWeek(plan(other, intermediate(Kit.NONE)), "timed", x -> x.dose().format()))
        .containsExactly("10 reps per side", "6 reps per side");
  }

  @Test
  void anUncappedAddDoseKeepsAdding() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(4, List.of(ROTATE), new WeekRule.AddDose(2, 0, "rotate", 2, 0, HERE)));
    assertThat(byWeek(plan(pl, intermediate(Kit.NONE)), "rotate", x -> x.dose().amount()))
        .containsExactly(10, 12, 14, 16);
  }

  @Test
  void aLoadStepEveryThreeWeeksCountsFromItsFirstWeek() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                6,
                List.of(PlanFixtures.named("bell", "half-kneeling-windmill", 8)),
                new WeekRule.LoadStep(2, 0, "bell", 3, HERE)));
    Program p = plan(pl, intermediate(PlanFixtures.kettlebells(8.0, 12.0, 16.0)));
    assertThat(byWeek(p, "bell", x -> x.load().label()))
        .containsExactly("8 kg", "12 kg", "12 kg", "12 kg", "16 kg", "16 kg");
    assertThat(messages(p)).noneMatch(m -> m.contains("heaviest load"));
  }

  @Test
  void aLoadStepWithOnlyOneBellSaysTheLoadStays() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                3,
                List.of(PlanFixtures.named("bell", "half-kneeling-windmill", 8)),
                new WeekRule.LoadStep(2, 0, "bell", 1, HERE)));
    Program p = plan(pl, intermediate(PlanFixtures.kettlebells(12.0)));
    assertThat(byWeek(p, "bell", x -> x.load().label())).containsOnly("12 kg");
    assertThat(messages(p))
        .containsExactly(
            "One-off Intermediate (o-Intermediate): slot bell: already at the heaviest load the"
                + " client owns; the load stays",
            "One-off Intermediate (o-Intermediate): every week of the block (weeks 1 to 3) gives the same session:"
                + " bell at the heaviest load the client owns, for the load step rule (plan-fixture); the rounds"
                + " stay at 3 (the template's rounds setting). " + Planner.RAISE + ". Or give the client a shorter"
                + " block: its 3 weeks are the template's weeks setting, which the roster's weeks column can change"
                + " for one client");
  }

  @Test
  void useHarderFromWeekOneOpensOnTheHarderVariant() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(3, List.of(ROTATE), new WeekRule.UseHarder(1, 0, "rotate", HERE)));
    Program p = plan(pl, intermediate(Kit.NONE));
    assertThat(byWeek(p, "rotate", x -> x.exercise().id()))
        .containsExactly("thread-needle", "thread-needle", "thread-needle");
    // no "no harder variant" note: the harder variant is given; only that the block never changes
    assertThat(messages(p)).singleElement().asString()
        .contains("every week of the block (weeks 1 to 3) gives the same session: rotate on the hardest variant");
  }

  /**
   * Found in review: a step back after a hard block took a whole rule's step off the dose, so a
   * 10 s hold that the template lengthens by 10 s a week came back as a 1 s hold. A step back
   * takes the dose no lower than half the template's own week-1 dose.
   */
  @Test
  void aStepBackAfterAHardBlockKeepsAtLeastHalfTheTemplatesStartingDose() {
    Planner pl = PlanFixtures.planner(PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("stretch", "soft-tissue", "lats", "lat-stretch-wall", 10, DoseUnit.SECONDS, true,
            "", false)),
        new WeekRule.AddDose(2, 0, "stretch", 10, 0, HERE)));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program dec = plan(pl, c, YearMonth.of(2026, 12), Optional.empty());
    assertThat(item(dec, 1, "stretch").dose().amount()).isEqualTo(10);
    Program jan = plan(pl, c, YearMonth.of(2027, 1), Optional.of(allDone(dec, 9)));
    assertThat(messages(jan).get(0)).contains("regressed one step from the last block's start");
    assertThat(item(jan, 1, "stretch").dose().amount()).isEqualTo(5);
  }

  @Test
  void aVeryHardBlockStepsBackFromItsStartInDoseLoadAndVariant() {
    // rotate: open-book, thread-needle from week 3; windmill: 8-12 reps then a heavier bell;
    // bell: one bell heavier every week
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(
                    ROTATE,
                    PlanFixtures.named("windmill", "half-kneeling-windmill", 8),
                    PlanFixtures.named("bell", "kb-windmill", 8)),
                new WeekRule.UseHarder(3, 0, "rotate", HERE),
                new WeekRule.DoubleProgression(1, 0, "windmill", 8, 12, 2, HERE),
                new WeekRule.LoadStep(2, 0, "bell", 1, HERE)));
    Client c = intermediate(PlanFixtures.kettlebells(8.0, 12.0, 16.0, 20.0, 24.0, 28.0));
    Program jan = plan(pl, c, YearMonth.of(2027, 1), Optional.empty());
    assertThat(item(jan, 1, "rotate").exercise().id()).isEqualTo("thread-needle");
    assertThat(item(jan, 1, "windmill").dose().amount()).isEqualTo(8);
    assertThat(item(jan, 1, "windmill").load().label()).isEqualTo("12 kg");
    assertThat(item(jan, 1, "bell").load().label()).isEqualTo("20 kg");

    Program feb = plan(pl, c, YearMonth.of(2027, 2), Optional.of(allDone(jan, 9)));
    assertThat(messages(feb).get(0)).contains("regressed one step from the last block's start");
    assertThat(item(feb, 1, "rotate").exercise().id()).isEqualTo("open-book");
    // the last block started windmill at the bottom of its range: the step before that is the
    // lighter bell at the top of the range, as the double progression climbed to 8 reps with 12 kg
    assertThat(item(feb, 1, "windmill").dose().amount()).isEqualTo(12);
    assertThat(item(feb, 1, "windmill").load().label()).isEqualTo("8 kg");
    assertThat(item(feb, 1, "bell").load().label()).isEqualTo("16 kg");
    assertThat(List.of(feb.decided().easedForEffort(), feb.decided().held())).containsExactly(3, 0);
  }

  /** A slot no rule moves, and a bell that a load step moves from week 2. */
  private static final Planner ROTATE_AND_BELL =
      PlanFixtures.planner(
          PlanFixtures.oneOff(
              4,
              List.of(ROTATE, PlanFixtures.named("bell", "kb-windmill", 8)),
              new WeekRule.LoadStep(2, 0, "bell", 1, HERE)));

  /**
   * Found playing a head coach's second month: a client at RPE 9 on the lightest bell they own, and
   * on drills no rule moves, got the last block again as it started, under a note that said it
   * "regressed one step". Nothing had stepped back, and the counts said so (held, not eased). The
   * note now says that the log called for a step back no slot could take, and what the trainer can
   * do instead.
   */
  @Test
  void aHardBlockWithNoStepToGoBackSaysSoInsteadOfRegressed() {
    Planner pl = ROTATE_AND_BELL;
    Client c = intermediate(PlanFixtures.kettlebells(8.0, 12.0));
    Program dec = plan(pl, c);
    Program jan = plan(pl, c, YearMonth.of(2027, 1), Optional.of(allDone(dec, 9)));
    assertThat(item(jan, 1, "bell").load().label()).isEqualTo("8 kg");
    for (int w = 0; w < 4; w++) {
      assertThat(jan.weeks().get(w).phases()).as("week %d", w + 1).isEqualTo(dec.weeks().get(w).phases());
    }
    assertThat(List.of(jan.decided().easedForEffort(), jan.decided().held())).containsExactly(0, 2);
    assertThat(messages(jan).get(0))
        .doesNotContain("regressed")
        .contains("the log calls for one step back from the last block's start (")
        .contains("average RPE 9.0), but no slot has a step to go back")
        .contains("the block starts again where the last one started")
        .contains("fewer sessions a week");
  }

  /**
   * Found in review: a client who trains with no equipment at all was told after a hard block that
   * no slot could go back "on the lightest load the client owns, at the start of its rule, or with no
   * rule to step back": the note now gives only what holds each slot there.
   */
  @Test
  void aHardBlockWithoutLoadsSaysWhatHoldsItsSlotsNotTheLightestLoad() {
    Planner pl = PlanFixtures.planner(
        PlanFixtures.oneOff(4,
            List.of(ROTATE, PlanFixtures.slot("reach", "strength", "t-spine; rotation", "side-lying-reach", 8,
                DoseUnit.REPS, true, "", false)),
            new WeekRule.DoubleProgression(1, 0, "reach", 8, 12, 2, HERE)));
    Client c = intermediate(Kit.NONE);
    Program dec = plan(pl, c);
    Program jan = plan(pl, c, YearMonth.of(2027, 1), Optional.of(allDone(dec, 9)));
    assertThat(messages(jan).get(0))
        .contains("but no slot has a step to go back (no rule of the template, or a drill that takes no load), so")
        .doesNotContain("lightest load");
  }

  /** Where some slots go back a step and others have none, the note names those that went back. */
  @Test
  void aHardBlockNamesTheSlotsThatWentBack() {
    Planner pl = ROTATE_AND_BELL;
    Client c = intermediate(PlanFixtures.kettlebells(8.0, 12.0));
    Program jan = plan(pl, c, YearMonth.of(2027, 1), Optional.empty());
    assertThat(item(jan, 1, "bell").load().label()).isEqualTo("12 kg");
    Program feb = plan(pl, c, YearMonth.of(2027, 2), Optional.of(allDone(jan, 9)));
    assertThat(item(feb, 1, "bell").load().label()).isEqualTo("8 kg");
    assertThat(List.of(feb.decided().easedForEffort(), feb.decided().held())).containsExactly(1, 1);
    assertThat(messages(feb).get(0))
        .contains("regressed one step from the last block's start in 1 slot (bell) because")
        .contains("; rotate has no step to go back (")
        .endsWith("and starts where the last block started");
  }

  /**
   * Found playing a trainer's third month: a double progression that started the last block at the
   * bottom of its range (8 of 8-12 reps with 20 kg) did not step back at all after a block at RPE
   * 9, though the report counted the drill as eased back (see the test above for the step back to
   * the lighter bell). On the lightest bell the slot stays, and is counted as held, as a slot with
   * no rule is, not as eased back.
   */
  /**
   * Found in review: an advanced client starts every slot on the second load step, even one whose
   * drill takes no load (a bodyweight raise). After a block at RPE 9 its double progression at the
   * bottom of the range "stepped back" to a lighter load that does not exist at the top of the
   * range: 12 reps where the hard block started at 8, a harder block for a client who found the
   * last one too hard, counted as eased back. With no load to go lighter, the slot is held.
   */
  @Test
  void aHardBlockDoesNotRaiseTheRepsOfABodyweightDoubleProgression() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(PlanFixtures.named("raise", "prone-y-raise", 8), ROTATE),
                new WeekRule.DoubleProgression(1, 0, "raise", 8, 12, 2, HERE)));
    Client advanced = PlanFixtures.onOneOff(Level.ADVANCED, Kit.NONE, Units.KG);
    Program first = plan(pl, advanced);
    assertThat(item(first, 1, "raise").dose().amount()).isEqualTo(8);
    assertThat(item(first, 1, "raise").load()).isNull();
    Program next = plan(pl, advanced, YearMonth.of(2027, 1), Optional.of(allDone(first, 9)));
    assertThat(item(next, 1, "raise").dose().amount()).isEqualTo(8);
    assertThat(item(next, 1, "raise").load()).isNull();
    assertThat(List.of(next.decided().easedForEffort(), next.decided().held())).containsExactly(0, 2);
  }

  @Test
  void aDoubleProgressionAtTheBottomOfItsLightestLoadIsHeldNotCountedAsEasedBack() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(PlanFixtures.named("windmill", "half-kneeling-windmill", 6), ROTATE),
                new WeekRule.DoubleProgression(1, 0, "windmill", 6, 12, 4, HERE)));
    Client one = intermediate(PlanFixtures.kettlebells(8.0));
    Program first = plan(pl, one);
    assertThat(item(first, 1, "windmill").load().label()).isEqualTo("8 kg");
    Program next = plan(pl, one, YearMonth.of(2027, 1), Optional.of(allDone(first, 9)));
    assertThat(item(next, 1, "windmill").dose().amount()).isEqualTo(6);
    assertThat(item(next, 1, "windmill").load().label()).isEqualTo("8 kg");
    assertThat(List.of(next.decided().easedForEffort(), next.decided().held())).containsExactly(0, 2);
  }

  @Test
  void aWellDoneBlockWhoseEverySlotStepsSaysSoPlainly() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(4, List.of(ROTATE), new WeekRule.AddDose(2, 0, "rotate", 2, 0, HERE)));
    Client c = intermediate(Kit.NONE);
    Program dec = plan(pl, c);
    Program jan = plan(pl, c, YearMonth.of(2027, 1), Optional.of(allDone(dec, 6)));
    assertThat(messages(jan))
        .containsExactly(
            "One-off Intermediate (o-Intermediate): log read from log.xlsx: progressed one extra"
                + " step because 24 of 24 rounds were done (100%), logged amounts 100% of the"
                + " targets, average RPE 6.0");
    assertThat(byWeek(jan, "rotate", x -> x.dose().amount())).containsExactly(18, 20, 22, 24);
  }

  /**
   * A role slot with level variants gives a beginner the drill one step easier; a drill with no
   * easier variant stays itself. A "use harder" rule must then move the beginner to its harder
   * variant, as it does for an intermediate, when the beginner may do it. Found by mutation
   * testing: the rule's +1 only cancelled the -1 that had no effect, so the beginner stayed, and
   * the note said "no easier variant", about a step to a harder one.
   */
  @Test
  void useHarderMovesABeginnerWhoseDrillHasNoEasierVariant() {
    Map<String, Exercise> drills = new LinkedHashMap<>();
    drills.put("reach", PlanFixtures.ex("reach", "mobility", "t-spine; rotation", "",
        Level.BEGINNER, DoseUnit.REPS, true, "", "", "reach-far"));
    drills.put("reach-far", PlanFixtures.ex("reach-far", "strength", "t-spine; rotation", "",
        Level.BEGINNER, DoseUnit.REPS, true, "", "reach", ""));
    Template t =
        PlanFixtures.oneOff(
            4,
            List.of(PlanFixtures.slot("rotate", "mobility", "t-spine; rotation", null, 10,
                DoseUnit.REPS, true, "", true)),
            new WeekRule.UseHarder(3, 0, "rotate", PlanFixtures.HERE));
    Planner pl = new Planner(new Library(drills, null), new Catalog(Map.of(t.id(), t), Map.of()));
    for (Level level : List.of(Level.INTERMEDIATE, Level.BEGINNER)) {
      Client c = PlanFixtures.onOneOff(level, Kit.NONE, Units.KG);
      Program p = pl.plan(c, null, Optional.empty(), new Diagnostics()).orElseThrow();
      assertThat(p.weeks())
          .as(level.label())
          .extracting(w -> w.circuit().get(0).exercise().id())
          .containsExactly("reach", "reach", "reach-far", "reach-far");
      assertThat(p.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("easier"));
    }
  }

  /**
   * Found in review of the fix above: a beginner on the easier variant of a drill whose easier
   * drill does not link back to it as harder (19 such one-way links in the sample library) must
   * still come back to the drill on a "use harder" rule.
   */
  @Test
  void useHarderBringsABeginnerBackFromAnEasierVariantThatDoesNotLinkBack() {
    Map<String, Exercise> drills = new LinkedHashMap<>();
    drills.put("base", PlanFixtures.ex("base", "mobility", "t-spine; rotation", "",
        Level.BEGINNER, DoseUnit.REPS, true, "", "easy", ""));
    drills.put("easy", PlanFixtures.ex("easy", "mobility", "t-spine; rotation", "",
        Level.BEGINNER, DoseUnit.REPS, true, "", "", ""));
    Template t = PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("rotate", "mobility", "t-spine; rotation", null, 10, DoseUnit.REPS, true, "", true)),
        new WeekRule.UseHarder(3, 0, "rotate", PlanFixtures.HERE));
    Planner pl = new Planner(new Library(drills, null), new Catalog(Map.of(t.id(), t), Map.of()));
    Program p = pl.plan(PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG), null, Optional.empty(),
        new Diagnostics()).orElseThrow();
    assertThat(p.weeks()).extracting(w -> w.circuit().get(0).exercise().id())
        .containsExactly("easy", "easy", "base", "base");
    assertThat(p.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("variant of"));
  }
}
