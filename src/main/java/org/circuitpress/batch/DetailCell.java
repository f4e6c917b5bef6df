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
  /**
   * How much of the cell the first problem keeps when it must be seen (a note of pain, which holds
   * a drill): what the log decided is cut shorter to leave it this room.
   */
  static final int HOLD = 240;
  /** How many problems are spelled out at most. */
  static final int SHOWN = 2;
  /** Notes after the problems are left to the report rather than cut shorter than this. */
  private static final int LEAST_NOTES = 40;
  private static final String SEPARATOR = "; ";
  private static final String AND_MORE = "and more ";

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
   * What comes before the problems: the notes the client wrote in their log ({@code written}, cut
   * to at most {@link #WRITTEN}), then what their log decided ({@code decision}), together no
   * longer than leaves the first problem {@link #HOLD} when {@code keepFirst} (the count of
   * {@code total} problems, as {@link #of(String, List, long, String, String, String)} ends it,
   * included). {@code written} is only ever given with a decision.
   */
  static String lead(String written, String decision, boolean keepFirst, long total, String noun, String report) {
    int room = keepFirst ? MAX - count(total, noun, report) - SEPARATOR.length() - AND_MORE.length() - HOLD : MAX;
    if (written.isEmpty()) return ShortText.cut(decision, room);
    String w = ShortText.cut(written, Math.min(WRITTEN, room * 3 / 5));
    return w + SEPARATOR + ShortText.cut(decision, room - w.length() - SEPARATOR.length());
  }

  /** The count of {@code total} problems at its longest, none of them spelled out; 0 for none. */
  private static int count(long total, String noun, String report) {
    return total == 0 ? 0 : (SEPARATOR + total + " " + noun + "s in " + report).length();
  }

  /** A problem as the cell shows it: where it is, with its kind ("log.xlsx: Week 2!Q8: warning: "), then what it says. */
  record Part(String where, String what, boolean pain) {
    Part(String where, String what) {
      this(where, what, false);
    }

    String text() {
      return where + what;
    }

    /**
     * As {@link #text}; a note of pain's warning ({@code pain}) with its drill names cut where the
     * start of the note would not be within {@code max} otherwise ({@link PainText}).
     */
    String text(int max) {
      return pain ? where + PainText.fit(what, max - where.length()) : text();
    }
  }

  /**
   * As {@link #of(List, long, String, String, String)}, with {@code lead} in front of the problems:
   * what the client's log decided for the next block, which no warning should push out of the
   * cell. It is whole unless it alone leaves no room for the count of problems; the problems
   * then get the room left, and are only counted when that is less than a short one needs.
   */
  static String of(String lead, List<String> problems, long total, String noun, String notes, String report) {
    return ofParts(lead, problems.stream().map(p -> new Part("", p)).toList(), total, noun, notes, report);
  }

  /**
   * As {@link #of(String, List, long, String, String, String)}, for problems that say where they
   * are: one that would have to be cut to less than its location and the first words of its
   * message is left to the report and counted with the others, as a fragment like "log.xlsx:
   * Week 2!Q8…" says nothing.
   */
  static String ofParts(String lead, List<Part> problems, long total, String noun, String notes, String report) {
    int count = count(total, noun, report);
    StringBuilder sb = new StringBuilder(lead.isEmpty() ? "" : ShortText.cut(lead, MAX - count));
    int forProblems = lead.isEmpty() ? PROBLEMS
        : Math.min(PROBLEMS, MAX - sb.length() - SEPARATOR.length() - count - AND_MORE.length());
    StringBuilder spelled = new StringBuilder();
    int shown = 0;
    for (Part p : problems) {
      if (shown == SHOWN || forProblems < LEAST_NOTES) break;
      if (shown == 0) {
        String text = p.text(forProblems);
        if (text.length() > forProblems && forProblems - p.where().length() < LEAST_NOTES) continue;
        spelled.append(ShortText.cut(text, forProblems));
      } else {
        String text = p.text(forProblems - spelled.length() - SEPARATOR.length());
        if (spelled.length() + SEPARATOR.length() + text.length() > forProblems) break;
        spelled.append(SEPARATOR).append(text);
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
