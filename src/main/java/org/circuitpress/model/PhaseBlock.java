package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/** One phase of the circuit as prescribed in one week. */
public record PhaseBlock(Phase phase, List<Prescription> items) {
  public PhaseBlock {
    Objects.requireNonNull(phase, "phase");
    items = List.copyOf(items);
  }
}
