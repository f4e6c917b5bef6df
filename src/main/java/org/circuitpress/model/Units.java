package org.circuitpress.model;

import java.util.Locale;
import java.util.Optional;

/** The units a client's loads are written in. */
public enum Units {
  KG,
  LB;

  public static Optional<Units> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms" -> Optional.of(KG);
      case "lb", "lbs", "pound", "pounds" -> Optional.of(LB);
      default -> Optional.empty();
    };
  }

  /**
   * A client's units as a roster states them: {@link #parse} or the name of the system,
   * {@code metric} (kg) or {@code imperial} (lb).
   */
  public static Optional<Units> parseSetting(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "metric" -> Optional.of(KG);
      case "imperial", "us" -> Optional.of(LB);
      default -> parse(t);
    };
  }

  /** Pounds in a kilogram, as the planner has always converted loads. */
  private static final double LB_PER_KG = 2.20462;

  /**
   * A weight in these units converted to {@code to}, rounded to the steps weights come in: kg to
   * 0.5 kg, lb to 5 lb, and never below one step (a 1 kg bell is a 5 lb bell, not 0 lb).
   */
  public double convert(double amount, Units to) {
    if (to == this) return amount;
    if (to == LB) return Math.max(5, Math.round(amount * LB_PER_KG / 5.0) * 5.0);
    return Math.max(0.5, Math.round(amount / LB_PER_KG * 2.0) / 2.0);
  }

  /** Kilograms in a pound, exactly, by definition. */
  private static final double KG_PER_LB = 0.45359237;

  /** A weight in these units converted to {@code to}, not rounded: 8 kg is 17.64 lb. */
  public double exactly(double amount, Units to) {
    if (to == this) return amount;
    return to == KG ? amount * KG_PER_LB : amount / KG_PER_LB;
  }

  public String symbol() {
    return name().toLowerCase(Locale.ROOT);
  }
}
