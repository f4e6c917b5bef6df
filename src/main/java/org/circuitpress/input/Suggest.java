package org.circuitpress.input;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/** "Did you mean" suggestions for mistyped names. */
final class Suggest {
  private Suggest() {}

  /**
   * The candidate closest to {@code typed} after normalizing both, when it is close enough to be a
   * likely typo (an edit distance of at most a third of the length, and at most 3).
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
    int allowed = Math.min(3, Math.max(1, t.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
