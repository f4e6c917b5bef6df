package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/**
 * A filled log of one block, from the XLSX log or the PDF handout's form fields.
 *
 * @param source the file it was read from, as shown to the user
 * @param outside what the client wrote in the log workbook outside its week sheets (on its "Start
 *     here" or Progress sheet, or on a sheet they added), where it stands beside no drill's row: listed for the trainer and
 *     read for pain, but no entry of any round, so it alone does not make the log filled in
 * @param untouched the log and handout in the client's folder are still byte for byte the files the
 *     run wrote: nothing came back from the client, which is not the same as a log opened and saved
 *     with nothing written in it. Only the run knows what it wrote ({@link #asUntouched}); a reader
 *     never sets it
 * @param uncounted what the client wrote on rows of a new log read with a kept one ({@code
 *     log.new.xlsx}) that were not counted, as the kept log has entries of their week: no entry of
 *     any round and not listed with the notes, but read for pain all the same
 * @param unread what the client put on the handout that could not be read, when nothing of it was
 *     ({@link #FLATTENED}, {@link #DRAWN}): a log that says nothing because of it is no blank log; null
 *     otherwise
 */
public record BlockLog(String clientId, int block, String source, List<LogEntry> entries, List<LogNote> outside,
    boolean untouched, List<LogNote> uncounted, String unread) {
  /** What {@link #unread} says of a handout whose boxes are gone (printed to PDF, flattened or scanned). */
  public static final String FLATTENED = "handout.pdf came back without its boxes (printed to PDF, flattened or"
      + " scanned), so what the client wrote on it cannot be read";

  /** What {@link #unread} says of a handout with only marks drawn on it. */
  public static final String DRAWN = "handout.pdf came back with marks drawn with a pen and nothing typed in its"
      + " boxes, and handwriting cannot be read";

  /** What to do about a log that says nothing because of {@link #unread}. */
  public static final String TYPE_IT_IN = "type what the client wrote into log.xlsx and run the month again";

  /**
   * How the note of what a log decided for the next block begins, after the client's name:
   * {@code log read from handout.pdf: repeating the last block because ...}.
   */
  public static final String DECISION = "log read from ";

  /**
   * How the note that lists what a client wrote in the log begins, after the client's name:
   * {@code notes the client wrote in output/2026-12/c001/log.xlsx: ...}.
   */
  public static final String NOTES = "notes the client wrote in ";

  /**
   * What the notes of a log still as the run wrote it ({@link #untouched}) say of it, after where
   * it was read: {@code log read from log.xlsx: still the one the last run wrote (nothing came back
   * from the client), ...}.
   */
  public static final String UNTOUCHED = "still the one the last run wrote";

  /** What the warning of a note of pain says before it quotes the note. */
  public static final String PAIN = " reports pain: ";

  /**
   * How the warning of a note of pain names the drill the note is on, before {@link #PAIN}:
   * {@code the client's note on Kettlebell windmill reports pain: ...}.
   */
  public static final String NOTE_ON = "the client's note on ";

  /**
   * How the warning of a slot held back by a note of pain says what it is held at, between these
   * two: {@code held at Kettlebell windmill 8 reps per side with 12 kg every week}.
   */
  public static final String HELD_AT = "held at ";
  public static final String EVERY_WEEK = " every week";

  public BlockLog {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
    outside = List.copyOf(outside);
    uncounted = List.copyOf(uncounted);
    if (untouched && !(nothingIn(entries) && outside.isEmpty())) {
      throw new IllegalArgumentException("a log with something written in it was not left untouched");
    }
  }

  public BlockLog(String clientId, int block, String source, List<LogEntry> entries, List<LogNote> outside,
      boolean untouched, List<LogNote> uncounted) {
    this(clientId, block, source, entries, outside, untouched, uncounted, null);
  }

  public BlockLog(
      String clientId, int block, String source, List<LogEntry> entries, List<LogNote> outside, boolean untouched) {
    this(clientId, block, source, entries, outside, untouched, List.of());
  }

  /** A log as a reader reads it: whether the client touched it is not the reader's to say. */
  public BlockLog(String clientId, int block, String source, List<LogEntry> entries, List<LogNote> outside) {
    this(clientId, block, source, entries, outside, false);
  }

  /** A log with nothing written outside its week sheets. */
  public BlockLog(String clientId, int block, String source, List<LogEntry> entries) {
    this(clientId, block, source, entries, List.of());
  }

  /**
   * How a note written outside the week sheets names where it stands, as a spreadsheet user finds
   * it: {@code log.xlsx, sheet "Progress", C9}; with its folder when it is in a log that is not the
   * one read ({@code 1,001/log.xlsx, sheet "Start here", B26}), as the file name alone would say it is.
   */
  public static String outsideWhere(LogNote n) {
    Location at = n.where();
    String file = at.file().substring(Math.max(at.file().lastIndexOf('/'), at.file().lastIndexOf('\\')) + 1);
    if (n.folder() != null) file = n.folder() + "/" + file;
    if (at.isComment()) return file + ", " + at.header();
    return file + ", sheet \"" + at.sheet() + "\", " + Location.columnLetters(at.column()) + at.row();
  }

  /** This log, known to be still as the run wrote it: see {@code untouched}. */
  public BlockLog asUntouched() {
    return new BlockLog(clientId, block, source, entries, outside, true, uncounted, null);
  }

  public boolean isEmpty() {
    return nothingIn(entries);
  }

  private static boolean nothingIn(List<LogEntry> entries) {
    return entries.stream().allMatch(LogEntry::isEmpty);
  }
}
