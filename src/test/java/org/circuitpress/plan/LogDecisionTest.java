package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/** How the last block's log changes the next block (issue 5 point 4). */
class LogDecisionTest {
  private final Planner planner = new Planner(PlanFixtures.library(), PlanFixtures.catalog());
  private final Client client =
      PlanFixtures.client("c1", Level.INTERMEDIATE, PlanFixtures.fullKit(Units.KG), "", "");
  private final Program december =
      planner
          .plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics())
          .orElseThrow();

  /** A log of the December block: {@code share} of each week's rounds done, at {@code rpe}. */
  private BlockLog log(Program p, double share, Integer rpe, double amountShare) {
    return log(p, share, rpe, id -> amountShare);
  }

  private BlockLog log(
      Program p,
      double share,
      Integer rpe,
      java.util.function.ToDoubleFunction<String> amountShare) {
    List<LogEntry> entries = new ArrayList<>();
    for (Week w : p.weeks()) {
      int rounds = w.sessions() * w.rounds();
      int done = (int) Math.round(rounds * share);
      int n = 0;
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++, n++) {
          boolean did = n < done;
          for (Prescription pr : w.circuit()) {
            entries.add(
                new LogEntry(
                    w.number(),
                    s,
                    r,
                    pr.exercise().id(),
                    w.sessionDates().get(s - 1),
                    did
                        ? Math.floor(
                            pr.dose().amount() * amountShare.applyAsDouble(pr.exercise().id()))
                        : null,
                    null,
                    did,
                    did ? rpe : null,
                    "",
                    Location.ofCell("log.xlsx", "Week " + w.number(), n + 2, 5, "done")));
          }
        }
      }
    }
    return new BlockLog(p.client().id(), p.block(), "output/2026-12/c1/log.xlsx", entries);
  }

  private Program january(Optional<BlockLog> log) {
    return planner.plan(client, YearMonth.of(2027, 1), log, new Diagnostics()).orElseThrow();
  }

  private static Prescription first(Program p, String slot) {
    return p.weeks().get(0).circuit().stream()
        .filter(x -> x.slot().id().equals(slot))
        .findFirst()
        .orElseThrow();
  }

  private static void hasNote(Program p, String message) {
    assertThat(p.notes()).anySatisfy(n -> assertThat(n.message()).isEqualTo(message));
  }

  /** The entry with its drill marked not done and nothing else logged. */
  private static LogEntry skipped(LogEntry e) {
    return new LogEntry(
        e.week(), e.session(), e.round(), e.exerciseId(), e.date(), null, null, false, null, "",
        e.where());
  }

  private static String decisionNote(Program p) {
    return p.notes().stream()
        .map(n -> n.message())
        .filter(m -> m.contains("log read from"))
        .findFirst()
        .orElse("");
  }

  @Test
  void noLogGivesThePlannedContinuation() {
    Program p = january(Optional.empty());
    assertThat(first(p, "windmill").load().label()).isEqualTo("12 kg");
    assertThat(first(p, "extend").dose().amount()).isEqualTo(15);
    assertThat(decisionNote(p)).isEmpty();
  }

  @Test
  void allDoneAtAComfortableEffortProgresses() {
    Program p = january(Optional.of(log(december, 1.0, 6, 1.0)));
    assertThat(first(p, "windmill").load().label()).isEqualTo("16 kg");
    assertThat(decisionNote(p))
        .isEqualTo(
            "Client c1 (c1): log read from output/2026-12/c1/log.xlsx: progressed one extra step"
                + " in 1 slot (windmill) because 30 of 30 rounds were done (100%), logged amounts"
                + " 100% of the targets, average RPE 6.0");
    hasNote(p, "Client c1 (c1): slot extend: " + Planner.AT_TOP
        + ": at the cap of 15 of the add rule (plan-fixture)");
  }

  @Test
  void clearlyMissedRepeatsTheLastBlock() {
    Program p = january(Optional.of(log(december, 0.4, 7, 1.0)));
    assertThat(first(p, "windmill").load().label()).isEqualTo("8 kg");
    assertThat(first(p, "extend").dose().amount()).isEqualTo(12);
    assertThat(decisionNote(p))
        .contains("repeating the last block because 12 of 30 rounds were done (40%)");
  }

  @Test
  void amountsFarUnderTheTargetsRepeatToo() {
    Program p = january(Optional.of(log(december, 1.0, 6, 0.5)));
    assertThat(decisionNote(p))
        .contains("repeating the last block because")
        .contains("logged amounts 49% of the targets");
  }

  @Test
  void veryHardEffortRegresses() {
    Program p = january(Optional.of(log(december, 1.0, 9, 1.0)));
    assertThat(first(p, "extend").dose().amount()).isEqualTo(11);
    assertThat(first(p, "windmill").load().label()).isEqualTo("8 kg");
    assertThat(decisionNote(p))
        .contains("regressed one step from the last block's start in 1 slot (extend) because")
        .contains("average RPE 9.0");
  }

  @Test
  void anEmptyLogOrTheWrongBlockGivesTheDefault() {
    BlockLog empty = new BlockLog("c1", 1, "log.xlsx", List.of());
    assertThat(decisionNote(january(Optional.of(empty))))
        .endsWith("log read from log.xlsx: nothing was filled in, so the block goes on as the template plans");
    BlockLog wrong = new BlockLog("c1", 3, "old.xlsx", log(december, 1.0, 6, 1.0).entries());
    Program p = january(Optional.of(wrong));
    assertThat(decisionNote(p))
        .contains("it is the log of block 3, not of the last block (1); ignored");
    assertThat(first(p, "windmill").load().label()).isEqualTo("12 kg");
  }

  @Test
  void doneWithoutRpeContinuesAsPlanned() {
    Program p = january(Optional.of(log(december, 1.0, null, 1.0)));
    assertThat(decisionNote(p))
        .contains("the block goes on as the template plans: 30 of 30 rounds were done (100%)")
        .endsWith("; no RPE was logged");
  }

  /**
   * Found walking through the README as a trainer: a log at an easy RPE that did not progress said
   * only "the block goes on as the template plans: 25 of 30 rounds were done (83%), average RPE
   * 6.0", and not what fell short of a step further.
   */
  @Test
  void aLogThatEarnsNoStepFurtherSaysWhatFellShort() {
    assertThat(decisionNote(january(Optional.of(log(december, 0.8, 6, 1.0)))))
        .contains("the block goes on as the template plans: 24 of 30 rounds were done (80%)")
        .endsWith("; one step further takes 90% of the rounds done");
    assertThat(decisionNote(january(Optional.of(log(december, 1.0, 8, 1.0)))))
        .endsWith("average RPE 8.0; one step further takes an average RPE of 7 or less");
    assertThat(decisionNote(january(Optional.of(log(december, 1.0, 6, 0.8)))))
        .endsWith("; one step further takes logged amounts of 90% of the targets or more");
  }

  /**
   * Found in review: a share or an effort just short of a step further was shown rounded to the
   * rule it missed ("average RPE 7.0; one step further takes an average RPE of 7 or less", "90%
   * of the targets; one step further takes logged amounts of 90% of the targets"), which reads as
   * if the rule were met. The closer figure is now said.
   */
  @Test
  void aLogJustShortOfAStepFurtherSaysByHowMuch() {
    BlockLog easy = log(december, 1.0, 7, 1.0);
    List<LogEntry> harder = new ArrayList<>(easy.entries());
    LogEntry e = harder.get(0);
    harder.set(0, new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), e.amount(), e.load(),
        e.loadGrade(), e.done(), 8, e.where(), e.noted()));
    assertThat(decisionNote(january(Optional.of(new BlockLog(easy.clientId(), easy.block(), easy.source(), harder)))))
        .contains("average RPE 7.0; one step further takes an average RPE of 7 or less, and 7.01 is just over it");

    // amounts of just under 90% of the targets: some rows logged as 0
    BlockLog all = log(december, 1.0, 6, 1.0);
    double target = all.entries().stream().mapToDouble(LogEntry::amount).sum();
    double removed = 0;
    List<LogEntry> fewer = new ArrayList<>();
    for (LogEntry x : all.entries()) {
      boolean cut = removed < 0.101 * target && removed + x.amount() < 0.104 * target;
      if (cut) removed += x.amount();
      fewer.add(!cut ? x : new LogEntry(x.week(), x.session(), x.round(), x.exerciseId(), x.date(), 0.0, x.load(),
          x.loadGrade(), x.done(), x.rpe(), x.where(), x.noted()));
    }
    assertThat(removed / target).isBetween(0.1005, 0.105);
    assertThat(decisionNote(january(Optional.of(new BlockLog(all.clientId(), all.block(), all.source(), fewer)))))
        .contains("logged amounts 90% of the targets")
        .containsPattern("one step further takes logged amounts of 90% of the targets or more, and 89\\.[5-9]% is"
            + " just under it$");
  }

  /**
   * Found in review: the closer figure was cut down or rounded up, not to the nearest, so a share
   * of 89.58% was said to be 89.5% (docs/templates.md gives 43 of 48 rounds as 89.6%), and an
   * average RPE of 7.013 was said to be 7.02. It is now the nearest figure, and never the rule's
   * own (90.0, 7.00).
   */
  @Test
  void aLogJustShortOfAStepFurtherIsGivenTheNearestFigure() {
    // amounts of 89.58% of the targets: rows logged as 0, and one row short by what is left over
    BlockLog all = log(december, 1.0, 6, 1.0);
    double target = all.entries().stream().mapToDouble(LogEntry::amount).sum();
    double toRemove = (1 - 0.8958) * target;
    List<LogEntry> fewer = new ArrayList<>();
    for (LogEntry x : all.entries()) {
      double cut = Math.min(x.amount(), toRemove);
      toRemove -= cut;
      fewer.add(new LogEntry(x.week(), x.session(), x.round(), x.exerciseId(), x.date(), x.amount() - cut, x.load(),
          x.loadGrade(), x.done(), x.rpe(), x.where(), x.noted()));
    }
    assertThat(decisionNote(january(Optional.of(new BlockLog(all.clientId(), all.block(), all.source(), fewer)))))
        .contains("logged amounts 90% of the targets")
        .endsWith("one step further takes logged amounts of 90% of the targets or more, and 89.6% is just under it");

    // an average RPE a little over 7.01: some rows at 8, the rest at 7
    BlockLog easy = log(december, 1.0, 7, 1.0);
    int n = (int) easy.entries().stream().filter(e -> e.rpe() != null).count();
    int k = 1;
    while (k * 100.0 / n % 1 == 0 || k * 100.0 / n % 1 >= 0.5) k++;
    java.math.BigDecimal avg = java.math.BigDecimal.valueOf(7L * n + k)
        .divide(java.math.BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_UP);
    assertThat(avg).isLessThan(new java.math.BigDecimal("7.05"));
    List<LogEntry> harder = new ArrayList<>();
    int raised = 0;
    for (LogEntry e : easy.entries()) {
      boolean raise = e.rpe() != null && raised < k;
      if (raise) raised++;
      harder.add(!raise ? e : new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), e.amount(),
          e.load(), e.loadGrade(), e.done(), 8, e.where(), e.noted()));
    }
    assertThat(decisionNote(january(Optional.of(new BlockLog(easy.clientId(), easy.block(), easy.source(), harder)))))
        .endsWith("average RPE 7.0; one step further takes an average RPE of 7 or less, and " + avg.toPlainString()
            + " is just over it");
  }

  @Test
  void aPrintedLastBlockIsContinuedFromAsPrinted() {
    Program repeated = january(Optional.of(log(december, 0.4, 7, 1.0)));
    assertThat(
            repeated.weeks().get(3).circuit().stream()
                .filter(x -> x.slot().id().equals("windmill"))
                .findFirst()
                .orElseThrow()
                .load()
                .label())
        .isEqualTo("12 kg");
    Program feb =
        planner
            .plan(client, YearMonth.of(2027, 2), Optional.empty(), repeated, new Diagnostics())
            .orElseThrow();
    Program febRecomputed =
        planner
            .plan(client, YearMonth.of(2027, 2), Optional.empty(), new Diagnostics())
            .orElseThrow();
    assertThat(first(feb, "windmill").load().label()).isEqualTo("12 kg");
    assertThat(first(febRecomputed, "windmill").load().label()).isEqualTo("16 kg");
  }

  @Test
  void oneDrillFarShortOfItsTargetsRepeatsOnItsOwn() {
    Program p =
        january(
            Optional.of(
                log(december, 1.0, 6, id -> id.equals("roll-tspine-extension") ? 0.4 : 1.0)));
    assertThat(decisionNote(p)).contains("progressed one extra step");
    assertThat(first(p, "extend").dose().amount()).isEqualTo(12);
    assertThat(first(p, "windmill").load().label()).isEqualTo("16 kg");
    hasNote(p, "Client c1 (c1): slot extend: repeats the last block's start because the"
        + " log shows 37% of its targets");
  }

  @Test
  void oneDrillSkippedEveryRoundRepeatsOnItsOwnAndTheRoundsStillCount() {
    List<LogEntry> entries =
        log(december, 1.0, 6, 1.0).entries().stream()
            .map(e -> e.exerciseId().equals("roll-tspine-extension") ? skipped(e) : e)
            .toList();
    Program p = january(Optional.of(new BlockLog("c1", 1, "log.xlsx", entries)));
    assertThat(decisionNote(p))
        .contains("progressed one extra step in 1 slot (windmill) because 30 of 30 rounds were"
            + " done (100%)");
    assertThat(first(p, "extend").dose().amount()).isEqualTo(12);
    assertThat(first(p, "windmill").load().label()).isEqualTo("16 kg");
    hasNote(p, "Client c1 (c1): slot extend: repeats the last block's start because the"
        + " log shows 0% of its targets");
  }

  /**
   * The December log with every row ticked done at RPE 6 and no amount typed, except the
   * windmill's first {@code no} rounds, marked not done.
   */
  private BlockLog tickedWithWindmillSkipped(int no) {
    List<LogEntry> entries = new ArrayList<>();
    int skippedSoFar = 0;
    for (LogEntry e : log(december, 1.0, 6, 1.0).entries()) {
      if (skippedSoFar < no && e.exerciseId().equals("kb-windmill")) {
        entries.add(skipped(e));
        skippedSoFar++;
      } else {
        entries.add(new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), null,
            null, true, 6, "", e.where()));
      }
    }
    return new BlockLog("c1", 1, "log.xlsx", entries);
  }

  @Test
  void oneRoundMarkedNotDoneAmongRoundsTickedWithoutAmountsDoesNotResetTheDrill() {
    Program p = january(Optional.of(tickedWithWindmillSkipped(1)));
    Program allTicked = january(Optional.of(tickedWithWindmillSkipped(0)));
    assertThat(decisionNote(p)).contains("progressed one extra step in 1 slot (windmill)");
    assertThat(first(p, "windmill")).isEqualTo(first(allTicked, "windmill"));
    assertThat(first(p, "windmill").load().label()).isEqualTo("16 kg");
    assertThat(p.notes()).noneMatch(n -> n.message().contains("slot windmill: repeats"))
        .noneMatch(n -> n.message().contains("slot windmill: no extra step"));
  }

  @Test
  void roundsMarkedNotDoneAmongTickedOnesAreJudgedAgainstAllTheDrillsRounds() {
    // 26 of the windmill's 30 rounds: no extra step, but no reset either
    Program some = january(Optional.of(tickedWithWindmillSkipped(4)));
    hasNote(some, "Client c1 (c1): slot windmill: no extra step, the log shows 87% of its targets");
    assertThat(first(some, "windmill").load().label())
        .isEqualTo(first(january(Optional.empty()), "windmill").load().label());
    // 17 of 30: under 60%, the drill starts where it started the last block
    Program many = january(Optional.of(tickedWithWindmillSkipped(13)));
    hasNote(many, "Client c1 (c1): slot windmill: repeats the last block's start because the log"
        + " shows 57% of its targets");
    assertThat(first(many, "windmill").load().label()).isEqualTo("8 kg");
  }

  @Test
  void aRoundWithMoreDrillsSkippedThanDoneIsNotDone() {
    List<LogEntry> entries =
        log(december, 1.0, 6, 1.0).entries().stream()
            .map(e -> e.exerciseId().equals("roll-tspine-extension") ? e : skipped(e))
            .toList();
    Program p = january(Optional.of(new BlockLog("c1", 1, "log.xlsx", entries)));
    assertThat(decisionNote(p)).contains("repeating the last block because 0 of 30 rounds were done (0%)");
  }

  /** The December log, all done at RPE 6, with the windmill's loads logged at {@code factor}. */
  private BlockLog windmillAt(double factor) {
    return loadsAt(december, factor);
  }

  /** The log of {@code p}, all done at RPE 6, every load logged at {@code factor} of the printed. */
  private BlockLog loadsAt(Program p, double factor) {
    List<LogEntry> entries = new ArrayList<>();
    for (LogEntry e : log(p, 1.0, 6, 1.0).entries()) {
      Prescription pr =
          p.weeks().get(e.week() - 1).circuit().stream()
              .filter(x -> x.exercise().id().equals(e.exerciseId()))
              .findFirst()
              .orElseThrow();
      Double load = pr.load() == null ? null : pr.load().amount() * factor;
      entries.add(
          new LogEntry(
              e.week(), e.session(), e.round(), e.exerciseId(), e.date(), e.amount(), load,
              e.done(), e.rpe(), e.notes(), e.where()));
    }
    return new BlockLog("c1", 1, "log.xlsx", entries);
  }

  @Test
  void loadsOfKitListedInTheOtherUnitAreNotJudged() {
    // an 8 kg bell prints as marked, "8 kg (18 lb)", for a client in lb, who logs loads in lb: not
    // weighed against the 8 of the bell (here logged as 7 lb)
    Client lb =
        new Client(client.id(), client.name(), client.program(), client.startDate(), client.level(),
            client.weeks(), client.sessionsPerWeek(), client.equipment(), client.limitations(),
            client.exclude(), Units.LB, client.paper(), client.notes(), client.email(), client.where());
    Program dec = planner.plan(lb, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    assertThat(first(dec, "windmill").load().label()).isEqualTo("8 kg (18 lb)");
    Program jan =
        planner.plan(lb, YearMonth.of(2027, 1), Optional.of(loadsAt(dec, 0.88)), new Diagnostics()).orElseThrow();
    assertThat(decisionNote(jan)).contains("progressed one extra step");
    assertThat(jan.notes()).noneMatch(n -> n.message().contains("prescribed loads"));
  }

  @Test
  void loadsLoggedAsPrescribedProgressTheLoad() {
    Program p = january(Optional.of(windmillAt(1.0)));
    assertThat(decisionNote(p)).contains("progressed one extra step");
    assertThat(first(p, "windmill").load().label()).isEqualTo("16 kg");
  }

  @Test
  void aMuchLighterLoadThanPrintedRepeatsTheSlotsStart() {
    Program p = january(Optional.of(windmillAt(0.4)));
    assertThat(decisionNote(p)).endsWith("but no slot could take it: 1 slot is at the top of what"
        + " the template progresses: extend at the cap of 15 of the add rule (plan-fixture); no rule"
        + " of the template progresses breathe, roll-lats, rotate, pulldown (pulldown takes a load and the"
        + " client owns heavier ones); 1 slot is held back by its own log (below). "
        + Planner.RAISE);
    assertThat(first(p, "windmill").load().label()).isEqualTo("8 kg");
    assertThat(first(p, "extend").dose().amount())
        .as("the other slots progress as in a block that went well")
        .isEqualTo(first(january(Optional.of(log(december, 1.0, 6, 1.0))), "extend").dose().amount());
    hasNote(p, "Client c1 (c1): slot windmill: repeats the last block's start because the"
        + " log shows 40% of its prescribed loads");
  }

  @Test
  void aSomewhatLighterLoadKeepsTheStartingLoadWhileTheDoseMovesOn() {
    Program p = january(Optional.of(windmillAt(0.75)));
    Prescription windmill = first(p, "windmill");
    assertThat(windmill.load().label()).isEqualTo("8 kg");
    Program planned = january(Optional.empty());
    assertThat(windmill.dose().amount()).isGreaterThanOrEqualTo(first(planned, "windmill").dose().amount());
    assertThat(first(planned, "windmill").load().label())
        .as("without the log the block would have gone on from the last block's heavier load")
        .isEqualTo("12 kg");
    hasNote(p, "Client c1 (c1): slot windmill: back to the load the last block started with,"
        + " because the log shows 75% of its prescribed loads");
  }

  @Test
  void aDrillSomewhatShortGetsNoExtraStep() {
    Program p =
        january(Optional.of(log(december, 1.0, 6, id -> id.equals("kb-windmill") ? 0.75 : 1.0)));
    assertThat(decisionNote(p)).contains("the log earns one extra step").contains("1 slot is held back");
    assertThat(first(p, "windmill").load().label()).isEqualTo("12 kg");
    assertThat(p.notes())
        .anySatisfy(
            n ->
                assertThat(n.message())
                    .contains("slot windmill: kb windmill stays at 12 kg all block"));
  }

  private static List<String> windmillLoads(Program p) {
    return p.weeks().stream()
        .map(w -> w.circuit().stream().filter(x -> x.slot().id().equals("windmill")).findFirst().orElseThrow())
        .map(x -> x.load().label())
        .toList();
  }

  /**
   * A coach's report: a client who logs the windmill's reps short of the targets (75%) was given the
   * template's next load step anyway, so the bells kept climbing while the reps were not there.
   */
  @Test
  void repsShortAtTheHeaviestLoadHoldThatLoadAllTheNextBlock() {
    assertThat(windmillLoads(december)).endsWith("12 kg");
    assertThat(windmillLoads(january(Optional.empty())))
        .as("without a log, the template's load step comes")
        .contains("16 kg");
    Program p =
        january(Optional.of(log(december, 1.0, 6, id -> id.equals("kb-windmill") ? 0.75 : 1.0)));
    assertThat(windmillLoads(p)).containsOnly("12 kg");
    assertThat(p.notes()).anySatisfy(n -> assertThat(n.message()).startsWith(
        "Client c1 (c1): slot windmill: kb windmill stays at 12 kg all block, with no heavier load,"
            + " because the log shows 75% of its targets at that load in weeks 3 to 4; a heavier one comes when a"
            + " log shows them met there"));
    assertThat(p.notes()).noneMatch(n -> n.message().contains("heaviest load the client owns"));
    // the dose still moves on, and a slot that met its reps carries on as before
    assertThat(first(p, "extend").dose().amount())
        .isEqualTo(first(january(Optional.of(log(december, 1.0, 6, 1.0))), "extend").dose().amount());
  }

  /** Reps short only at the lighter loads of the last block, and met at its heaviest: no hold. */
  @Test
  void repsMetAtTheHeaviestLoadKeepTheLoadSteps() {
    BlockLog short8 = log(december, 1.0, 6, 1.0);
    List<LogEntry> entries = new ArrayList<>();
    for (LogEntry e : short8.entries()) {
      boolean light = e.exerciseId().equals("kb-windmill")
          && december.weeks().get(e.week() - 1).circuit().stream()
              .anyMatch(x -> x.exercise().id().equals("kb-windmill") && x.load().label().equals("8 kg"));
      entries.add(light
          ? new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), Math.floor(e.amount() * 0.7),
              null, e.done(), e.rpe(), e.notes(), e.where())
          : e);
    }
    Program p = january(Optional.of(new BlockLog(short8.clientId(), short8.block(), short8.source(), entries)));
    assertThat(windmillLoads(p)).contains("16 kg");
    assertThat(p.notes()).noneMatch(n -> n.message().contains("stays at"));
  }

  /** {@code block}'s log with every drill's targets met, but the windmill's at {@code share} in {@code weeks}. */
  private static BlockLog windmillShortIn(Program block, double share, java.util.function.IntPredicate weeks) {
    List<LogEntry> entries = new ArrayList<>();
    for (Week w : block.weeks()) {
      int n = 0;
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++, n++) {
          for (Prescription pr : w.circuit()) {
            boolean shortHere = pr.exercise().id().equals("kb-windmill") && weeks.test(w.number());
            entries.add(new LogEntry(w.number(), s, r, pr.exercise().id(), w.sessionDates().get(s - 1),
                Math.floor(pr.dose().amount() * (shortHere ? share : 1.0)), null, true, 6, "",
                Location.ofCell("log.xlsx", "Week " + w.number(), n + 2, 5, "done")));
          }
        }
      }
    }
    return new BlockLog(block.client().id(), block.block(), "log.xlsx", entries);
  }

  /**
   * Found in review: a client held at 12 kg all January, short of the reps in its first two weeks
   * and at them in its last two, was held at 12 kg again in February, as the share over all four
   * weeks at that load stayed under 90%: a client held so got out only by a nearly perfect month.
   * The reps met in the last week at the heaviest load are the reps there.
   */
  @Test
  void repsMetByTheLastWeekAtTheHeaviestLoadEndTheHold() {
    Program jan = planner.plan(client, YearMonth.of(2027, 1), Optional.of(windmillShortIn(december, 0.75, w -> true)),
        december, new Diagnostics()).orElseThrow();
    assertThat(windmillLoads(jan)).containsOnly("12 kg");
    Program feb = planner.plan(client, YearMonth.of(2027, 2), Optional.of(windmillShortIn(jan, 0.7, w -> w <= 2)),
        jan, new Diagnostics()).orElseThrow();
    assertThat(feb.notes()).noneMatch(n -> n.message().contains("stays at"));
    assertThat(windmillLoads(feb)).contains("16 kg");
    // still short in the last week: held again
    Program stillShort = planner.plan(client, YearMonth.of(2027, 2),
        Optional.of(windmillShortIn(jan, 0.7, w -> w >= 3)), jan, new Diagnostics()).orElseThrow();
    assertThat(windmillLoads(stillShort)).containsOnly("12 kg");
    // in one block: short in week 3 at 12 kg, at the reps in week 4
    assertThat(windmillLoads(january(Optional.of(windmillShortIn(december, 0.75, w -> w == 3))))).contains("16 kg");
  }

  /**
   * Found in review: a client short of the reps at 12 kg in week 3, who took the 8 kg bell for two
   * sessions of week 4 and did the reps there, and was still short at 12 kg in its last session,
   * had the reps at 8 kg counted as reps at 12 kg in week 4, the last week at it, and went on to
   * 16 kg; the lighter bell was within 90% of the printed loads over the block.
   */
  @Test
  void repsAtALighterBellThanPrintedAreNoRepsAtThePrintedLoad() {
    List<LogEntry> entries = new ArrayList<>();
    double light = first(december, "windmill").load().amount();
    for (LogEntry e : log(december, 1.0, 6, 1.0).entries()) {
      boolean windmill = e.exerciseId().equals("kb-windmill");
      boolean lighter = windmill && e.week() == 4 && e.session() < 3;
      Double amount = windmill && e.week() >= 3 && !lighter ? Math.floor(e.amount() * 0.75) : e.amount();
      Double load = !windmill ? null : e.week() <= 2 || lighter ? light : light * 1.5;
      entries.add(new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), amount, load, e.done(),
          e.rpe(), e.notes(), e.where()));
    }
    Program p = january(Optional.of(new BlockLog("c1", 1, "log.xlsx", entries)));
    assertThat(p.notes()).noneMatch(n -> n.message().contains("prescribed loads"));
    assertThat(windmillLoads(p)).containsOnly("12 kg");
    assertThat(p.notes()).anySatisfy(n -> assertThat(n.message()).contains(
        "kb windmill stays at 12 kg all block, with no heavier load, because the log shows 75% of its targets at"
            + " that load in weeks 3 to 4"));
  }

  /**
   * Found in review: a client who did the reps at 12 kg in week 3 and was off sick all week 4
   * ("sick" in the windmill's Done cells) was kept at 12 kg all block "because the log shows 50% of
   * its targets at that load": a session missed is no reps short, and the drill's own share already
   * counts it.
   */
  @Test
  void roundsMissedAtTheHeaviestLoadAreNoRepsShortThere() {
    List<LogEntry> entries = new ArrayList<>();
    for (LogEntry e : log(december, 1.0, 6, 1.0).entries()) {
      boolean sick = e.exerciseId().equals("kb-windmill") && e.week() == 4;
      entries.add(sick
          ? new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), null, null, false, null,
              "done: sick", e.where())
          : e);
    }
    Program p = january(Optional.of(new BlockLog("c1", 1, "log.xlsx", entries)));
    assertThat(p.notes()).noneMatch(n -> n.message().contains("stays at"));
    assertThat(p.notes()).anySatisfy(n -> assertThat(n.message()).contains("slot windmill: no extra step"));
  }

  /**
   * Found in review: a loaded hold timed in seconds was told "the next log shows when the reps are
   * there", and a load marked in kg for a client in lb read "at 16 kg (35 lb) (week 4)".
   */
  @Test
  void theHoldsNoteFitsATimedDrillAndALoadMarkedInTheOtherUnit() {
    Exercise hold = PlanFixtures.ex("kb-hold", "strength", "grip", "kettlebell", Level.BEGINNER, DoseUnit.SECONDS,
        true, "", "", "");
    Planner pl = PlanFixtures.planner(PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("carry", "strength", "grip", "kb-hold", 30, DoseUnit.SECONDS, true, "", false)),
        new WeekRule.LoadStep(3, 0, "carry", 1, PlanFixtures.HERE)), List.of(hold));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0, 16.0, 20.0), Units.LB);
    Program first = pl.plan(c, YearMonth.of(2026, 12), Optional.empty(), null, new Diagnostics()).orElseThrow();
    Program next = pl.plan(c, YearMonth.of(2027, 1), Optional.of(log(first, 1.0, 6, 0.75)), first, new Diagnostics())
        .orElseThrow();
    assertThat(next.weeks()).allSatisfy(w -> assertThat(w.circuit().get(0).load().label()).isEqualTo("16 kg (35 lb)"));
    hasNote(next, "One-off Beginner (o-Beginner): slot carry: kb hold stays at 16 kg (35 lb) all block, with no"
        + " heavier load, because the log shows 73% of its targets at that load in week 4; a heavier one comes when"
        + " a log shows them met there");
  }

  /**
   * Found in review: a block whose one progressing slot is kept at its load by the log gives the same
   * session every week, and the note on that blamed "a cap, the client's heaviest load or the
   * hardest variant", though the client owns heavier bells and the template has no cap.
   */
  @Test
  void aBlockTheSameEveryWeekForALoadHeldSaysSo() {
    Planner pl = PlanFixtures.planner(PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("windmill", "strength", "t-spine; rotation", "kb-windmill", 8, DoseUnit.REPS, true,
            "", false)),
        new WeekRule.LoadStep(3, 0, "windmill", 1, PlanFixtures.HERE)));
    Client c = PlanFixtures.onOneOff(Level.INTERMEDIATE, PlanFixtures.kettlebells(8.0, 12.0, 16.0, 20.0), Units.KG);
    Program first = pl.plan(c, YearMonth.of(2026, 12), Optional.empty(), null, new Diagnostics()).orElseThrow();
    Program next = pl.plan(c, YearMonth.of(2027, 1), Optional.of(log(first, 1.0, 6, 0.75)), first, new Diagnostics())
        .orElseThrow();
    assertThat(next.notes()).anySatisfy(n -> assertThat(n.message()).contains(
        "every week of the block (weeks 1 to 4) gives the same session: windmill kept at its load by the last"
            + " block's log, short of the targets there; the rounds stay at 3"));
    assertThat(next.notes()).noneMatch(n -> n.message().contains("the client's heaviest load"));
  }

  /**
   * Found in review: a block that printed 16 kg only in its last week, where the client took the
   * 12 kg bell (typed in the load box), has no reps at 16 kg, and the hold looked only at 12 kg, met
   * in weeks 1 to 3: the client carried on from 16 kg and took the load step to 20 kg, past a bell
   * they never lifted. The heaviest load printed is the one to hold, with no reps logged there.
   */
  @Test
  void aHeavierLoadPrintedButNeverLiftedIsHeld() {
    Planner pl = PlanFixtures.planner(PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("windmill", "strength", "t-spine; rotation", "kb-windmill", 8, DoseUnit.REPS, true,
            "", false)),
        new WeekRule.LoadStep(4, 0, "windmill", 1, PlanFixtures.HERE)));
    Client c = PlanFixtures.onOneOff(Level.INTERMEDIATE, PlanFixtures.kettlebells(12.0, 16.0, 20.0, 24.0), Units.KG);
    Program first = pl.plan(c, YearMonth.of(2026, 12), Optional.empty(), null, new Diagnostics()).orElseThrow();
    assertThat(windmillLoads(first)).containsExactly("12 kg", "12 kg", "12 kg", "16 kg");
    List<LogEntry> entries = new ArrayList<>();
    for (LogEntry e : log(first, 1.0, 6, 1.0).entries()) {
      entries.add(new LogEntry(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), e.amount(), 12.0,
          e.done(), e.rpe(), e.notes(), e.where()));
    }
    Program next = pl.plan(c, YearMonth.of(2027, 1), Optional.of(new BlockLog(c.id(), 1, "log.xlsx", entries)),
        first, new Diagnostics()).orElseThrow();
    assertThat(windmillLoads(next)).containsOnly("16 kg");
    hasNote(next, "One-off Intermediate (o-Intermediate): slot windmill: kb windmill stays at 16 kg all block, with"
        + " no heavier load, because the log shows a lighter load than that in week 4, so none of its targets at it;"
        + " a heavier one comes when a log shows them met there");
  }

  /**
   * Found in review: after a hard block (average RPE 9) of Kettlebell windmill, whose harder rule from
   * week 3 found no harder variant for the client, the step back gave the Half-kneeling windmill, an
   * easier drill than the template's own, in weeks 1 and 2, with no note saying why. A harder rule only
   * moves up from the template's drill, so its step back goes no lower, and the report says the slot
   * is at the start of its rule.
   */
  @Test
  void aStepBackOfAHarderRuleGivesNoEasierDrillThanTheTemplates() {
    Planner pl = PlanFixtures.planner(PlanFixtures.oneOff(4,
        List.of(PlanFixtures.slot("windmill", "strength", "t-spine; rotation", "kb-windmill", 8, DoseUnit.REPS, true,
            "", false)),
        new WeekRule.UseHarder(3, 0, "windmill", PlanFixtures.HERE)));
    Client c = PlanFixtures.onOneOff(Level.INTERMEDIATE, PlanFixtures.kettlebells(8.0, 12.0, 16.0, 20.0), Units.KG);
    Program first = pl.plan(c, YearMonth.of(2026, 12), Optional.empty(), null, new Diagnostics()).orElseThrow();
    Program next = pl.plan(c, YearMonth.of(2027, 1), Optional.of(log(first, 1.0, 9, 1.0)), first, new Diagnostics())
        .orElseThrow();
    assertThat(next.weeks()).extracting(w -> w.circuit().get(0).exercise().id())
        .containsOnly("kb-windmill");
    assertThat(next.notes()).anySatisfy(n -> assertThat(n.message()).contains(
        "but no slot has a step to go back (at the start of its rule), so the block starts again where the last one"
            + " started"));
  }

  /**
   * What a filled log decided for each drill, counted on the block for the lines at the end of a
   * run; a block no filled log decided counts nothing.
   */
  @Test
  void theBlockCountsWhatTheLogDecidedForEachDrill() {
    assertThat(january(Optional.empty()).decided()).isEqualTo(DrillCounts.NONE);
    assertThat(january(Optional.of(new BlockLog("c1", 1, "log.xlsx", List.of()))).decided())
        .isEqualTo(DrillCounts.NONE);
    assertThat(january(Optional.of(new BlockLog("c1", 3, "old.xlsx", log(december, 1.0, 6, 1.0).entries())))
        .decided()).as("the log of another block decides nothing").isEqualTo(DrillCounts.NONE);
    int drills = december.weeks().get(0).circuit().size();
    assertThat(drills).isGreaterThan(2);
    // windmill takes the extra step; extend is at its cap and the others have no rule: as planned
    assertThat(january(Optional.of(log(december, 1.0, 6, 1.0))).decided())
        .isEqualTo(new DrillCounts(1, drills - 1, 0, 0, 0, 0));
    assertThat(january(Optional.of(log(december, 0.4, 7, 1.0))).decided())
        .isEqualTo(new DrillCounts(0, 0, drills, 0, 0, 0));
    // a hard block: only the slots with a step to go back are eased back; the others are held
    // where the last block started, not counted as eased back when nothing changed
    assertThat(january(Optional.of(log(december, 1.0, 9, 1.0))).decided())
        .isEqualTo(new DrillCounts(0, 0, drills - 1, 0, 1, 0));
    assertThat(january(Optional.of(windmillAt(0.4))).decided())
        .as("a much lighter load repeats its slot's start").isEqualTo(new DrillCounts(0, drills - 1, 1, 0, 0, 0));
    assertThat(january(Optional.of(windmillAt(0.75))).decided())
        .as("a somewhat lighter load goes back to the start's load").isEqualTo(new DrillCounts(0, drills - 1, 0, 0, 0, 1));
  }
}
