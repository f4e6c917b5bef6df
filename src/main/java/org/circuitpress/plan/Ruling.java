package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Names;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Words;

/**
 * Why a drill may not be given to a client, as data: the trainer's report and the client's
 * handout each say it in their own words.
 *
 * @param items the clashing limitations, sorted; empty otherwise
 * @param missing for {@link Kind#EQUIPMENT}, the groups of the drill's equipment of which the
 *     client has none; {@link Needs#NONE} otherwise
 */
public record Ruling(Kind kind, List<String> items, Needs missing) {
  public enum Kind {
    EXCLUDED,
    EQUIPMENT,
    LEVEL,
    LIMITATION
  }

  public Ruling {
    items = List.copyOf(items);
    Objects.requireNonNull(missing, "missing");
  }

  Ruling(Kind kind, List<String> items) {
    this(kind, items, Needs.NONE);
  }

  /**
   * The first reason the drill is ruled out, in the order a trainer would check: the trainer's own
   * exclusion, missing equipment, level, then limitations. Empty when the drill is allowed.
   */
  public static Optional<Ruling> of(Exercise e, Client c) {
    if (c.exclude().contains(e.id())) return Optional.of(new Ruling(Kind.EXCLUDED, List.of()));
    Needs missing = e.equipment().unmetBy(c.equipment().items());
    if (!missing.isEmpty()) return Optional.of(new Ruling(Kind.EQUIPMENT, List.of(), missing));
    if (e.level().compareTo(c.level()) > 0) return Optional.of(new Ruling(Kind.LEVEL, List.of()));
    TreeSet<String> clash = new TreeSet<>(e.contraindications());
    clash.retainAll(c.limitations());
    if (!clash.isEmpty()) {
      return Optional.of(new Ruling(Kind.LIMITATION, clash.stream().map(Ruling::word).toList()));
    }
    return Optional.empty();
  }

  /**
   * The missing equipment as words, each name as {@code name} says it (with an article, say): "bench
   * and either dumbbell or kettlebell". Empty when nothing is missing.
   */
  public String missingSaid(UnaryOperator<String> name) {
    List<String> needs = new ArrayList<>();
    for (List<String> group : missing.groups()) {
      List<String> names = group.stream().map(name).toList();
      needs.add(names.size() == 1 ? names.get(0) : "either " + Words.or(names));
    }
    return String.join(" and ", needs);
  }

  /** Tags lose a plural "s" when normalized; medical words ending in -sis or -tis get it back. */
  static String word(String tag) {
    return Names.word(tag);
  }
}
