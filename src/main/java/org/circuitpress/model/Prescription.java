package org.circuitpress.model;

import java.util.Objects;

/**
 * One drill as a client does it in one week: the slot, the drill chosen, and this week's targets.
 *
 * @param tempo this week's tempo, or empty
 * @param load the load from the client's kit, or null for unloaded drills
 * @param substituteFor the id of the drill the template preferred, when another was chosen;
 *     null otherwise
 * @param why a short plain reason for a substitute or fallback, empty otherwise
 */
public record Prescription(
    Slot slot,
    Exercise exercise,
    Dose dose,
    String tempo,
    int restSeconds,
    Load load,
    String substituteFor,
    String why) {
  public Prescription {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(dose, "dose");
    tempo = tempo == null ? "" : tempo;
    why = why == null ? "" : why;
  }

  /**
   * The load as the handout and the log print it: "18 lb", or "18 lb each hand" for a drill whose
   * load is held in each hand; empty for an unloaded drill.
   */
  public String loadText() {
    if (load == null) return "";
    return exercise.eachHand() ? load.label() + " each hand" : load.label();
  }

  public boolean isSubstitute() {
    return substituteFor != null;
  }
}
