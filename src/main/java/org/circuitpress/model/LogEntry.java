package org.circuitpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a client wrote for one drill in one round of one session, read back from a log. Any value
 * may be null: the client left it blank, or it could not be read (then a diagnostic says so).
 *
 * @param amount reps, seconds or breaths done, in the drill's dose unit
 * @param load the load used, in the client's units
 * @param loadGrade the grade of a graded load used, as the handout prints one ({@code medium
 *     band}), when the client wrote a grade rather than a weight
 * @param where the cell or form field it was read from
 * @param noted what the client wrote that is no value: the notes box, and words typed beside a
 *     number, each with where it was written ({@link #notes()} joins them as one text)
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
    Location where,
    List<LogNote> noted) {
  public LogEntry {
    noted = List.copyOf(noted);
  }

  /** An entry whose notes, if any, were written in its own box {@code where}. */
  public LogEntry(int week, int session, int round, String exerciseId, LocalDate date, Double amount, Double load,
      String loadGrade, Boolean done, Integer rpe, String notes, Location where) {
    this(week, session, round, exerciseId, date, amount, load, loadGrade, done, rpe, where,
        notes == null || notes.isBlank() ? List.of() : List.of(LogNote.of(notes, where)));
  }

  /** An entry whose load, if any, is a weight. */
  public LogEntry(int week, int session, int round, String exerciseId, LocalDate date, Double amount, Double load,
      Boolean done, Integer rpe, String notes, Location where) {
    this(week, session, round, exerciseId, date, amount, load, null, done, rpe, notes, where);
  }

  /**
   * Everything kept as the drill's notes, as {@code export-logs} writes it: the notes box, then
   * the words typed beside a number ({@code felt good; amount: 10 (hard)}); null when there are none.
   */
  public String notes() {
    return noted.isEmpty() ? null : noted.stream().map(LogNote::said).collect(Collectors.joining("; "));
  }

  public boolean isEmpty() {
    return date == null
        && amount == null
        && load == null
        && loadGrade == null
        && done == null
        && rpe == null
        && noted.stream().allMatch(n -> n.text().isBlank());
  }
}
