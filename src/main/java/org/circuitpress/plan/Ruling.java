package org.circuitpress.plan;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;

/**
 * Why a drill may not be given to a client, as data: the trainer's report and the client's
 * handout each say it in their own words.
 *
 * @param items the missing equipment or the clashing limitations, sorted; empty otherwise
 */
public record Ruling(Kind kind, List<String> items) {
  public enum Kind {
    EXCLUDED,
    EQUIPMENT,
    LEVEL,
    LIMITATION
  }

  public Ruling {
    items = List.copyOf(items);
  }

  /**
   * The first reason the drill is ruled out, in the order a trainer would check: the trainer's own
   * exclusion, missing equipment, level, then limitations. Empty when the drill is allowed.
   */
  public static Optional<Ruling> of(Exercise e, Client c) {
    if (c.exclude().contains(e.id())) return Optional.of(new Ruling(Kind.EXCLUDED, List.of()));
    List<String> missing =
        e.equipment().stream()
            .filter(item -> !c.equipment().items().containsKey(item))
            .sorted()
            .toList();
    if (!missing.isEmpty()) return Optional.of(new Ruling(Kind.EQUIPMENT, missing));
    if (e.level().compareTo(c.level()) > 0) return Optional.of(new Ruling(Kind.LEVEL, List.of()));
    TreeSet<String> clash = new TreeSet<>(e.contraindications());
    clash.retainAll(c.limitations());
    if (!clash.isEmpty()) {
      return Optional.of(new Ruling(Kind.LIMITATION, clash.stream().map(Ruling::word).toList()));
    }
    return Optional.empty();
  }

  /** Tags lose a plural "s" when normalized; medical words ending in -sis or -tis get it back. */
  static String word(String tag) {
    return tag.endsWith("si") || tag.endsWith("ti") ? tag + "s" : tag;
  }
}
