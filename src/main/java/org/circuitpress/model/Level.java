package org.circuitpress.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A client's training level, also the level a drill is suited to. Ordered easiest first. */
public enum Level {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED;

  /**
   * Accepts the names in any case, their first letter or first three letters or more ({@code b},
   * {@code int}, {@code adv}), and the words trainers also use for them: novice, new and starter;
   * mid and moderate; expert and experienced. Empty means absent or not a level.
   */
  public static Optional<Level> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
    if (t.isEmpty()) return Optional.empty();
    for (Level l : values()) {
      String name = l.name().toLowerCase(Locale.ROOT);
      if (name.equals(t) || name.substring(0, 1).equals(t) || (t.length() >= 3 && name.startsWith(t))) {
        return Optional.of(l);
      }
    }
    return switch (t) {
      case "novice", "new", "starter" -> Optional.of(BEGINNER);
      case "mid", "moderate" -> Optional.of(INTERMEDIATE);
      case "expert", "experienced" -> Optional.of(ADVANCED);
      default -> Optional.empty();
    };
  }

  /**
   * The levels the words of {@code text} name, when {@link #parse} does not read it whole: {@code
   * Beginner+} and {@code Intermediate (returning)} name one, {@code Beginner/Intermediate} two.
   * Only words of three letters or more count (a lone {@code a} is no level), and a text that says
   * {@code no} or {@code not} names none, since it may say the opposite. Easiest first, without
   * repeats; empty when no word is a level.
   */
  public static List<Level> named(String text) {
    if (text == null) return List.of();
    EnumSet<Level> found = EnumSet.noneOf(Level.class);
    String t = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < t.length()) {
      if (!Character.isLetter(t.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < t.length() && Character.isLetter(t.charAt(end))) end++;
      String word = t.substring(i, end);
      if (word.equals("no") || word.equals("not")) return List.of();
      if (word.length() >= 3) parse(word).ifPresent(found::add);
      i = end;
    }
    return List.copyOf(found);
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
