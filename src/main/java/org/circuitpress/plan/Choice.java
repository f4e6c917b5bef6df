package org.circuitpress.plan;

import java.util.Objects;
import org.circuitpress.model.Exercise;

/**
 * The drill a slot gets for a whole block, before week-by-week variants.
 *
 * @param substituteFor the drill the template preferred, when another was chosen because of the
 *     client (equipment, limitation, exclusion, level) or as the fallback; null otherwise
 * @param why a plain reason when {@code substituteFor} is set, empty otherwise
 * @param fallback true when nothing of the slot's role fitted and a library fallback was used
 * @param levelApplied true when the slot's level variant was already taken as the preferred drill
 * @param notice for the trainer's plan only, empty for none: how the slot was filled when the
 *     template and library disagree (a named drill the library lacks), which is not the client's
 *     doing and so is neither a substitute nor on the handout
 */
record Choice(
    Exercise exercise,
    String substituteFor,
    String why,
    boolean fallback,
    boolean levelApplied,
    String notice) {
  Choice {
    Objects.requireNonNull(exercise, "exercise");
    why = why == null ? "" : why;
    notice = notice == null ? "" : notice;
  }

  Choice(Exercise exercise, String substituteFor, String why, boolean fallback, boolean levelApplied) {
    this(exercise, substituteFor, why, fallback, levelApplied, "");
  }

  Choice(Exercise exercise, String substituteFor, String why, boolean fallback) {
    this(exercise, substituteFor, why, fallback, false);
  }

  static Choice preferred(Exercise e) {
    return new Choice(e, null, "", false);
  }

  /** The same choice, marked as already being the client's level variant of the slot's drill. */
  Choice atLevel() {
    return new Choice(exercise, substituteFor, why, fallback, true, notice);
  }

  /** The same choice with a note for the trainer's plan. */
  Choice withNotice(String text) {
    return new Choice(exercise, substituteFor, why, fallback, levelApplied, text);
  }
}
