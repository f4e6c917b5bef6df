package org.circuitpress.model;

import java.time.LocalDate;

/**
 * What a client wrote for one drill in one round of one session, read back from a log. Any value
 * may be null: the client left it blank, or it could not be read (then a diagnostic says so).
 *
 * @param amount reps, seconds or breaths done, in the drill's dose unit
 * @param load the load used, in the client's units
 * @param loadGrade the grade of a graded load used, as the handout prints one ({@code medium
 *     band}), when the client wrote a grade rather than a weight
 * @param where the cell or form field it was read from
 */
public record LogEntry(
    int week,
    int session,
    int round,
    String exerciseId,
    LocalDate date,
    Double amount,
    Double load,
    String loadGrade,
    Boolean done,
    Integer rpe,
    String notes,
    Location where) {
  /** An entry whose load, if any, is a weight. */
  public LogEntry(int week, int session, int round, String exerciseId, LocalDate date, Double amount, Double load,
      Boolean done, Integer rpe, String notes, Location where) {
    this(week, session, round, exerciseId, date, amount, load, null, done, rpe, notes, where);
  }

  public boolean isEmpty() {
    return date == null
        && amount == null
        && load == null
        && loadGrade == null
        && done == null
        && rpe == null
        && (notes == null || notes.isBlank());
  }
}
