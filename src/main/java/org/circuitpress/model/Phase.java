package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a circuit, e.g. "Decrease neural tone", with why it is there and its slots.
 *
 * @param purpose one or two plain sentences, printed where the client meets the phase
 */
public record Phase(String id, String name, String purpose, List<Slot> slots) {
  public Phase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    purpose = purpose == null ? "" : purpose;
    slots = List.copyOf(slots);
  }
}
