package org.circuitpress.model;

/**
 * One line of a template's progression: what changes in which weeks, for which slots.
 *
 * <p>Every rule applies from {@code fromWeek} to {@code toWeek} inclusive (1-based; {@code
 * toWeek == 0} means "to the end of the block"). {@code target} is a slot id, a phase id, or
 * {@code all}.
 *
 * <p>The progressions ({@link AddDose}, {@link LoadStep}, {@link DoubleProgression}) act at the
 * start of each covered week from week 2 on, on the last non-deload week's state: weeks 2-4,
 * add 2 to 12 reps gives 12, 14, 16, 18. A {@link Deload} week scales that state for itself only.
 */
public sealed interface WeekRule
    permits WeekRule.AddDose,
        WeekRule.SetRounds,
        WeekRule.SetTempo,
        WeekRule.Deload,
        WeekRule.UseHarder,
        WeekRule.LoadStep,
        WeekRule.DoubleProgression {
  int fromWeek();

  int toWeek();

  String target();

  Location where();

  default boolean covers(int week) {
    return week >= fromWeek() && (toWeek() == 0 || week <= toWeek());
  }

  /**
   * Add {@code step} to the dose in every covered week from week 2 on, never past {@code cap}
   * ({@code 0}: no cap); a dose already above the cap stays.
   */
  record AddDose(int fromWeek, int toWeek, String target, int step, int cap, Location where)
      implements WeekRule {}

  /** The circuit is run {@code rounds} times in the covered weeks. */
  record SetRounds(int fromWeek, int toWeek, String target, int rounds, Location where)
      implements WeekRule {}

  /** The covered weeks use this tempo. */
  record SetTempo(int fromWeek, int toWeek, String target, String tempo, Location where)
      implements WeekRule {}

  /**
   * A lighter week: {@code rounds} rounds ({@code 0}: one fewer than planned) and the dose scaled
   * to {@code dosePercent} percent.
   */
  record Deload(int fromWeek, int toWeek, String target, int rounds, int dosePercent, Location where)
      implements WeekRule {}

  /** From {@code fromWeek} the drill's harder variant is used, where the client may do it. */
  record UseHarder(int fromWeek, int toWeek, String target, Location where) implements WeekRule {}

  /**
   * Move up one load step of the client's own kit in covered weeks {@code fromWeek + k *
   * everyWeeks} (from week 2 on), stopping at the heaviest step the client owns.
   */
  record LoadStep(int fromWeek, int toWeek, String target, int everyWeeks, Location where)
      implements WeekRule {}

  /**
   * Reps climb by {@code step} a week from {@code minReps} to {@code maxReps}; past the top the
   * load goes up one step and reps return to {@code minReps}.
   */
  record DoubleProgression(
      int fromWeek, int toWeek, String target, int minReps, int maxReps, int step, Location where)
      implements WeekRule {}
}
