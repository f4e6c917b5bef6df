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
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/**
 * A log that decides "the last block again" gives the last block's weeks exactly, also for a
 * template whose rules act in week 1 (a {@code harder} rule from week 1 moves the slot to the
 * harder variant as the block opens): the rule already acted on where the last block started, and
 * acting again would start the repeat one variant further. A log that decides one step back goes one
 * step back from there, and a note of pain holds the drill exactly there.
 */
class RepeatedBlockTest {
  private static final String LOG = "output/2026-12/o-advanced/log.xlsx";
  /**
   * A windmill named at its easiest (half-kneeling -> kb -> bottoms-up), harder from week 1, with
   * reps added from week 2 and a load step every 2 weeks from week 3; and a rotation chosen by role.
   */
  private static final Template T = PlanFixtures.oneOff(4,
      List.of(PlanFixtures.slot("windmill", "strength", "t-spine; rotation", "half-kneeling-windmill", 6,
              DoseUnit.REPS, true, "3-1-3-1", false),
          PlanFixtures.slot("rotate", "mobility", "t-spine; rotation", null, 8, DoseUnit.REPS, true, "", false)),
      new WeekRule.UseHarder(1, 0, "windmill", PlanFixtures.HERE),
      new WeekRule.AddDose(2, 0, "all", 2, 12, PlanFixtures.HERE),
      new WeekRule.LoadStep(3, 0, "windmill", 2, PlanFixtures.HERE));
  private final Planner planner = PlanFixtures.planner(T);
  private final Client client = PlanFixtures.onOneOff(Level.ADVANCED, PlanFixtures.kettlebells(8.0, 12.0, 16.0, 20.0),
      Units.KG);
  private final Program december = PlanFixtures.firstBlock(planner, client);

  /**
   * A log of the December block: the first {@code done} rounds of each week done as printed at
   * {@code rpe}, the rest marked not done; {@code note} in the first windmill row.
   */
  private BlockLog log(int done, int rpe, String note) {
    List<LogEntry> entries = new ArrayList<>();
    for (Week w : december.weeks()) {
      int n = 0;
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++, n++) {
          for (Prescription p : w.circuit()) {
            boolean did = n < done;
            Location at = Location.ofCell(LOG, "Week " + w.number(), n + 2, 16, "Notes");
            boolean noted = !note.isEmpty() && w.number() == 2 && n == 0 && p.slot().id().equals("windmill");
            entries.add(new LogEntry(w.number(), s, r, p.exercise().id(), w.sessionDates().get(s - 1),
                did ? (double) p.dose().amount() : null, did && p.load() != null ? p.load().amount() : null, null,
                did, did ? rpe : null, at, noted ? List.of(LogNote.of(note, at)) : List.of()));
          }
        }
      }
    }
    return new BlockLog(client.id(), december.block(), "log.xlsx", entries);
  }

  private Program january(BlockLog log) {
    Diagnostics d = new Diagnostics();
    return planner.plan(client, YearMonth.of(2027, 1), Optional.of(log), d)
        .orElseThrow(() -> new AssertionError(d.all()));
  }

  /** What a slot gives week by week: drill, dose, load and tempo. */
  private static List<String> weeks(Program p, String slot) {
    return p.weeks().stream().flatMap(w -> w.circuit().stream()).filter(x -> x.slot().id().equals(slot))
        .map(x -> x.exercise().id() + " " + x.dose().format() + " " + x.loadText() + " " + x.tempo()).toList();
  }

  @Test
  void theTemplatesWeekOneRuleActsOnceOnTheFirstBlock() {
    assertThat(weeks(december, "windmill")).containsExactly(
        "kb-windmill 6 reps per side 12 kg 3-1-3-1",
        "kb-windmill 8 reps per side 12 kg 3-1-3-1",
        "kb-windmill 10 reps per side 16 kg 3-1-3-1",
        "kb-windmill 12 reps per side 16 kg 3-1-3-1");
  }

  @Test
  void aRepeatGivesTheLastBlocksWeeksExactly() {
    // 2 of 6 rounds a week done: under 60%, so the last block again
    Program p = january(log(2, 7, ""));
    assertThat(p.notes().get(0).message()).contains("repeating the last block because 8 of 24 rounds were done");
    for (int w = 0; w < 4; w++) {
      Week was = december.weeks().get(w);
      Week now = p.weeks().get(w);
      assertThat(now.rounds()).as("rounds of week %d", w + 1).isEqualTo(was.rounds());
      assertThat(now.sessions()).isEqualTo(was.sessions());
      assertThat(now.deload()).isEqualTo(was.deload());
      assertThat(now.phases()).as("week %d", w + 1).isEqualTo(was.phases());
    }
    Golden.check("logs/repeat-week-one-rule.txt", PlanText.format(p));
  }

  /**
   * Read back from the block as printed, a repeat of a repeat is still the first block: the
   * printed repeat took the drills of the block before it, and its record says which.
   */
  @Test
  void aRepeatOfAPrintedRepeatIsTheSameBlockAgain() {
    Diagnostics d = new Diagnostics();
    Program january = planner.plan(client, YearMonth.of(2027, 1), Optional.of(log(2, 7, "")), december, d)
        .orElseThrow(() -> new AssertionError(d.all()));
    BlockLog missed = new BlockLog(client.id(), january.block(), "log.xlsx",
        log(2, 7, "").entries());
    Program february = planner.plan(client, YearMonth.of(2027, 2), Optional.of(missed), january, d)
        .orElseThrow(() -> new AssertionError(d.all()));
    assertThat(february.notes().get(0).message()).contains("repeating the last block");
    for (int w = 0; w < 4; w++) {
      assertThat(february.weeks().get(w).phases()).as("week %d", w + 1).isEqualTo(december.weeks().get(w).phases());
    }
  }

  @Test
  void aRegressGoesOneStepBackFromTheLastBlocksStart() {
    Program p = january(log(6, 9, ""));
    assertThat(p.notes().get(0).message()).contains("regressed one step from the last block's start");
    // one variant easier than the last block's kb windmill, one load step lighter, 2 reps fewer (at least 1)
    assertThat(weeks(p, "windmill").get(0)).isEqualTo("half-kneeling-windmill 4 reps per side 8 kg 3-1-3-1");
  }

  @Test
  void aNoteOfPainHoldsTheDrillWhereTheLastBlockStarted() {
    Program p = january(log(2, 7, "sharp pain in my shoulder"));
    assertThat(weeks(p, "windmill")).containsOnly("kb-windmill 6 reps per side 12 kg 3-1-3-1");
  }
}
