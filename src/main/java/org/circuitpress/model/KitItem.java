package org.circuitpress.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /** The names of bands, which come in grades (light, medium, heavy) even when none are listed. */
  public static final Set<String> BANDS = Set.of("band", "resistance band", "mini band");

  /**
   * Whether equipment of this name comes in load steps even when the roster lists none: kettlebells,
   * dumbbells and bands. Anything else (a foam roller, a mat) has steps only where a roster lists
   * weights or grades for it.
   */
  public static boolean usuallyStepped(String name) {
    return name.equals("kettlebell") || name.equals("dumbbell") || BANDS.contains(name);
  }

  /** The grades a band listed without any is taken to come in, lightest first. */
  public static final List<String> USUAL_GRADES = List.of("light", "medium", "heavy");

  public static KitItem plain(String name) {
    return new KitItem(Names.tag(name), List.of(), null, List.of());
  }

  /**
   * The weights a plan uses for this piece: those listed, else, for a kettlebell or dumbbell listed
   * without any steps, the usual ones in {@code units} ({@link UsualWeights#assumed}). Empty for a
   * piece that comes in grades or in no steps at all.
   */
  public List<Double> weights(Units units) {
    if (!loads.isEmpty()) return loads;
    return grades.isEmpty() ? UsualWeights.assumed(name, units) : List.of();
  }

  /** The unit of {@link #weights}: the one the roster lists them in, else {@code units}. */
  public Units weightUnit(Units units) {
    return loads.isEmpty() ? units : unit;
  }

  /**
   * The grades a plan uses for this piece: those listed, else, for a band listed without any
   * steps, the usual ones ({@link #USUAL_GRADES}). Empty for a piece that comes in weights or in
   * no steps at all.
   */
  public List<String> gradesOrUsual() {
    if (!grades.isEmpty()) return grades;
    return loads.isEmpty() && BANDS.contains(name) ? USUAL_GRADES : List.of();
  }

  public boolean hasSteps() {
    return !loads.isEmpty() || !grades.isEmpty();
  }

  /** The item as a roster cell writes it: {@code band light/heavy}, {@code kettlebell 8/12.5 kg}. */
  public String written() {
    StringBuilder sb = new StringBuilder(name);
    if (!grades.isEmpty()) sb.append(' ').append(String.join("/", grades));
    if (!loads.isEmpty()) {
      sb.append(' ');
      for (int i = 0; i < loads.size(); i++) {
        if (i > 0) sb.append('/');
        sb.append(java.math.BigDecimal.valueOf(loads.get(i)).stripTrailingZeros().toPlainString());
      }
      sb.append(' ').append(unit.symbol());
    }
    return sb.toString();
  }
}
