package org.circuitpress.model;

import java.util.Locale;
import java.util.Optional;

/** What a dose counts: repetitions, seconds (holds, foam rolling) or breaths. */
public enum DoseUnit {
  REPS("reps", "rep"),
  SECONDS("s", "s"),
  BREATHS("breaths", "breath");

  private final String plural;
  private final String singular;

  DoseUnit(String plural, String singular) {
    this.plural = plural;
    this.singular = singular;
  }

  public static Optional<DoseUnit> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "reps", "rep", "repetitions", "r" -> Optional.of(REPS);
      case "seconds", "second", "secs", "sec", "s" -> Optional.of(SECONDS);
      case "breaths", "breath", "b" -> Optional.of(BREATHS);
      default -> Optional.empty();
    };
  }

  /** "12 reps", "30 s", "1 breath". */
  public String format(int amount) {
    return amount + " " + label(amount);
  }

  /** The word {@link #format} puts after {@code amount}: "reps", "s", "breath". */
  public String label(int amount) {
    return amount == 1 ? singular : plural;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
