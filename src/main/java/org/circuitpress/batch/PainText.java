package org.circuitpress.batch;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.ShortText;

/**
 * The warning of a note of pain made to fit the summary's Detail cell by cutting the drill's name,
 * not what the trainer needs: what the drill is held at (its dose and load) and the note. A cut at
 * the end, as any other text gets, would lose the note after a long drill name.
 */
final class PainText {
  /** How much of a drill's name is kept at the least, enough to tell which drill it is. */
  static final int LEAST_NAME = 30;
  /** How much of the note the names are cut to make room for: its first words. */
  static final int NOTE_START = 40;

  /** A drill's name, then its dose as Dose.format writes it and the load: "... 8 reps per side with 12 kg". */
  private static final Pattern NAME_DOSE_LOAD = Pattern.compile("(.*) \\d+ (?:"
      + Arrays.stream(DoseUnit.values()).flatMap(u -> Stream.of(u.label(1), u.label(2)))
          .distinct().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")(?: per side)?(?: with .*)?", Pattern.DOTALL);

  private PainText() {}

  /**
   * {@code warning} with the drill names it holds (what a slot is {@link BlockLog#HELD_AT}, and what
   * a note is {@link BlockLog#NOTE_ON}) cut, each to no less than {@link #LEAST_NAME}, as far as
   * needed for the start of the note ({@link #NOTE_START} after {@link BlockLog#PAIN}) to be within
   * {@code max}; a cut at the end still shortens the rest.
   */
  static String fit(String warning, int max) {
    String s = cut(warning, max, held(warning));
    return cut(s, max, noteOn(s));
  }

  /** Where the name of the drill a slot is held at is in {@code s} (start and end), or null. */
  private static int[] held(String s) {
    int from = s.indexOf(BlockLog.HELD_AT);
    if (from < 0) return null;
    from += BlockLog.HELD_AT.length();
    int to = s.indexOf(BlockLog.EVERY_WEEK, from);
    if (to < 0) return null;
    Matcher m = NAME_DOSE_LOAD.matcher(s.substring(from, to));
    return m.matches() ? new int[] {from, from + m.end(1)} : null;
  }

  /** Where the name of the drill a note is on is in {@code s} (start and end), or null. */
  private static int[] noteOn(String s) {
    int from = s.indexOf(BlockLog.NOTE_ON);
    if (from < 0) return null;
    from += BlockLog.NOTE_ON.length();
    int to = s.indexOf(BlockLog.PAIN, from);
    return to < 0 ? null : new int[] {from, to};
  }

  /** How long {@code s} must be kept for its note to begin: up to {@link #NOTE_START} into it. */
  private static int needed(String s) {
    int pain = s.indexOf(BlockLog.PAIN);
    return pain < 0 ? s.length() : Math.min(s.length(), pain + BlockLog.PAIN.length() + NOTE_START);
  }

  private static String cut(String s, int max, int[] name) {
    int over = needed(s) - max;
    if (name == null || over <= 0) return s;
    int length = name[1] - name[0];
    int keep = Math.max(LEAST_NAME, length - over);
    if (keep >= length) return s;
    return s.substring(0, name[0]) + ShortText.cut(s.substring(name[0], name[1]), keep) + s.substring(name[1]);
  }
}
