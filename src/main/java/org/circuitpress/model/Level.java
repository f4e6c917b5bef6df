package org.circuitpress.model;

import java.util.Locale;
import java.util.Optional;

/** A client's training level, also the level a drill is suited to. Ordered easiest first. */
public enum Level {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED;

  /** Accepts the names in any case and the first letters (b, i, a); empty means absent. */
  public static Optional<Level> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) return Optional.empty();
    for (Level l : values()) {
      String name = l.name().toLowerCase(Locale.ROOT);
      if (name.equals(t) || name.substring(0, 1).equals(t)) return Optional.of(l);
    }
    return Optional.empty();
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
