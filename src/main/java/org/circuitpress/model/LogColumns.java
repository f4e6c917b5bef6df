package org.circuitpress.model;

import java.util.List;

/**
 * The columns of a week sheet of the XLSX log, shared by the writer and the log reader. The
 * reader finds columns by these headers (matched like roster headers, text in parentheses
 * ignored), so a client who moves or inserts columns does not break it.
 */
public final class LogColumns {
  private LogColumns() {}

  /** The log's sheets that are not week sheets: what the log is and a summary of weeks. */
  public static final String START_SHEET = "Start here";
  public static final String PROGRESS_SHEET = "Progress";
  /** The Progress sheet's header row, by which the reader knows it under another name too. */
  public static final List<String> PROGRESS_HEADERS =
      List.of("Week", "Dates", "Sessions planned", "Sessions completed", "Rounds planned",
          "Rounds completed", "Drill rows done", "Average RPE");

  public static final String WEEK = "Week";
  public static final String SESSION = "Session";
  public static final String PLANNED = "Planned date";
  public static final String ROUND = "Round";
  public static final String STEP = "Step";
  public static final String EXERCISE = "Exercise";
  public static final String TARGET = "Target";
  public static final String UNIT = "Unit";
  public static final String PER_SIDE = "Per side";
  public static final String TEMPO = "Tempo";
  public static final String REST = "Rest (s)";
  public static final String TARGET_LOAD = "Target load";
  public static final String DONE = "Done";
  public static final String ACTUAL = "Actual";
  public static final String ACTUAL_LOAD = "Actual load";
  public static final String RPE = "RPE";
  public static final String NOTES = "Notes";
  public static final String DATE = "Date done";
  public static final String DRILL_ID = "Drill id";
  /**
   * A hidden column of formulas, 1 where the {@link #DONE} cell holds one of the {@link
   * #DONE_ANSWERS}, else 0: what the Progress sheet counts. Never read back.
   */
  public static final String COUNTED_DONE = "Counts as done";
  /**
   * A hidden column of formulas: the number of the {@link #RPE} cell, typed as text there ("7",
   * "7,5", "RPE 7", "7/10"), else empty: what the Progress sheet averages. Never read back.
   */
  public static final String COUNTED_RPE = "Counted RPE";

  /**
   * Every column in sheet order; the prescription first, then what the client fills in, then
   * the drill id for the reader and the done count and effort for the Progress sheet.
   */
  public static final List<String> ALL =
      List.of(
          WEEK, SESSION, PLANNED, ROUND, STEP, EXERCISE, TARGET, UNIT, PER_SIDE, TEMPO, REST,
          TARGET_LOAD, DONE, ACTUAL, ACTUAL_LOAD, RPE, NOTES, DATE, DRILL_ID, COUNTED_DONE, COUNTED_RPE);

  /**
   * What a client may write in the {@link #DONE} column for done, in lower case: the log reader
   * takes these (in any capitals, spaces around them ignored) for a drill done in that round. None
   * holds a space, ".", "!" or "|", which the Progress sheet's formula relies on (see WeekSheet).
   */
  public static final List<String> DONE_ANSWERS =
      List.of("yes", "y", "x", "✓", "✔", "☑", "✅", "true", "1", "done", "ok", "ja", "oui", "sí", "si", "tak",
          // a thumbs-up typed on a phone, in each of the skin tones its emoji keyboard offers
          "👍", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿");
  /**
   * What a client may write in the {@link #DONE} column for not done, read as {@link #DONE_ANSWERS}.
   * The words among both lists (not the numbers) also count in an amount box or cell, where a
   * client who did the drill as printed ticks it rather than write the number.
   */
  public static final List<String> NOT_DONE_ANSWERS =
      List.of("no", "n", "false", "0", "-", "–", "—", "✗", "✘", "skip", "skipped", "not done", "nein", "non", "nie");

  /** The columns the client fills in. */
  public static final List<String> INPUTS = List.of(DONE, ACTUAL, ACTUAL_LOAD, RPE, NOTES, DATE);

  /** 0-based column of a header in the layout the writer produces. */
  public static int index(String header) {
    int i = ALL.indexOf(header);
    if (i < 0) throw new IllegalArgumentException("not a log column: " + header);
    return i;
  }

  /** The sheet of week {@code n}, e.g. "Week 3". */
  public static String weekSheet(int week) {
    return "Week " + week;
  }
}
