package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a client's equipment and the load steps they own of it, e.g.
 * {@code kettlebell 8/12/16 kg} (numeric steps) or {@code band light/medium/heavy} (graded steps).
 *
 * @param name normalized with {@link Names#tag}
 * @param loads numeric steps in ascending order, in {@code unit}; empty when none were given
 * @param unit the unit of {@code loads}, or null when there are none
 * @param grades named steps easiest first (band colours); empty when none were given
 */
public record KitItem(String name, List<Double> loads, Units unit, List<String> grades) {
  public KitItem {
    Objects.requireNonNull(name, "name");
    loads = List.copyOf(loads);
    grades = List.copyOf(grades);
    if (!loads.isEmpty() && unit == null) throw new IllegalArgumentException("loads need a unit");
  }

  public static KitItem plain(String name) {
    return new KitItem(Names.tag(name), List.of(), null, List.of());
  }

  public boolean hasSteps() {
    return !loads.isEmpty() || !grades.isEmpty();
  }
}
