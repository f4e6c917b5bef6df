package org.circuitpress.input;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** "Did you mean" suggestions for mistyped names. */
public final class Suggest {
  private Suggest() {}

  /**
   * The candidate closest to {@code typed} after normalizing both, when it is close enough to be a
   * likely typo (an edit distance, {@link #distance}, of at most a third of the length, at least 1
   * and at most 3).
   */
  static Optional<String> closest(
      String typed, Collection<String> candidates, Function<String, String> normalize) {
    String t = normalize.apply(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int dist = distance(t, normalize.apply(c));
      if (dist < bestDistance) {
        best = c;
        bestDistance = dist;
      }
    }
    return best != null && bestDistance <= allowed(t) ? Optional.of(best) : Optional.empty();
  }

  /** The edit distance a likely typo of {@code t} is within: a third of its length, at least 1 and at most 3. */
  private static int allowed(String t) {
    return Math.min(3, Math.max(1, t.length() / 3));
  }

  /**
   * Those of {@code candidates} close enough to {@code typed} to be what was meant, by the rule of
   * {@link #closest}, in their order: a command line's guesses without the far ones ("genrate" is
   * not "merge-summaries").
   */
  public static List<String> near(String typed, Collection<String> candidates) {
    String t = bare(typed);
    return candidates.stream().filter(c -> distance(t, bare(c)) <= allowed(t)).toList();
  }

  /** A command line's word to compare: its last word ("circuitpress generate"), without dashes or case. */
  private static String bare(String word) {
    String last = word.substring(word.lastIndexOf(' ') + 1);
    return last.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The one candidate {@code typed} is plainly a slip of the keyboard for, safe to read as it: a
   * single letter left out, added, changed or two swapped ("dumbells", "kettelbell"), in a word of
   * six letters or more, with no other candidate as near. Shorter words are too often other words
   * one letter away ("towel" and "dowel", "wand" and "band"): those only get a hint.
   */
  static Optional<String> slip(String typed, Collection<String> candidates, Function<String, String> normalize) {
    String t = normalize.apply(typed);
    if (t.length() < SLIP_MIN) return Optional.empty();
    String found = null;
    for (String c : candidates) {
      String n = normalize.apply(c);
      if (n.length() < SLIP_MIN || n.equals(t) || distance(t, n) != 1) continue;
      if (found != null) return Optional.empty(); // two as near: which one is a guess
      found = c;
    }
    return Optional.ofNullable(found);
  }

  private static final int SLIP_MIN = 6;

  /**
   * The edit distance between two words: letters left out, added or changed, and two neighbouring
   * letters swapped ("fiel" for file, "valdiate" for validate), each counted as one slip of the
   * keyboard (optimal string alignment: a swapped pair is not edited again).
   */
  static int distance(String a, String b) {
    // three rows of the table at a time: a swap looks two rows back
    int[] twoBack = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], twoBack[j - 2] + 1);
        }
      }
      int[] t = twoBack;
      twoBack = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
