package org.circuitpress.plan;

import java.util.Objects;
import org.circuitpress.model.Exercise;

/**
 * The drill a slot gets for a whole block, before week-by-week variants.
 *
 * @param substituteFor the drill the template preferred, when another was chosen; null otherwise
 * @param why a plain reason when {@code substituteFor} is set, empty otherwise
 * @param fallback true when nothing of the slot's role fitted and a library fallback was used
 */
record Choice(Exercise exercise, String substituteFor, String why, boolean fallback) {
  Choice {
    Objects.requireNonNull(exercise, "exercise");
    why = why == null ? "" : why;
  }

  static Choice preferred(Exercise e) {
    return new Choice(e, null, "", false);
  }
}
