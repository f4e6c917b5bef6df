package org.circuitpress.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * A library's dose cell as trainers write it, with an amount before the unit: {@code 10 reps},
   * {@code 30 sec}, {@code 45s}, {@code 2 min}, {@code 8 reps each side}, {@code 20-30 sec/side},
   * {@code 3x10}, or a number alone ({@code 12}, counted in reps, the default unit).
   *
   * @param unit what the dose counts; minutes are a time, so {@link #SECONDS}
   * @param amount the amount as written ({@code 20-30}), empty when there is none
   * @param minutes whether the cell counts minutes, which the plan counts in seconds
   * @param unitless whether the cell holds an amount and no unit
   */
  public record Written(DoseUnit unit, String amount, boolean minutes, boolean unitless) {}

  private static final Pattern AMOUNT = Pattern.compile(
      "(?:\\d+\\s*[x\u00d7]\\s*)?\\d+(?:[.,]\\d+)?(?:\\s*(?:-|\u2013|to)\\s*\\d+(?:[.,]\\d+)?)?");

  /**
   * {@link #parse}, also when the cell starts with an amount or counts minutes (see {@link
   * Written}); empty when what is left is no unit.
   */
  public static Optional<Written> parseWritten(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String amount = "";
    String rest = t;
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      Matcher m = AMOUNT.matcher(t);
      if (!m.lookingAt()) return Optional.empty();
      amount = m.group();
      rest = withoutDot(t.substring(m.end()));
      if (rest.isEmpty()) return Optional.of(new Written(REPS, amount, false, true));
    }
    String unit = withoutDot(SIDE.matcher(rest).replaceAll(""));
    switch (unit) {
      case "min", "mins", "minute", "minutes" -> {
        return Optional.of(new Written(SECONDS, amount, true, false));
      }
      case "x", "times" -> {
        if (!amount.isEmpty()) return Optional.of(new Written(REPS, amount, false, false));
      }
      default -> { }
    }
    String a = amount;
    return parse(withoutDot(rest)).map(u -> new Written(u, a, false, false));
  }

  private static String withoutDot(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /** "per side", "/side", "each side", "e/s" before or after a unit; "per leg" and "each arm" too. */
  private static final Pattern SIDE = Pattern.compile(
      "(?:^|\\s*)(?:(?:per|each|a|/)\\s*(?:side|leg|arm)|e/s)(?:\\s*|$)");

  /** Whether a dose column's text says the dose is for each side: {@code reps/side}, {@code per side reps}. */
  public static boolean perSide(String text) {
    return text != null && SIDE.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
  }

  /**
   * An amount worked out (a converted dose, a deload's share) as the handout prints it: seconds to
   * the nearest 5, at least 5; reps and breaths to a whole number, at least 1.
   */
  public int round(double amount) {
    if (this == SECONDS) return Math.max(5, (int) Math.round(amount / 5.0) * 5);
    return Math.max(1, (int) Math.round(amount));
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
