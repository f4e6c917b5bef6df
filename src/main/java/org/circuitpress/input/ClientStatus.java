package org.circuitpress.input;

import java.util.Locale;
import java.util.Set;

/**
 * A roster's {@code status} column (or {@code active}, {@code membership}), as trainers keep one:
 * whether a client is active, and so gets a program. Only a plainly inactive word passes the
 * client over; anything else unknown still makes the program, with a warning, since a client left
 * without one is worse than one made for a client who has left.
 */
final class ClientStatus {
  private ClientStatus() {}

  /** How a status cell reads. */
  enum Reading { ACTIVE, INACTIVE, OTHER }

  /** The words that mark a client inactive, as read ({@link #read}). */
  private static final Set<String> INACTIVE = Set.of("inactive", "paused", "on hold", "cancelled", "canceled",
      "left", "former", "lapsed", "frozen", "no", "false", "0");
  private static final Set<String> ACTIVE = Set.of("", "active", "yes", "true", "1", "trial", "new");

  /** What a status cell may hold, said where one holds something else. */
  static final String EXPECTED = "expected active (or yes, trial, new) or inactive (or no, paused, on hold, cancelled,"
      + " left, former, lapsed, frozen)";

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
    return ACTIVE.contains(t) ? Reading.ACTIVE : Reading.OTHER;
  }
}
