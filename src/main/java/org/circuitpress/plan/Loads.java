package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Load;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Units;

/**
 * The load steps a client can actually use for a drill: the weights or band colours listed on the
 * roster, weights as they are marked (in the unit the roster lists them in). Equipment that carries load but was listed without steps gets the
 * usual commercial steps (kettlebells 4 kg / 5 lb apart, dumbbells 2 kg / 5 lb, bands light to
 * heavy), and a note says so.
 */
final class Loads {
  private Loads() {}

  /** An ordered ladder of loads, lightest first; {@code assumed} when not from the roster. */
  record Ladder(List<Load> steps, boolean assumed) {
    Ladder {
      steps = List.copyOf(steps);
    }

    Load at(int index) {
      return steps.get(Math.max(0, Math.min(index, steps.size() - 1)));
    }

    int top() {
      return steps.size() - 1;
    }
  }

  /**
   * The ladder of the piece of the drill's equipment that carries its load: group by group in the
   * drill's order ({@link Needs}: sorted), and within a group of alternatives ("dumbbell or
   * kettlebell") the first listed that the client has and that carries a load. A group met only by
   * equipment without load steps (a bench) gives none.
   */
  static Optional<Ladder> ladder(Exercise e, Client c) {
    List<List<String>> groups = e.equipment().groups();
    for (int g = 0; g < groups.size(); g++) {
      List<String> group = groups.get(g);
      for (int i = 0; i < group.size(); i++) {
        KitItem k = c.equipment().items().get(group.get(i));
        if (k == null) continue;
        if (!k.loads().isEmpty())
          return Optional.of(new Ladder(numeric(k.name(), k.loads(), k.unit(), c.units()), false));
        if (!k.grades().isEmpty())
          return Optional.of(new Ladder(graded(k.name(), k.grades()), false));
        Optional<Ladder> usual = usual(k.name(), c.units());
        if (usual.isPresent()) return usual;
      }
    }
    return Optional.empty();
  }

  /**
   * Weights as the kit marks them ({@code given}, the unit the roster lists them in), each with its
   * label: "8 kg", and for a client who works in the other unit ({@code wanted}) the nearest whole
   * one of it in brackets, "8 kg (18 lb)". A weight is never printed converted and rounded: no bell
   * is marked 20 lb for being 8 kg.
   */
  static List<Load> numeric(String equipment, List<Double> loads, Units given, Units wanted) {
    List<Load> out = new ArrayList<>();
    for (double a : new TreeSet<>(loads)) out.add(new Load(equipment, a, given, label(a, given, wanted)));
    return out;
  }

  private static String label(double amount, Units given, Units wanted) {
    String marked = number(amount) + " " + given.symbol();
    if (given == wanted) return marked;
    return marked + " (" + Math.round(given.exactly(amount, wanted)) + " " + wanted.symbol() + ")";
  }

  /**
   * Whether {@code step}, a step of a ladder, is the load {@code printed} on an earlier handout:
   * the same label, or, for a weight marked in another unit than the client's, the weight that
   * handouts made before such weights were printed as marked showed converted and rounded (an 8 kg
   * bell as 20 lb), so that a client's block carries on from such a handout.
   */
  static boolean same(Load step, Load printed) {
    if (step.label().equals(printed.label())) return true;
    return step.units() != null && printed.units() != null && step.units() != printed.units()
        && step.equipment().equals(printed.equipment())
        && step.units().convert(step.amount(), printed.units()) == printed.amount();
  }

  private static List<Load> graded(String equipment, List<String> grades) {
    List<Load> out = new ArrayList<>();
    for (String g : grades) out.add(new Load(equipment, 0, null, g + " " + equipment));
    return out;
  }

  private static Optional<Ladder> usual(String equipment, Units units) {
    boolean kg = units == Units.KG;
    List<Double> steps =
        switch (equipment) {
          case "kettlebell" ->
              kg
                  ? List.of(8.0, 12.0, 16.0, 20.0, 24.0)
                  : List.of(15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0);
          case "dumbbell" ->
              kg ? List.of(2.0, 4.0, 6.0, 8.0, 10.0, 12.0) : List.of(5.0, 10.0, 15.0, 20.0, 25.0);
          default -> List.of();
        };
    if (!steps.isEmpty())
      return Optional.of(new Ladder(numeric(equipment, steps, units, units), true));
    if (KitItem.BANDS.contains(equipment)) {
      return Optional.of(new Ladder(graded(equipment, KitItem.USUAL_GRADES), true));
    }
    return Optional.empty();
  }

  static String number(double a) {
    return a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a);
  }
}
