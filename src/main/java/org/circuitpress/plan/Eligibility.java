package org.circuitpress.plan;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;

/** Whether a client may be given a drill, and if not, why in plain words. */
final class Eligibility {
  private Eligibility() {}

  /** Tags lose a plural "s" when normalized; medical words ending in -sis or -tis get it back. */
  static String word(String tag) {
    return tag.endsWith("si") || tag.endsWith("ti") ? tag + "s" : tag;
  }

  /** The quick check, without building a reason; both names are normalized already. */
  static boolean allowed(Exercise e, Client c) {
    if (c.exclude().contains(e.id()) || e.level().compareTo(c.level()) > 0) return false;
    for (String item : e.equipment()) if (!c.equipment().items().containsKey(item)) return false;
    for (String contra : e.contraindications()) if (c.limitations().contains(contra)) return false;
    return true;
  }

  /**
   * The first reason the drill is ruled out, in the order a trainer would check: the trainer's own
   * exclusion, missing equipment, level, then limitations.
   */
  static Optional<String> ruledOut(Exercise e, Client c) {
    if (c.exclude().contains(e.id())) return Optional.of("is excluded for this client");
    List<String> missing =
        e.equipment().stream()
            .filter(item -> !c.equipment().items().containsKey(item))
            .sorted()
            .toList();
    if (!missing.isEmpty()) {
      return Optional.of("needs " + String.join(" and ", missing) + ", not in the client's kit");
    }
    if (e.level().compareTo(c.level()) > 0) {
      return Optional.of(
          "is an "
              + e.level().label().toLowerCase(java.util.Locale.ROOT)
              + " drill, above the client's level ("
              + c.level().label().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    TreeSet<String> clash = new TreeSet<>(e.contraindications());
    clash.retainAll(c.limitations());
    if (!clash.isEmpty()) {
      return Optional.of(
          "is ruled out by the client's limitation: "
              + String.join(", ", clash.stream().map(Eligibility::word).toList()));
    }
    return Optional.empty();
  }
}
