package org.circuitpress.input;

import java.util.ArrayList;
import java.util.List;

/** Cleaning of cell text typed or pasted by people. */
final class Cells {
  private Cells() {}

  /** The cleaned text and the code points that were removed from it. */
  record Cleaned(String text, List<Integer> removed) {}

  /**
   * Removes control characters (a pasted bell or form feed), zero-width and bidi-override
   * characters (they can hide or reorder what a person reads), folds tabs and no-break spaces to
   * spaces, keeps line breaks as {@code \n}, and trims.
   */
  static Cleaned clean(String raw) {
    if (raw == null || raw.isEmpty()) return new Cleaned("", List.of());
    if (isPlain(raw)) return new Cleaned(raw.strip(), List.of());
    StringBuilder sb = new StringBuilder(raw.length());
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') i++;
      } else if (c == '\n') {
        sb.append('\n');
      } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        sb.append(' ');
      } else if (isUnwanted(c)) {
        removed.add((int) c);
      } else {
        sb.append(c);
      }
    }
    return new Cleaned(sb.toString().strip(), List.copyOf(removed));
  }

  /**
   * True when nothing would be left of the text after {@link #clean}: only spaces of any kind
   * (no-break, thin, ideographic ...), zero-width or control characters.
   */
  static boolean isBlank(String raw) {
    return raw == null || raw.isBlank() || clean(raw).text().isEmpty();
  }

  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnwanted(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xFEFF;
  }

  /** A value short enough to quote in a message. */
  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
