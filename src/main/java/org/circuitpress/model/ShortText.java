package org.circuitpress.model;

/**
 * Text a person typed, shortened to fit a cell or a line of a report: cut at a word, never inside
 * a character, and marked with an ellipsis.
 */
public final class ShortText {
  private static final String CUT = "\u2026";

  private ShortText() {}

  /**
   * {@code s} at most {@code max} characters long: cut at a word where one ends in the last third,
   * else between two characters (never inside a character written as a surrogate pair, nor before
   * an accent or a joiner that belongs to the character before it), and marked with an ellipsis.
   */
  public static String cut(String s, int max) {
    if (s.length() <= max) return s;
    int end = Math.max(0, max - CUT.length());
    int space = end;
    while (space > 0 && !Character.isWhitespace(s.charAt(space))) space--;
    if (space > end * 2 / 3) {
      end = space;
    } else {
      while (end > 0 && joined(s, end)) end--;
    }
    String kept = s.substring(0, end).stripTrailing();
    // a cut just after a separator reads better without it
    while (!kept.isEmpty() && ";,:(".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
      kept = kept.substring(0, kept.length() - 1).stripTrailing();
    }
    return kept + CUT;
  }

  /** Whether {@code s} cut at {@code i} would split one character as a reader sees it. */
  private static boolean joined(String s, int i) {
    char before = s.charAt(i - 1);
    char at = s.charAt(i);
    if (Character.isHighSurrogate(before) && Character.isLowSurrogate(at)) return true;
    if (before == '\u200D' || at == '\u200D') return true; // zero-width joiner (emoji sequences)
    int type = Character.getType(s.codePointAt(i));
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (at >= '\uFE00' && at <= '\uFE0F'); // variation selectors
  }
}
