package org.circuitpress.model;

import java.util.Objects;

/** How much of a drill: {@code 12 reps}, {@code 30 s per side}, {@code 10 breaths}. */
public record Dose(int amount, DoseUnit unit, boolean perSide) {
  public Dose {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) throw new IllegalArgumentException("amount < 0");
  }

  public Dose withAmount(int newAmount) {
    return new Dose(newAmount, unit, perSide);
  }

  /** "12 reps", "30 s per side". */
  public String format() {
    return unit.format(amount) + (perSide ? " per side" : "");
  }

  @Override
  public String toString() {
    return format();
  }
}
