package org.circuitpress.input;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A roster's {@code status} column (or {@code active}, {@code membership}), as trainers keep one:
 * whether a client is active, and so gets a program. Only a plainly inactive word, or a phrase that
 * begins with one ("Left - moved away"), passes the client over; anything else unknown ("Left knee
 * sore", "paused?") still makes the program, with a warning, since a client left without one is
 * worse than one made for a client who has left.
 */
final class ClientStatus {
  private ClientStatus() {}

  /** How a status cell reads. */
  enum Reading { ACTIVE, INACTIVE, OTHER }

  /**
   * The inactive words a phrase may begin with, as trainers type one ("Left.", "left gym", "Left -
   * moved away", "paused till Feb").
   */
  private static final Set<String> INACTIVE_FIRST = Set.of("inactive", "paused", "on hold", "cancelled",
      "canceled", "left", "former", "lapsed", "frozen", "quit", "ended", "expired", "suspended");
  /**
   * The words that mark a client inactive as the whole cell ({@link #read}): those above, and "no",
   * "false" and "0", which do so only alone.
   */
  private static final Set<String> INACTIVE =
      Stream.concat(INACTIVE_FIRST.stream(), Stream.of("no", "false", "0")).collect(Collectors.toUnmodifiableSet());
  /** Words that turn a phrase the other way ("left, back in January", "not paused"): it stays unknown. */
  private static final Set<String> TURNS = Set.of("not", "back", "active", "again");
  /** The beginnings of words that turn a phrase the other way in any form ("rejoining", "resumes", "returned"). */
  private static final List<String> TURNS_FROM = List.of("return", "rejoin", "resum", "restart");
  private static final Set<String> ACTIVE = Set.of("", "active", "yes", "true", "1", "trial", "new");

  /** What a status cell may hold, said where one holds something else. */
  static final String EXPECTED = "expected active (or yes, trial, new) or inactive (or no, paused, on hold, cancelled,"
      + " left, former, lapsed, frozen, quit, ended, expired, suspended)";

  /** A cell's text read in any capitals, its spaces, hyphens and underscores as one space ("On-hold"). */
  static Reading read(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      boolean gap = c == '-' || c == '_' || Character.isWhitespace(c) || c == '\u00A0';
      if (!gap) sb.append(c);
      else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
    }
    String t = sb.toString().strip();
    if (INACTIVE.contains(t)) return Reading.INACTIVE;
    if (ACTIVE.contains(t)) return Reading.ACTIVE;
    return beginsInactive(t) ? Reading.INACTIVE : Reading.OTHER;
  }

  /**
   * Whether a phrase begins with an inactive word, as a whole word ("left gym", not "leftover"), and
   * has no word that turns it the other way. A word of doubt ("paused?") or a part of the body
   * right after the word ("Left knee sore", "Frozen shoulder") says something else: the client
   * still gets the program, with the warning.
   */
  private static boolean beginsInactive(String t) {
    if (t.contains("?")) return false;
    String[] words = t.split("[^\\p{L}\\p{N}]+");
    int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    if (words.length <= first) return false;
    String one = words[first];
    String two = words.length > first + 1 ? one + " " + words[first + 1] : one;
    if (!INACTIVE_FIRST.contains(one) && !INACTIVE_FIRST.contains(two)) return false;
    int after = first + (INACTIVE_FIRST.contains(two) && !two.equals(one) ? 2 : 1);
    List<String> next = Arrays.asList(words).subList(Math.min(after, words.length), Math.min(after + 2, words.length));
    if (!Conditions.parts(Conditions.words(String.join(" ", next)), false).isEmpty()) return false;
    for (String w : words) {
      if (TURNS.contains(w) || TURNS_FROM.stream().anyMatch(w::startsWith)) return false;
    }
    return true;
  }
}
