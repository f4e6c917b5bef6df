package org.circuitpress.plan;

import java.util.Objects;
import org.circuitpress.model.Exercise;

/**
 * The drill a slot gets for a whole block, before week-by-week variants.
 *
 * @param substituteFor the drill the template preferred, when another was chosen; null otherwise
 * @param why a plain reason when {@code substituteFor} is set, empty otherwise
 * @param fallback true when nothing of the slot's role fitted and a library fallback was used
 * @param levelApplied true when the slot's level variant was already taken as the preferred drill
 */
record Choice(
    Exercise exercise, String substituteFor, String why, boolean fallback, boolean levelApplied) {
  Choice {
    Objects.requireNonNull(exercise, "exercise");
    why = why == null ? "" : why;
  }

  Choice(Exercise exercise, String substituteFor, String why, boolean fallback) {
    this(exercise, substituteFor, why, fallback, false);
  }

  static Choice preferred(Exercise e) {
    return new Choice(e, null, "", false);
  }

  /** The same choice, marked as already being the client's level variant of the slot's drill. */
  Choice atLevel() {
    return new Choice(exercise, substituteFor, why, fallback, true);
  }
}
