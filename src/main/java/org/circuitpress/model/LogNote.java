package org.circuitpress.model;

import java.util.Objects;

/**
 * Words a client wrote in a log that are not a value read from it: the Notes cell of a row, the
 * notes box of a handout's session, or what an amount or load box held besides its number
 * ({@code 10 (hard)}).
 *
 * @param box the box the words were typed in beside a value ({@code amount}, {@code load}), or
 *     null for a notes box
 * @param text as typed
 * @param where the cell or form field they were typed in
 * @param warned whether a warning at {@code where} already says what they are: a weight typed in a
 *     band's box is kept as a note, and the trainer is not told it a second time
 * @param onWeekSheet whether words written beside no drill's row are on a week sheet all the same:
 *     above its header row, below its rows, or in a row the client inserted; false for words on the
 *     "Start here" or Progress sheet or a sheet the client added, and for the words of a drill's row
 * @param folder the folder of the log the words are in, as its place names it ({@code 1,001}), when
 *     that is not the log read (a month with two folders of the client); null for the log read
 */
public record LogNote(String box, String text, Location where, boolean warned, boolean onWeekSheet, String folder) {
  public LogNote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(where, "where");
  }

  public LogNote(String box, String text, Location where, boolean warned, boolean onWeekSheet) {
    this(box, text, where, warned, onWeekSheet, null);
  }

  public LogNote(String box, String text, Location where, boolean warned) {
    this(box, text, where, warned, false);
  }

  /** Words on a week sheet in no drill's row (above the header row, under the table). */
  public static LogNote inNoRow(String text, Location where) {
    return new LogNote(null, text, where, false, true);
  }

  /** The words of a notes box. */
  public static LogNote of(String text, Location where) {
    return new LogNote(null, text, where, false);
  }

  /** The same words, in the log of {@code folder}, which is not the log read. */
  public LogNote inFolder(String folder) {
    return new LogNote(box, text, where, warned, onWeekSheet, folder);
  }

  /** As the drill's notes show it: the notes box as typed, a box's words after its name ({@code amount: 10 (hard)}). */
  public String said() {
    return box == null ? text : box + ": " + text;
  }
}
