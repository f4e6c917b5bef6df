package org.circuitpress.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;

/** Whether a client may be given a drill, and if not, why in plain words. */
final class Eligibility {
  private Eligibility() {}

  /** The quick check, without building a reason; both names are normalized already. */
  static boolean allowed(Exercise e, Client c) {
    return e.equipment().metBy(c.equipment().items()) && allowedButForKit(e, c);
  }

  /**
   * Whether the client could be given the drill if they had its equipment: not excluded, not above
   * their level, and not against a limitation.
   */
  static boolean allowedButForKit(Exercise e, Client c) {
    if (c.exclude().contains(e.id()) || e.level().compareTo(c.level()) > 0) return false;
    for (String contra : e.contraindications()) if (c.limitations().contains(contra)) return false;
    return true;
  }

  /** The first reason the drill is ruled out ({@link Ruling#of}), in a trainer's words. */
  static Optional<String> ruledOut(Exercise e, Client c) {
    return Ruling.of(e, c).map(r -> switch (r.kind()) {
      case EXCLUDED -> "is excluded for this client";
      case EQUIPMENT -> "needs " + r.missingSaid(UnaryOperator.identity()) + ", not in the client's kit";
      case LEVEL -> "is an " + e.level().label().toLowerCase(Locale.ROOT)
          + " drill, above the client's level ("
          + c.level().label().toLowerCase(Locale.ROOT) + ")";
      case LIMITATION -> "is ruled out by the client's limitation: " + String.join(", ", r.items());
    });
  }
}
