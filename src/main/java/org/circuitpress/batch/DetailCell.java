package org.circuitpress.batch;

import java.util.List;
import org.circuitpress.model.ShortText;

/**
 * The Detail cell of the trainer's summary, short enough to read in a spreadsheet: what the
 * client's log decided for the next block, if anything, then at most {@link #SHOWN} problems
 * spelled out (one that alone is too long is cut at a word), then how many more there are and
 * which report lists them, then a client's planner notes as far as they fit. The report keeps
 * every problem and note whole.
 */
final class DetailCell {
  /** The longest cell, in characters: about eight lines of the Detail column. */
  static final int MAX = 400;
  /** How much of the cell the problems spelled out may take. */
  static final int PROBLEMS = 300;
  /**
   * How much of the cell the list of what a client wrote in their log may take before what the
   * log decided, so that the decision still begins in the cell.
   */
  static final int WRITTEN = 240;
  /** How many problems are spelled out at most. */
  static final int SHOWN = 2;
  /** Notes after the problems are left to the report rather than cut shorter than this. */
  private static final int LEAST_NOTES = 40;
  private static final String SEPARATOR = "; ";

  private DetailCell() {}

  /**
   * The cell for {@code problems} (the first few of {@code total}, in full), each counted as a
   * {@code noun} ("warning", "error"), followed by {@code notes}; {@code report} is the file name
   * of the report that lists them all.
   */
  static String of(List<String> problems, long total, String noun, String notes, String report) {
    return of("", problems, total, noun, notes, report);
  }

  /**
   * As {@link #of(List, long, String, String, String)}, with {@code lead} in front of the problems:
   * what the client's log decided for the next block, which no warning should push out of the
   * cell. It is whole unless it alone leaves no room for the count of problems; the problems
   * then get the room left, and are only counted when that is less than a short one needs.
   */
  static String of(String lead, List<String> problems, long total, String noun, String notes, String report) {
    // the count at its longest, none of the problems spelled out
    int count = total == 0 ? 0 : (SEPARATOR + total + " " + noun + "s in " + report).length();
    StringBuilder sb = new StringBuilder(lead.isEmpty() ? "" : ShortText.cut(lead, MAX - count));
    int forProblems = lead.isEmpty() ? PROBLEMS
        : Math.min(PROBLEMS, MAX - sb.length() - SEPARATOR.length() - count - "and more ".length());
    StringBuilder spelled = new StringBuilder();
    int shown = 0;
    for (String p : problems) {
      if (shown == SHOWN || forProblems < LEAST_NOTES) break;
      if (shown == 0) {
        spelled.append(ShortText.cut(p, forProblems));
      } else if (spelled.length() + SEPARATOR.length() + p.length() <= forProblems) {
        spelled.append(SEPARATOR).append(p);
      } else {
        break;
      }
      shown++;
    }
    if (shown > 0) sb.append(sb.length() > 0 ? SEPARATOR : "").append(spelled);
    long more = Math.max(0, total - shown);
    if (more > 0) {
      if (sb.length() > 0) sb.append(SEPARATOR).append(shown > 0 ? "and " : "");
      sb.append(more).append(shown > 0 ? " more " : " ").append(noun).append(more == 1 ? "" : "s").append(" in ")
          .append(report);
    }
    if (notes.isEmpty()) return sb.toString();
    if (sb.length() == 0) return ShortText.cut(notes, MAX);
    int room = MAX - sb.length() - SEPARATOR.length();
    if (notes.length() <= room || room >= LEAST_NOTES) sb.append(SEPARATOR).append(ShortText.cut(notes, room));
    return sb.toString();
  }
}
