package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.circuitpress.model.Dose;
import org.circuitpress.model.Names;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.WeekRule;

/**
 * A template's week rules as they act on one slot.
 *
 * <p>Progression rules act at the start of each week they cover from week 2 on, on the previous
 * non-deload week's state: {@code weeks 2-4, add 2 reps} gives 12, 14, 16, 18. A deload week scales
 * that state down for itself only; the week after it continues from before the deload. {@link
 * WeekRule.UseHarder} acts once, in its first week (week 1 included).
 */
final class Progression {
  private final Template template;
  private final Slot slot;
  private final Set<WeekRule> mine =
      Collections.newSetFromMap(new IdentityHashMap<>());

  Progression(Template template, Phase phase, Slot slot) {
    this.template = template;
    this.slot = slot;
    for (WeekRule r : template.rules()) if (targets(r, phase, slot)) mine.add(r);
  }

  Template template() {
    return template;
  }

  static boolean targets(WeekRule r, Phase phase, Slot slot) {
    String t = Names.tag(r.target());
    return t.equals("all") || t.equals(Names.tag(slot.id())) || t.equals(Names.tag(phase.id()));
  }

  private boolean mine(WeekRule r) {
    return mine.contains(r);
  }

  static boolean deload(Template t, int week) {
    return t.rules().stream().anyMatch(r -> r instanceof WeekRule.Deload && r.covers(week));
  }

  static int rounds(Template t, int week) {
    int rounds = t.rounds();
    for (WeekRule r : t.rules()) {
      if (r instanceof WeekRule.SetRounds s && s.covers(week)) rounds = s.rounds();
    }
    for (WeekRule r : t.rules()) {
      if (r instanceof WeekRule.Deload dl && dl.covers(week)) {
        rounds = dl.rounds() > 0 ? dl.rounds() : Math.max(1, rounds - 1);
      }
    }
    return Math.max(1, rounds);
  }

  /** The week's tempo: the last covering tempo rule, else the slot's own, else empty. */
  String tempo(int week) {
    String tempo = slot.tempo();
    for (WeekRule r : template.rules()) {
      if (r instanceof WeekRule.SetTempo s && s.covers(week) && mine(r)) tempo = s.tempo();
    }
    return tempo;
  }

  /**
   * The dose actually prescribed in a week, {@code full} being the state's dose as the drill
   * counts it: a deload's share of it, rounded as a converted dose is (seconds to 5, reps and
   * breaths whole, see {@link org.circuitpress.model.DoseUnit#round}), never above it.
   */
  Dose amount(Dose full, int week) {
    for (WeekRule r : template.rules()) {
      if (r instanceof WeekRule.Deload dl && dl.covers(week) && mine(r)) {
        return full.withAmount(Math.min(full.amount(), full.unit().round(full.amount() * dl.dosePercent() / 100.0)));
      }
    }
    return full;
  }

  /**
   * The state a block opens with: clamped into a double progression's range, harder from week 1.
   */
  SlotState open(SlotState s) {
    SlotState out = s;
    for (WeekRule r : template.rules()) {
      if (!mine(r) || !r.covers(1)) continue;
      if (r instanceof WeekRule.DoubleProgression dp) {
        out = out.withAmount(Math.min(dp.maxReps(), Math.max(dp.minReps(), out.amount())));
      } else if (r instanceof WeekRule.UseHarder) {
        out = out.withVariant(out.variant() + 1);
      }
    }
    return out;
  }

  /** How a note or a limit says that a slot is at the heaviest load of the client's kit, by rule. */
  private static final String HEAVIEST = "heaviest load the client owns";

  private static final String NO_HEAVIER = "no heavier load in the client's kit";

  /**
   * How a note or a limit says that a double progression's reps are at the top on a drill that
   * takes no load: "no heavier load in the client's kit" would send the trainer to the client's
   * bells and bands, which this drill does not use.
   */
  private static final String NO_LOAD = "takes no load that could go up instead";

  /** Whether a note of {@link #advance} or a limit of {@link #limits} says the slot is at the top of the client's kit. */
  static boolean atKitTop(String text) {
    return text.contains(HEAVIEST) || text.contains(NO_HEAVIER) || text.contains(NO_LOAD);
  }

  /** One week further, for a non-deload week >= 2. */
  SlotState advance(SlotState s, int week, int loadTop, Consumer<String> note) {
    SlotState out = s;
    for (WeekRule r : template.rules()) {
      if (!mine(r) || !r.covers(week)) continue;
      out = step(out, r, week, loadTop, note);
    }
    return out;
  }

  private SlotState step(SlotState s, WeekRule r, int week, int loadTop, Consumer<String> note) {
    if (r instanceof WeekRule.AddDose a) {
      return s.withAmount(addCapped(s.amount(), a.step(), a.cap()));
    }
    if (r instanceof WeekRule.LoadStep ls) {
      if ((week - ls.fromWeek()) % Math.max(1, ls.everyWeeks()) != 0 || loadTop < 0) return s;
      if (s.load() >= loadTop) {
        note.accept("already at the " + HEAVIEST + "; the load stays");
        return s;
      }
      return s.withLoad(s.load() + 1);
    }
    if (r instanceof WeekRule.DoubleProgression dp) {
      return doubleStep(s, dp, loadTop, note);
    }
    if (r instanceof WeekRule.UseHarder u && week == u.fromWeek()) {
      return s.withVariant(s.variant() + 1);
    }
    return s;
  }

  private static SlotState doubleStep(
      SlotState s, WeekRule.DoubleProgression dp, int loadTop, Consumer<String> note) {
    int next = s.amount() + Math.max(1, dp.step());
    if (next <= dp.maxReps()) return s.withAmount(next);
    if (loadTop >= 0 && s.load() < loadTop) {
      return s.withAmount(dp.minReps()).withLoad(s.load() + 1);
    }
    note.accept((loadTop < 0 ? "reps are at the top of the range, and the drill " + NO_LOAD
        : "reps are at the top of the range and there is " + NO_HEAVIER) + "; reps stay at " + dp.maxReps());
    return s.withAmount(Math.max(s.amount(), dp.maxReps()));
  }

  static int addCapped(int amount, int step, int cap) {
    if (cap <= 0) return amount + step;
    return Math.max(amount, Math.min(cap, amount + step));
  }

  /** One extra step of every progression the template gives this slot: a well-done last block. */
  SlotState bump(SlotState s, int loadTop) {
    SlotState out = s;
    for (WeekRule r : template.rules()) {
      if (!mine(r)) continue;
      if (r instanceof WeekRule.AddDose a)
        out = out.withAmount(addCapped(out.amount(), a.step(), a.cap()));
      else if (r instanceof WeekRule.LoadStep && loadTop > out.load())
        out = out.withLoad(out.load() + 1);
      else if (r instanceof WeekRule.DoubleProgression dp)
        out = doubleStep(out, dp, loadTop, x -> {});
      else if (r instanceof WeekRule.UseHarder) out = out.withVariant(out.variant() + 1);
    }
    return out;
  }

  /**
   * Why a well-done log's extra step could not move a slot from {@code s}: each of the slot's
   * progression rules with what stops it there (its cap, the heaviest load, the hardest variant),
   * worded for the trainer with the row of the template that holds the rule.
   *
   * @param harderLeft whether the library has a harder variant the client may do
   */
  List<String> limits(SlotState s, int loadTop, boolean harderLeft) {
    List<String> out = new ArrayList<>();
    for (WeekRule r : template.rules()) {
      if (!mine(r)) continue;
      String limit = limit(r, s, loadTop, harderLeft);
      if (limit != null) out.add(limit);
    }
    return out;
  }

  /**
   * Why no rule of the slot moves it from {@code s} after {@code week} to the block's {@code last}
   * week: the caps of {@link #limits}, and the rules whose weeks are over by then (a {@code harder}
   * rule acts once, in its first week) or begin only after the block, each with its row. Empty when
   * none of these is the reason.
   */
  List<String> holds(SlotState s, int loadTop, boolean harderLeft, int week, int last) {
    List<String> out = new ArrayList<>();
    for (WeekRule r : template.rules()) {
      if (!mine(r) || !progresses(r)) continue;
      String limit = limit(r, s, loadTop, harderLeft);
      int to = r instanceof WeekRule.UseHarder ? r.fromWeek() : r.toWeek() == 0 ? last : r.toWeek();
      String at = " (" + where(r) + ")";
      if (limit != null) out.add(limit);
      else if (r.fromWeek() > last) out.add("before the first week of the " + name(r) + " rule, week " + r.fromWeek() + at);
      else if (r instanceof WeekRule.UseHarder) out.add("on the variant the harder rule moves it to once, in week " + to + at);
      else if (to <= week) out.add("after the last week of the " + name(r) + " rule, week " + to + at);
    }
    return out;
  }

  /** What stops rule {@code r} moving the slot from {@code s}, or null when nothing does. */
  private static String limit(WeekRule r, SlotState s, int loadTop, boolean harderLeft) {
    String at = " (" + where(r) + ")";
    if (r instanceof WeekRule.AddDose a && a.cap() > 0 && s.amount() >= a.cap()) {
      return "at the cap of " + a.cap() + " of the add rule" + at;
    } else if (r instanceof WeekRule.LoadStep && (loadTop < 0 || s.load() >= loadTop)) {
      return (loadTop < 0 ? "on a drill that takes no load, for the load step rule"
          : "at the " + HEAVIEST + ", for the load step rule") + at;
    } else if (r instanceof WeekRule.DoubleProgression dp
        && s.amount() + Math.max(1, dp.step()) > dp.maxReps()
        && (loadTop < 0 || s.load() >= loadTop)) {
      return "at the top of the " + dp.minReps() + "-" + dp.maxReps() + " reps of the double progression rule, "
          + (loadTop < 0 ? "on a drill that " + NO_LOAD : "with " + NO_HEAVIER) + at;
    } else if (r instanceof WeekRule.UseHarder && !harderLeft) {
      return "on the hardest variant the library has for the client, for the harder rule" + at;
    }
    return null;
  }

  private static String name(WeekRule r) {
    if (r instanceof WeekRule.AddDose) return "add";
    if (r instanceof WeekRule.LoadStep) return "load step";
    if (r instanceof WeekRule.DoubleProgression) return "double progression";
    return "harder";
  }

  /** Whether {@code r} moves a slot on (dose, load or drill), as rounds, tempo and deloads do not. */
  private static boolean progresses(WeekRule r) {
    return !(r instanceof WeekRule.SetRounds)
        && !(r instanceof WeekRule.SetTempo)
        && !(r instanceof WeekRule.Deload);
  }

  static String where(WeekRule r) {
    org.circuitpress.model.Location l = r.where();
    return l.row() > 0 ? l.file() + " row " + l.row() : l.file();
  }

  /**
   * One step back from a state: dose, load and variant, where the template progresses them; a dose
   * no lower than half the template's week-1 dose, or where it already is when lower, and a variant no
   * easier than the drill the template's slot gives.
   * {@code loadTop} is the top of the load ladder of the drill the state gives (-1: it takes no
   * load): a load goes back only from one the drill has, never from the second step an advanced
   * client's bodyweight drill is counted on.
   */
  SlotState regress(SlotState s, int loadTop) {
    SlotState out = s;
    // a rule's whole step off a dose the step is as big as (a 10 s hold lengthened by 10 s) would leave
    // next to nothing: a step back goes no lower than half the template's own week-1 dose
    int floor = (slot.dose().amount() + 1) / 2;
    for (WeekRule r : template.rules()) {
      if (!mine(r)) continue;
      if (r instanceof WeekRule.AddDose a) {
        out = out.withAmount(Math.max(Math.min(out.amount(), floor), out.amount() - a.step()));
      } else if (r instanceof WeekRule.LoadStep) {
        out = lighter(out, loadTop);
      } else if (r instanceof WeekRule.DoubleProgression dp) {
        out = doubleBack(out, dp, loadTop);
      } else if (r instanceof WeekRule.UseHarder && out.variant() > 0) {
        // the rule only ever moves up from the template's own drill: a step back goes no further
        out = out.withVariant(out.variant() - 1);
      }
    }
    return out;
  }

  /**
   * The step of a double progression before {@code s}: fewer reps at the same load, or, at the
   * bottom of the range, the lighter load at the top reps the range reached before the load went
   * up ({@link #doubleStep} backwards). At the bottom of the range on the lightest load, or of a
   * drill that takes no load, it stays.
   */
  private static SlotState doubleBack(SlotState s, WeekRule.DoubleProgression dp, int loadTop) {
    int step = Math.max(1, dp.step());
    if (s.amount() > dp.minReps()) return s.withAmount(Math.max(dp.minReps(), s.amount() - step));
    SlotState back = lighter(s, loadTop);
    if (back.equals(s)) return s;
    int top = dp.minReps() + Math.max(0, dp.maxReps() - dp.minReps()) / step * step;
    return back.withAmount(top);
  }

  /**
   * One load lighter than the load {@code s} prints (a load past the ladder's top prints as its
   * top); {@code s} itself on the lightest load or for a drill with no load ({@code loadTop < 0}).
   */
  private static SlotState lighter(SlotState s, int loadTop) {
    int shown = Math.min(s.load(), loadTop);
    return shown <= 0 ? s : s.withLoad(shown - 1);
  }

  /** Whether a rule moves this slot to a harder variant at some point. */
  boolean movesToHarder() {
    return template.rules().stream().anyMatch(r -> mine(r) && r instanceof WeekRule.UseHarder);
  }

  /** Whether a rule moves this slot's load (a load step or a double progression). */
  boolean movesLoad() {
    return template.rules().stream().anyMatch(r -> mine(r)
        && (r instanceof WeekRule.LoadStep || r instanceof WeekRule.DoubleProgression));
  }

  /** Whether any rule of the template targets this slot with a progression. */
  Optional<WeekRule> anyProgression() {
    return template.rules().stream().filter(this::mine).filter(Progression::progresses).findFirst();
  }
}
