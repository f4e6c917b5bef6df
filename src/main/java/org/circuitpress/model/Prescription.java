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

  public boolean isSubstitute() {
    return substituteFor != null;
  }
}
