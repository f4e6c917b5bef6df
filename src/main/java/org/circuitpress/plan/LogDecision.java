package org.circuitpress.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Load;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * What the last block's log decides for the next block.
 *
 * <ul>
 *   <li>{@link Kind#PROGRESS}: at least {@value #DONE_SHARE_PERCENT}% of the prescribed rounds
 *       done, the logged amounts on target, and an average RPE of {@value #EASY_RPE} or less: one
 *       extra step of every progression the template has, on top of where the last block ended;
 *   <li>{@link Kind#REGRESS}: an average RPE of {@value #HARD_RPE} or more: one step back from
 *       where the last block started;
 *   <li>{@link Kind#REPEAT}: fewer than {@value #MISSED_SHARE_PERCENT}% of the rounds done, or the
 *       logged amounts under {@value #MISSED_SHARE_PERCENT}% of the targets: the last block again;
 *   <li>{@link Kind#DEFAULT}: no log, an empty log, or anything in between: the planned
 *       continuation.
 * </ul>
 *
 * <p>A round counts as done when more of its drills were done than marked not done. Drill by
 * drill, every round logged for it counts: an amount typed as that amount, a tick without an
 * amount as its whole target, a round marked not done as none of it, so one skipped drill repeats
 * on its own while one skipped round of many is one round short (see {@link #share}). A round left
 * blank is not logged and counts toward no share.
 *
 * <p>Whatever the decision, a drill with a note of pain ({@link ClientNotes#painOn}) does not
 * progress: the planner holds it where the last block started.
 */
record LogDecision(
    Kind kind, String reason, Map<String, Double> amountShare, Map<String, Double> loadShare,
    Map<String, Heaviest> heaviest, ClientNotes notes, boolean fromEntries) {
  LogDecision {
    amountShare = Map.copyOf(amountShare);
    loadShare = Map.copyOf(loadShare);
    heaviest = Map.copyOf(heaviest);
  }

  /** A decision no entry of a log made: no log, a blank one, or one that is not the last block's. */
  LogDecision(Kind kind, String reason) {
    this(kind, reason, Map.of(), Map.of(), Map.of(), ClientNotes.NONE, false);
  }

  /** A decision made from what a filled log of the last block says ({@code fromEntries}). */
  private LogDecision(Kind kind, String reason, Stats s, ClientNotes notes) {
    this(kind, reason, s.byExercise(s.perExercise), s.byExercise(s.perExerciseLoad), s.heaviest, notes, true);
  }

  /**
   * The heaviest load a drill was printed with in the weeks the log has its amounts for, and the
   * share of its targets the client logged at it: {@code fromWeek} to {@code toWeek} are the weeks
   * logged at that load, {@code lastShare} the share in the last of them. {@code lighter}: every row
   * of those weeks was logged with a lighter load than printed, so no reps count at it.
   */
  record Heaviest(double load, String label, double share, int fromWeek, int toWeek, double lastShare,
      boolean lighter) {
    /**
     * Short of the reps at that load, over its weeks and still in the last one: a client who was
     * short in its first weeks and met the reps by its last has them, and moves on.
     */
    boolean fellShort() {
      return share < DONE_SHARE_PERCENT / 100.0 && lastShare < DONE_SHARE_PERCENT / 100.0;
    }
  }

  /**
   * The heaviest load of a drill the log has amounts at, with the share
   * of its targets reached there; empty when the drill takes no load or nothing measured it.
   */
  Optional<Heaviest> heaviest(String exerciseId) {
    return Optional.ofNullable(heaviest.get(exerciseId));
  }

  /**
   * The share of its prescribed loads a drill's logged loads reached (capped at 100% per entry),
   * or empty when the log has no loads for it: a client who used a lighter kettlebell than the
   * one printed is not moved up to a heavier one.
   */
  Optional<Double> loadShare(String exerciseId) {
    return Optional.ofNullable(loadShare.get(exerciseId));
  }

  /**
   * The share of its targets a drill's logged amounts reached (capped at 100% per entry), or empty
   * when the log has no amounts for it.
   */
  Optional<Double> share(String exerciseId) {
    return Optional.ofNullable(amountShare.get(exerciseId));
  }

  enum Kind {
    DEFAULT,
    PROGRESS,
    REPEAT,
    REGRESS
  }

  static final int DONE_SHARE_PERCENT = 90;
  static final int MISSED_SHARE_PERCENT = 60;
  static final int EASY_RPE = 7;
  static final int HARD_RPE = 9;
  /** What the reason of a {@link Kind#PROGRESS} says between where the log was read and why. */
  static final String PROGRESSED = "progressed one extra step because ";
  static final String REGRESSED = "regressed one step from the last block's start because ";

  static LogDecision none() {
    return new LogDecision(Kind.DEFAULT, "no log of the last block, so it goes on as the template plans");
  }

  static LogDecision decide(Optional<BlockLog> maybe, Program previous) {
    if (maybe.isEmpty()) return none();
    BlockLog log = maybe.get();
    String from = BlockLog.DECISION + log.source() + ": ";
    if (previous == null) {
      return new LogDecision(
          Kind.DEFAULT, from + "there is no earlier block to compare it with; ignored");
    }
    if (log.block() != previous.block()) {
      return new LogDecision(
          Kind.DEFAULT,
          from
              + "it is the log of block "
              + log.block()
              + ", not of the last block ("
              + previous.block()
              + "); ignored, and the block goes on as the template plans");
    }
    // not "nothing was filled in": the client wrote on the handout, in a way that cannot be read
    if (log.isEmpty() && log.unread() != null) {
      return new LogDecision(Kind.DEFAULT, from + log.unread() + "; " + BlockLog.TYPE_IT_IN + " (until then the block"
          + " goes on as the template plans)", Map.of(), Map.of(), Map.of(), ClientNotes.of(log, previous), false);
    }
    // words written only outside the week sheets (or in no drill's row of one) log no round: listed, and read for pain, but the
    // log counts as blank, as a log with nothing in its rows would otherwise repeat the last block
    if (log.isEmpty() && !log.outside().isEmpty()) {
      String where = log.outside().stream().allMatch(n -> n.where().isComment()) ? "in comments on the handout beside"
          + " no session"
          : log.outside().stream().allMatch(LogNote::onWeekSheet) ? "on a week sheet in no drill's row"
          : log.outside().stream().noneMatch(LogNote::onWeekSheet) ? "outside the week sheets"
          : "outside the week sheets and in no drill's row of one";
      return new LogDecision(Kind.DEFAULT, from + "nothing was filled in but words " + where
          + " (listed as the client's notes), so the block goes on as the template plans", Map.of(), Map.of(),
          Map.of(), ClientNotes.of(log, previous), false);
    }
    // not "nothing was filled in", which a trainer reads as a client who opened the log and wrote nothing
    if (log.untouched()) {
      return new LogDecision(Kind.DEFAULT, from + BlockLog.UNTOUCHED
          + " (nothing came back from the client), so the block goes on as the template plans");
    }
    if (log.isEmpty())
      return new LogDecision(
          Kind.DEFAULT, from + "nothing was filled in, so the block goes on as the template plans");
    Stats s = Stats.of(log, previous);
    ClientNotes notes = ClientNotes.of(log, previous);
    String facts = s.describe();
    if (s.avgRpe != null && s.avgRpe >= HARD_RPE) {
      return new LogDecision(
          Kind.REGRESS,
          from + REGRESSED + facts,
          s, notes);
    }
    if (s.doneShare() < MISSED_SHARE_PERCENT / 100.0
        || (s.amountShare() != null && s.amountShare() < MISSED_SHARE_PERCENT / 100.0)) {
      return new LogDecision(
          Kind.REPEAT, from + "repeating the last block because " + facts, s, notes);
    }
    if (s.doneShare() >= DONE_SHARE_PERCENT / 100.0
        && s.avgRpe != null
        && s.avgRpe <= EASY_RPE
        && (s.amountShare() == null || s.amountShare() >= DONE_SHARE_PERCENT / 100.0)) {
      return new LogDecision(
          Kind.PROGRESS, from + PROGRESSED + facts, s, notes);
    }
    String why = s.avgRpe == null ? "; no RPE was logged" : "; " + shortOfAStep(s);
    return new LogDecision(
        Kind.DEFAULT, from + "the block goes on as the template plans: " + facts + why, s, notes);
  }

  /**
   * Why a log with its effort logged earned no step further, in the words of the first rule of a
   * {@link Kind#PROGRESS} it misses, so that a trainer who sees an easy RPE knows what was short.
   */
  private static String shortOfAStep(Stats s) {
    if (s.doneShare() < DONE_SHARE_PERCENT / 100.0) {
      return "one step further takes " + DONE_SHARE_PERCENT + "% of the rounds done" + justUnder(s.doneShare());
    }
    if (s.avgRpe > EASY_RPE) {
      return "one step further takes an average RPE of " + EASY_RPE + " or less" + justOver(s.avgRpe);
    }
    return "one step further takes logged amounts of " + DONE_SHARE_PERCENT + "% of the targets or more"
        + justUnder(s.amountShare());
  }

  /**
   * For a share shown above as {@value #DONE_SHARE_PERCENT}% though under it (43 of 48 rounds is
   * 89.6%, shown as 90%), the closer figure, to the nearest tenth but never the rule's own 90.0;
   * empty for any other share.
   */
  private static String justUnder(double share) {
    if (Math.round(share * 100) < DONE_SHARE_PERCENT) return "";
    double closer = Math.min(Math.round(share * 1000) / 10.0, DONE_SHARE_PERCENT - 0.1);
    return ", and " + String.format(Locale.ROOT, "%.1f", closer) + "% is just under it";
  }

  /**
   * For an average effort shown above as {@value #EASY_RPE}.0 though over it (7.01), the closer
   * figure, to the nearest hundredth but never the rule's own 7.00; empty for any other effort.
   * Without it, 7.0 would seem to be 7 or less.
   */
  private static String justOver(double avgRpe) {
    if (!String.format(Locale.ROOT, "%.1f", avgRpe).equals(EASY_RPE + ".0")) return "";
    double closer = Math.max(Math.round(avgRpe * 100) / 100.0, EASY_RPE + 0.01);
    return ", and " + String.format(Locale.ROOT, "%.2f", closer) + " is just over it";
  }

  /** Rounds done, amounts against targets and effort, counted from a log against its block. */
  private record Stats(
      int roundsDone,
      int roundsPrescribed,
      double amountDone,
      double amountTarget,
      Double avgRpe,
      Map<String, double[]> perExercise,
      Map<String, double[]> perExerciseLoad,
      Map<String, Heaviest> heaviest) {
    Map<String, Double> byExercise(Map<String, double[]> perExercise) {
      Map<String, Double> out = new HashMap<>();
      perExercise.forEach(
          (id, a) -> {
            if (a[1] > 0) out.put(id, a[0] / a[1]);
          });
      return out;
    }

    static Stats of(BlockLog log, Program previous) {
      int prescribed = 0;
      Map<String, Integer> targets = new HashMap<>();
      Map<String, Double> targetLoads = new HashMap<>();
      Map<String, Load> printedLoads = new HashMap<>();
      for (Week w : previous.weeks()) {
        prescribed += w.sessions() * w.rounds();
        for (Prescription p : w.circuit()) {
          targets.put(w.number() + "/" + p.exercise().id(), p.dose().amount());
          if (p.load() != null && p.load().amount() > 0) printedLoads.put(w.number() + "/" + p.exercise().id(), p.load());
          if (p.load() != null && p.load().amount() > 0 && listedInClientUnits(p, previous)) {
            targetLoads.put(w.number() + "/" + p.exercise().id(), p.load().amount());
          }
        }
      }
      Map<String, double[]> perExerciseLoad = new HashMap<>();
      // per round: drills ticked minus drills marked not done
      Map<String, Integer> balance = new HashMap<>();
      double amount = 0;
      double target = 0;
      boolean amountsTyped = false;
      Map<String, double[]> perExercise = new HashMap<>();
      // the drills with a row that has an amount or says not done
      Set<String> measured = new HashSet<>();
      // drill -> the heaviest load printed in a week it was logged, with its credit, target and weeks
      Map<String, Heaviest> heaviest = new HashMap<>();
      Map<String, double[]> atHeaviest = new HashMap<>();
      // drill -> the heaviest load printed in a week it was logged with a lighter one
      Map<String, Heaviest> onlyLighter = new HashMap<>();
      double rpeSum = 0;
      int rpeCount = 0;
      for (LogEntry e : log.entries()) {
        String round = e.week() + "/" + e.session() + "/" + e.round();
        boolean ticked =
            Boolean.TRUE.equals(e.done())
                || (e.done() == null && e.amount() != null && e.amount() > 0);
        boolean skipped = Boolean.FALSE.equals(e.done());
        if (ticked || skipped) balance.merge(round, ticked ? 1 : -1, Integer::sum);
        Integer t = e.exerciseId() == null ? null : targets.get(e.week() + "/" + e.exerciseId());
        Double credit = t == null || t <= 0 ? null : credit(e, t, ticked, skipped);
        if (credit != null) {
          // The block's amounts: rows with an amount or a tick; a drill marked not done is
          // counted by the rounds done instead.
          if (!skipped || e.amount() != null) {
            amount += credit;
            target += t;
            amountsTyped |= e.amount() != null;
          }
          // The drill's own: every round logged for it, so that one round marked not done
          // among rounds ticked without amounts counts as one round short, not as the whole
          // drill missed.
          double[] acc = perExercise.computeIfAbsent(e.exerciseId(), k -> new double[2]);
          acc[0] += credit;
          acc[1] += t;
          if (e.amount() != null || skipped) measured.add(e.exerciseId());
          // reps at a lighter bell than printed say nothing of the reps at the printed one, nor
          // does a round missed ("no", "sick"): the drill's own share counts those
          Load printed = printedLoads.get(e.week() + "/" + e.exerciseId());
          Double printedAmount = targetLoads.get(e.week() + "/" + e.exerciseId());
          boolean lighter = e.load() != null && printedAmount != null && e.load() < printedAmount;
          boolean missed = skipped && e.amount() == null;
          if (printed != null && !lighter && !missed) atHeaviest(heaviest, atHeaviest, e, printed, credit, t);
          if (printed != null && lighter && !missed) onlyLighter(onlyLighter, e, printed);
        }
        Double tl = e.exerciseId() == null ? null : targetLoads.get(e.week() + "/" + e.exerciseId());
        if (tl != null && e.load() != null) {
          double[] acc = perExerciseLoad.computeIfAbsent(e.exerciseId(), k -> new double[2]);
          acc[0] += Math.min(e.load(), tl);
          acc[1] += tl;
        }
        if (e.rpe() != null) {
          rpeSum += e.rpe();
          rpeCount++;
        }
      }
      // A round counts as done when more of its drills were done than skipped: leaving out one
      // drill of five does not undo the round.
      int roundsDone = (int) balance.values().stream().filter(b -> b > 0).count();
      // A drill only ever ticked done, with no amount and no round marked not done, has no share:
      // nothing measured it against its targets.
      perExercise.keySet().retainAll(measured);
      // a heavier load printed than any the client logged reps at is no load they have: no reps there
      onlyLighter.forEach((id, h) -> {
        if (!heaviest.containsKey(id) || heaviest.get(id).load() < h.load()) heaviest.put(id, h);
      });
      heaviest.keySet().retainAll(measured);
      return new Stats(
          roundsDone,
          prescribed,
          amount,
          amountsTyped ? target : 0,
          rpeCount == 0 ? null : rpeSum / rpeCount,
          perExercise,
          perExerciseLoad,
          heaviest);
    }

    /** Notes the heaviest load printed for a drill in a week it was logged with a lighter one: no reps at it. */
    private static void onlyLighter(Map<String, Heaviest> onlyLighter, LogEntry e, Load printed) {
      Heaviest h = onlyLighter.get(e.exerciseId());
      if (h != null && printed.amount() < h.load()) return;
      boolean heavier = h == null || printed.amount() > h.load();
      int from = heavier ? e.week() : Math.min(h.fromWeek(), e.week());
      int to = heavier ? e.week() : Math.max(h.toWeek(), e.week());
      onlyLighter.put(e.exerciseId(), new Heaviest(printed.amount(), printed.label(), 0, from, to, 0, true));
    }

    /** Counts a logged row toward its drill's share at the heaviest load printed for it so far. */
    private static void atHeaviest(Map<String, Heaviest> heaviest, Map<String, double[]> acc, LogEntry e,
        Load printed, double credit, int target) {
      Heaviest h = heaviest.get(e.exerciseId());
      if (h != null && printed.amount() < h.load()) return;
      boolean heavier = h == null || printed.amount() > h.load();
      // a[0], a[1]: credit and target over the load's weeks; a[2], a[3]: in the last of them
      double[] a = heavier ? new double[4] : acc.get(e.exerciseId());
      int from = heavier ? e.week() : Math.min(h.fromWeek(), e.week());
      int to = heavier ? e.week() : Math.max(h.toWeek(), e.week());
      if (!heavier && e.week() > h.toWeek()) a[2] = a[3] = 0;
      a[0] += credit;
      a[1] += target;
      if (e.week() == to) {
        a[2] += credit;
        a[3] += target;
      }
      acc.put(e.exerciseId(), a);
      heaviest.put(e.exerciseId(),
          new Heaviest(printed.amount(), printed.label(), a[0] / a[1], from, to, a[2] / a[3], false));
    }

    /**
     * What one logged row of a drill counts toward its target {@code t}: the amount typed (up to
     * the target), else the whole target when it is ticked done, else none when it is marked not
     * done. A row with neither an amount nor a tick nor a "no" (a blank round) is not logged:
     * null, and it counts toward no share.
     */
    private static Double credit(LogEntry e, int t, boolean ticked, boolean skipped) {
      if (e.amount() != null) return Math.min(e.amount(), t);
      if (ticked) return (double) t;
      if (skipped) return 0.0;
      return null;
    }

    /**
     * Whether a load is a weight the client's kit lists in the client's own unit: a converted one
     * is rounded (an 8 kg bell prints as 20 lb for a client in lb, and is logged as 17.6), so its
     * share would read as a lighter load.
     */
    private static boolean listedInClientUnits(Prescription p, Program previous) {
      return p.load().units() == previous.client().units()
          && previous.client().equipment().item(p.load().equipment())
              .map(k -> k.unit() == null || k.unit() == previous.client().units())
              .orElse(true);
    }

    double doneShare() {
      return roundsPrescribed == 0 ? 0 : (double) roundsDone / roundsPrescribed;
    }

    Double amountShare() {
      return amountTarget == 0 ? null : amountDone / amountTarget;
    }

    String describe() {
      StringBuilder sb = new StringBuilder();
      sb.append(roundsDone)
          .append(" of ")
          .append(roundsPrescribed)
          .append(roundsDone == 1 ? " rounds was done (" : " rounds were done (")
          .append(Math.round(doneShare() * 100))
          .append("%)");
      if (amountShare() != null)
        sb.append(", logged amounts ")
            .append(Math.round(amountShare() * 100))
            .append("% of the targets");
      if (avgRpe != null)
        sb.append(", average RPE ").append(String.format(Locale.ROOT, "%.1f", avgRpe));
      return sb.toString();
    }
  }
}
