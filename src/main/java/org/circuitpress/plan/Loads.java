package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Load;
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
   * The ladder of the piece of the drill's equipment that carries its load ({@link Kit#carrying}).
   * A drill that needs nothing with load steps (a bench) gives none.
   */
  static Optional<Ladder> ladder(Exercise e, Client c) {
    return c.equipment().carrying(e.equipment()).map(k -> ladder(k, c.units()));
  }

  /** The steps of one piece of a client's kit, for a client who works in {@code units}. */
  static Ladder ladder(KitItem k, Units units) {
    List<Double> weights = k.weights(units);
    List<Load> steps = weights.isEmpty()
        ? k.gradesOrUsual().stream().map(g -> Load.graded(k.name(), g)).toList()
        : numeric(k.name(), weights, k.weightUnit(units), units);
    return new Ladder(steps, !k.hasSteps());
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

  static String number(double a) {
    return a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a);
  }
}
