package org.circuitpress.model;

import java.util.Objects;

/**
 * A load taken from the client's own kit: a numeric step ({@code 12 kg}) or a graded one
 * ({@code medium band}).
 *
 * @param equipment the kit item it comes from, normalized
 * @param amount the numeric load, or 0 for a graded step
 * @param units the unit of {@code amount}, or null for a graded step
 * @param label what is printed: "12 kg", "25 lb", "medium band"
 */
public record Load(String equipment, double amount, Units units, String label) {
  public Load {
    Objects.requireNonNull(equipment, "equipment");
    Objects.requireNonNull(label, "label");
  }

  /** A graded step, as the plan prints it: {@code medium band}. */
  public static Load graded(String equipment, String grade) {
    return new Load(equipment, 0, null, grade + " " + equipment);
  }

  @Override
  public String toString() {
    return label;
  }
}
