package org.circuitpress.model;

import java.util.Locale;
import java.util.Optional;

/** When a template is meant to be run. */
public enum Use {
  WARM_UP("warm-up"),
  COOL_DOWN("cool-down"),
  STAND_ALONE("stand-alone");

  public final String label;

  Use(String label) {
    this.label = label;
  }

  public static Optional<Use> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    for (Use u : values()) if (u.label.equals(t) || u.label.replace("-", "").equals(t)) return Optional.of(u);
    return Optional.empty();
  }
}
