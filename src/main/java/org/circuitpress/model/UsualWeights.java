package org.circuitpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The weights kettlebells and dumbbells are usually made in, in each unit: what a range of
 * weights on a roster ("dumbbells 10-50 lb", "kettlebells 8-24 kg") is read as. The lists are
 * written down in docs/inputs.md; change both together.
 */
public final class UsualWeights {
  private UsualWeights() {}

  /** The heaviest weight the lists go to, the heaviest a roster may list. */
  private static final double TOP = 500;

  /** Kilogram bells: 4 and 6 kg, then 4 kg apart from 8 kg, as the plan assumes for a kettlebell. */
  private static final List<Double> KETTLEBELL_KG =
      List.of(4.0, 6.0, 8.0, 12.0, 16.0, 20.0, 24.0, 28.0, 32.0, 36.0, 40.0, 44.0, 48.0);
  /** Kilogram bells as US makers mark them in pounds: 8 kg is 18 lb, 12 kg 26 lb, 16 kg 35 lb. */
  private static final List<Double> KETTLEBELL_KG_MARKED_LB =
      List.of(9.0, 13.0, 18.0, 26.0, 35.0, 44.0, 53.0, 62.0, 70.0, 80.0, 88.0, 97.0, 106.0);
  /** Pound bells and dumbbells: 5 lb apart. */
  private static final List<Double> EVERY_5_LB = apart(5, 5, TOP);
  /** Kilogram dumbbells as a gym's rack holds them: 2 kg apart to 10 kg, then 2.5 kg apart. */
  private static final List<Double> DUMBBELL_KG = join(apart(2, 2, 10), apart(12.5, 2.5, TOP));

  /**
   * The weights of {@code equipment} (a name as {@link Names#tag} reads it) from {@code low} to
   * {@code high}, both included, in {@code unit}: the weights of the first of its usual lists that
   * holds both ends, else those of its first list between them and the ends themselves. Empty when
   * the equipment has no usual weights (anything but a kettlebell or a dumbbell).
   */
  public static List<Double> between(String equipment, double low, double high, Units unit) {
    List<List<Double>> lists = lists(equipment, unit);
    if (lists.isEmpty()) return List.of();
    double from = Math.min(low, high);
    double to = Math.max(low, high);
    List<Double> list = lists.get(0);
    for (List<Double> l : lists) {
      if (l.contains(from) && l.contains(to)) {
        list = l;
        break;
      }
    }
    TreeSet<Double> out = new TreeSet<>(List.of(from, to));
    for (double w : list) if (w > from && w < to) out.add(w);
    return List.copyOf(out);
  }

  /**
   * The weights a plan takes a client to own of {@code equipment} listed without any: kettlebells
   * 8 to 24 kg, 4 kg apart, or 15 to 50 lb, 5 lb apart; dumbbells 2 to 12 kg, 2 kg apart, or 5 to
   * 25 lb, 5 lb apart. Empty for anything else. docs/templates.md ("Loads") lists them too.
   */
  public static List<Double> assumed(String equipment, Units unit) {
    boolean kg = unit == Units.KG;
    return switch (equipment) {
      case "kettlebell" -> kg ? apart(8, 4, 24) : apart(15, 5, 50);
      case "dumbbell" -> kg ? apart(2, 2, 12) : apart(5, 5, 25);
      default -> List.of();
    };
  }

  /** The equipment that has usual weights. */
  public static final List<String> NAMES = List.of("kettlebell", "dumbbell");

  /** Whether {@code equipment} has usual weights: a kettlebell or a dumbbell. */
  public static boolean known(String equipment) {
    return !lists(equipment, Units.KG).isEmpty();
  }

  private static List<List<Double>> lists(String equipment, Units unit) {
    boolean kg = unit == Units.KG;
    return switch (equipment) {
      case "kettlebell" -> kg ? List.of(KETTLEBELL_KG) : List.of(EVERY_5_LB, KETTLEBELL_KG_MARKED_LB);
      case "dumbbell" -> List.of(kg ? DUMBBELL_KG : EVERY_5_LB);
      default -> List.of();
    };
  }

  private static List<Double> apart(double from, double step, double to) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; from + i * step <= to; i++) out.add(from + i * step);
    return List.copyOf(out);
  }

  private static List<Double> join(List<Double> a, List<Double> b) {
    List<Double> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
