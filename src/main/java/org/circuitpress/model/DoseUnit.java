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

  /**
   * The unit a dose column or cell names: reps, seconds (also a hold or time) or breaths, in
   * their usual short forms; a side written after it ({@code reps/side}) is left to
   * {@link #perSide}.
   */
  public static Optional<DoseUnit> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String unit = SIDE.matcher(t).replaceAll("").strip();
    // a side alone ("e/s", "per side") counts reps, the default unit, for each side
    if (unit.isEmpty() && !t.isEmpty()) return Optional.of(REPS);
    return switch (unit) {
      case "reps", "rep", "repetitions", "r" -> Optional.of(REPS);
      case "seconds", "second", "secs", "sec", "s", "time", "timed", "hold", "holds" -> Optional.of(SECONDS);
      case "breaths", "breath", "b" -> Optional.of(BREATHS);
      default -> Optional.empty();
    };
  }

  /** "per side", "/side", "each side", "e/s" before or after a unit; "per leg" and "each arm" too. */
  private static final java.util.regex.Pattern SIDE = java.util.regex.Pattern.compile(
      "(?:^|\\s*)(?:(?:per|each|a|/)\\s*(?:side|leg|arm)|e/s)(?:\\s*|$)");

  /** Whether a dose column's text says the dose is for each side: {@code reps/side}, {@code per side reps}. */
  public static boolean perSide(String text) {
    return text != null && SIDE.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
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
