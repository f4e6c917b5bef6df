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

  public String symbol() {
    return name().toLowerCase(Locale.ROOT);
  }
}
