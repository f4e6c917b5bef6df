package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.junit.jupiter.api.Test;

/**
 * The thresholds of {@link LogDecision} at their exact values: a block of 30 rounds (5 weeks, 2
 * sessions, 3 rounds) of two drills of 10 reps each, so that 18 rounds are exactly 60% and 27
 * exactly 90%, and logged amounts of 6 or 9 exactly 60% or 90% of the targets.
 */
class LogThresholdsTest {
  private final Planner planner =
      PlanFixtures.planner(
          PlanFixtures.oneOff(
              5,
              List.of(
                  PlanFixtures.named("rotate", "open-book", 10),
                  PlanFixtures.named("reach", "side-lying-reach", 10))));
  private final Program block =
      planner
          .plan(
              PlanFixtures.onOneOff(Level.INTERMEDIATE, Kit.NONE, Units.KG),
              null,
              Optional.empty(),
              new Diagnostics())
          .orElseThrow();

  /** One entry per drill and round: the first {@code done} rounds of the block done. */
  private interface Entry {
    LogEntry of(Week w, int session, int round, Prescription p, boolean done);
  }

  private BlockLog log(int done, Entry entry) {
    return log(block, done, entry);
  }

  private static BlockLog log(Program block, int done, Entry entry) {
    List<LogEntry> entries = new ArrayList<>();
    int n = 0;
    for (Week w : block.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++, n++) {
          for (Prescription p : w.circuit()) entries.add(entry.of(w, s, r, p, n < done));
        }
      }
    }
    return new BlockLog(block.client().id(), block.block(), "log.xlsx", entries);
  }

  /** {@code done} rounds ticked with {@code amount} reps each, at {@code rpe}. */
  private BlockLog log(int done, double amount, Integer rpe) {
    return log(done, (w, s, r, p, did) -> entry(w, s, r, p, did ? amount : null, did, did ? rpe : null));
  }

  private static LogEntry entry(
      Week w, int s, int r, Prescription p, Double amount, Boolean done, Integer rpe) {
    return entry(w, s, r, p, amount, null, done, rpe);
  }

  private static LogEntry entry(
      Week w, int s, int r, Prescription p, Double amount, Double load, Boolean done, Integer rpe) {
    return new LogEntry(
        w.number(), s, r, p.exercise().id(), w.sessionDates().get(s - 1), amount, load, done, rpe,
        "", Location.ofCell("log.xlsx", "Week " + w.number(), r + 1, 5, "done"));
  }

  private LogDecision decide(BlockLog log) {
    return LogDecision.decide(Optional.of(log), block);
  }

  @Test
  void theBlockHasThirtyRoundsOfTwoDrillsOfTenReps() {
    assertThat(block.weeks()).hasSize(5);
    assertThat(block.weeks()).allSatisfy(w -> {
      assertThat(w.sessions() * w.rounds()).isEqualTo(6);
      assertThat(w.circuit()).extracting(p -> p.dose().amount()).containsExactly(10, 10);
    });
  }

  @Test
  void exactlySixtyPercentOfTheRoundsIsNotAMissedBlock() {
    LogDecision d = decide(log(18, 10, 8));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.DEFAULT);
    assertThat(d.reason()).contains("18 of 30 rounds were done (60%)");
    assertThat(decide(log(17, 10, 8)).kind()).isEqualTo(LogDecision.Kind.REPEAT);
  }

  @Test
  void oneRoundDoneIsSaidInTheSingular() {
    assertThat(decide(log(1, 10, 8)).reason()).contains("1 of 30 rounds was done (3%)");
    assertThat(decide(log(2, 10, 8)).reason()).contains("2 of 30 rounds were done (7%)");
  }

  @Test
  void amountsOfExactlySixtyPercentOfTheTargetsAreNotMissed() {
    LogDecision d = decide(log(30, 6, 8));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.DEFAULT);
    assertThat(d.reason()).contains("logged amounts 60% of the targets");
    assertThat(d.share("open-book")).contains(0.6);
    assertThat(decide(log(30, 5, 8)).kind()).isEqualTo(LogDecision.Kind.REPEAT);
  }

  @Test
  void exactlyNinetyPercentOfTheRoundsAtRpeSevenProgresses() {
    LogDecision d = decide(log(27, 10, 7));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(d.reason())
        .isEqualTo(
            "log read from log.xlsx: " + LogDecision.PROGRESSED + "27 of 30 rounds were done (90%),"
                + " logged amounts 100% of the targets, average RPE 7.0");
    assertThat(decide(log(26, 10, 7)).kind()).isEqualTo(LogDecision.Kind.DEFAULT);
    assertThat(decide(log(30, 10, 8)).kind()).isEqualTo(LogDecision.Kind.DEFAULT);
  }

  @Test
  void amountsOfExactlyNinetyPercentOfTheTargetsProgress() {
    assertThat(decide(log(30, 9, 6)).kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(decide(log(30, 8, 6)).kind()).isEqualTo(LogDecision.Kind.DEFAULT);
  }

  @Test
  void roundsTickedWithoutAmountsProgressOnTheRoundsAndEffortAlone() {
    LogDecision d = decide(log(30, (w, s, r, p, did) -> entry(w, s, r, p, null, true, 6)));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(d.reason()).doesNotContain("logged amounts");
    assertThat(d.share("open-book")).isEmpty();
  }

  @Test
  void anAmountLoggedWithoutATickCountsTheDrillAsDoneButZeroDoesNot() {
    LogDecision amounts = decide(log(30, (w, s, r, p, did) -> entry(w, s, r, p, 10.0, null, 6)));
    assertThat(amounts.kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(amounts.reason()).contains("30 of 30 rounds were done (100%)");
    LogDecision zeros =
        decide(log(30, (w, s, r, p, did) -> entry(w, s, r, p, 0.0, null, 6)));
    assertThat(zeros.kind()).isEqualTo(LogDecision.Kind.REPEAT);
    assertThat(zeros.reason()).contains("0 of 30 rounds were done (0%)");
  }

  @Test
  void aRoundWithAsManyDrillsSkippedAsDoneIsNotDone() {
    LogDecision d =
        decide(
            log(
                30,
                (w, s, r, p, did) ->
                    p.exercise().id().equals("open-book")
                        ? entry(w, s, r, p, 10.0, true, 6)
                        : entry(w, s, r, p, null, false, null)));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.REPEAT);
    assertThat(d.reason()).contains("0 of 30 rounds were done (0%)");
  }

  /**
   * Every round ticked done at RPE 6 without amounts, except the first {@code no} rounds of
   * open-book, marked not done.
   */
  private BlockLog tickedWithOpenBookSkipped(int no) {
    int[] seen = {0};
    return log(30, (w, s, r, p, did) -> p.exercise().id().equals("open-book") && seen[0]++ < no
        ? entry(w, s, r, p, null, false, null)
        : entry(w, s, r, p, null, true, 6));
  }

  @Test
  void oneRoundMarkedNotDoneAmongRoundsTickedWithoutAmountsIsOneRoundShort() {
    LogDecision d = decide(tickedWithOpenBookSkipped(1));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(d.share("open-book")).hasValueSatisfying(x -> assertThat(x).isCloseTo(29 / 30.0, within(1e-9)));
    assertThat(d.share("side-lying-reach")).as("only ever ticked: nothing measured it").isEmpty();
    assertThat(d.reason()).as("no amount was typed").doesNotContain("logged amounts");
  }

  @Test
  void roundsMarkedNotDoneCountAgainstAllTheRoundsLoggedForTheDrill() {
    assertThat(decide(tickedWithOpenBookSkipped(3)).share("open-book")).contains(0.9);
    assertThat(decide(tickedWithOpenBookSkipped(3)).kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(decide(tickedWithOpenBookSkipped(4)).share("open-book"))
        .hasValueSatisfying(x -> assertThat(x).isCloseTo(26 / 30.0, within(1e-9)));
  }

  @Test
  void blankRoundsAreNotLoggedAndCountTowardNoDrillsShare() {
    // the first 15 rounds logged (ticked, open-book marked not done once), the other 15 left blank
    int[] seen = {0};
    LogDecision d = decide(log(15, (w, s, r, p, did) -> !did
        ? entry(w, s, r, p, null, null, null)
        : p.exercise().id().equals("open-book") && seen[0]++ == 0
            ? entry(w, s, r, p, null, false, null)
            : entry(w, s, r, p, null, true, 6)));
    assertThat(d.reason()).as("the round with the drill marked not done has one drill done, one not").contains("14 of 30 rounds were done (47%)");
    assertThat(d.share("open-book")).hasValueSatisfying(x -> assertThat(x).isCloseTo(14 / 15.0, within(1e-9)));
  }

  @Test
  void aTickWithoutAnAmountCountsAsOnTargetBesideRowsWithAmounts() {
    // one round of open-book logged as 5 of 10 reps, every other drill and round only ticked
    int[] seen = {0};
    LogDecision d = decide(log(30, (w, s, r, p, did) ->
        entry(w, s, r, p, p.exercise().id().equals("open-book") && seen[0]++ == 0 ? 5.0 : null, true, 6)));
    assertThat(d.kind()).isEqualTo(LogDecision.Kind.PROGRESS);
    assertThat(d.reason()).contains("logged amounts 99% of the targets");
    assertThat(d.share("open-book")).hasValueSatisfying(x -> assertThat(x).isCloseTo(295 / 300.0, within(1e-9)));
    assertThat(d.share("side-lying-reach")).isEmpty();
  }

  /** The next block, planned with a log of this one: every round done at {@code rpe}. */
  private Program next(java.util.function.ToDoubleFunction<Prescription> amount, int rpe) {
    return planner
        .plan(
            block.client(),
            java.time.YearMonth.of(2027, 2),
            Optional.of(log(30, (w, s, r, p, did) -> entry(w, s, r, p, amount.applyAsDouble(p), true, rpe))),
            new Diagnostics())
        .orElseThrow();
  }

  private static List<String> messages(Program p) {
    return p.notes().stream().map(n -> n.message()).toList();
  }

  private static final String WHO = "One-off Intermediate (o-Intermediate): ";

  @Test
  void aDrillAtExactlySixtyPercentOfItsTargetsIsNotRepeatedOnItsOwn() {
    Program at60 = next(p -> p.exercise().id().equals("open-book") ? 6 : 10, 8);
    assertThat(messages(at60)).noneMatch(m -> m.contains("slot rotate"));
    Program at50 = next(p -> p.exercise().id().equals("open-book") ? 5 : 10, 8);
    assertThat(messages(at50))
        .contains(WHO + "slot rotate: repeats the last block's start because the log shows 50% of its targets");
  }

  @Test
  void aDrillAtExactlyNinetyPercentOfItsTargetsTakesTheExtraStep() {
    Program at90 = next(p -> p.exercise().id().equals("open-book") ? 9 : 10, 6);
    assertThat(messages(at90))
        .containsExactly(
            WHO + "log read from log.xlsx: the log earns one extra step (30 of 30 rounds were done"
                + " (100%), logged amounts 95% of the targets, average RPE 6.0), but no slot could"
                + " take it: the template progresses none of its slots; the block goes on as the"
                + " template plans");
    Program at80 = next(p -> p.exercise().id().equals("open-book") ? 8 : 10, 6);
    assertThat(messages(at80))
        .containsExactly(
            WHO + "log read from log.xlsx: the log earns one extra step (30 of 30 rounds were done"
                + " (100%), logged amounts 90% of the targets, average RPE 6.0), but no slot could"
                + " take it: 1 slot is held back by its own log (below)",
            WHO + "slot rotate: no extra step, the log shows 80% of its targets");
  }

  /** One kettlebell drill, 10 reps, on the client's only bell of 10 kg; no progression. */
  private final Planner bellPlanner =
      PlanFixtures.planner(
          PlanFixtures.oneOff(5, List.of(PlanFixtures.named("bell", "half-kneeling-windmill", 10))));

  private Program bellNext(double amount, double load) {
    org.circuitpress.model.Client c =
        PlanFixtures.onOneOff(Level.INTERMEDIATE, PlanFixtures.kettlebells(10.0), Units.KG);
    Program dec = bellPlanner.plan(c, null, Optional.empty(), new Diagnostics()).orElseThrow();
    assertThat(dec.weeks().get(0).circuit().get(0).load().label()).isEqualTo("10 kg");
    BlockLog log = log(dec, 30, (w, s, r, p, did) -> entry(w, s, r, p, amount, load, true, 8));
    return bellPlanner
        .plan(c, java.time.YearMonth.of(2027, 2), Optional.of(log), new Diagnostics())
        .orElseThrow();
  }

  @Test
  void aLighterLoadThanPrintedOnTheLightestBellSaysNoHeavierLoad() {
    assertThat(messages(bellNext(10, 8)))
        .contains(WHO + "slot bell: no heavier load, because the log shows 80% of its prescribed loads");
  }

  @Test
  void loadsAndAmountsEquallyShortAreJudgedByTheAmounts() {
    // a DEFAULT block: amounts short of the targets carry the slot on; only loads lower than the
    // amounts hold the load back
    Program p = bellNext(8, 8);
    assertThat(messages(p).get(0)).contains("the block goes on as the template plans: 30 of 30 rounds");
    assertThat(messages(p)).noneMatch(m -> m.contains("slot bell"));
  }

  @Test
  void aLogOfTheFirstBlockHasNothingToCompareWithAndIsIgnored() {
    Program first =
        planner
            .plan(block.client(), null, Optional.of(log(30, 10, 6)), new Diagnostics())
            .orElseThrow();
    assertThat(first.weeks()).isEqualTo(block.weeks());
    assertThat(messages(first))
        .containsExactly(
            WHO + "log read from log.xlsx: there is no earlier block to compare it with; ignored");
  }
}
